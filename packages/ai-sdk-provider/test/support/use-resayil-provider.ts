import type { LanguageModelV4 } from '@ai-sdk/provider';
import type { Emulator, EmulatorProfile } from '@resayil/emulator';
import { useEmulator } from '@resayil-internal/test-support/emulator';
import { createResayil, type ResayilProvider, type ResayilProviderSettings } from '../../src/index.ts';

/** The model the tests use: a vision model, so image tests reach the responder. */
export const TEST_MODEL = 'qwen3.5:397b';

/** The shared emulator fixture of one `describe` block, and Resayil providers pointed at it. */
export interface ResayilProviderFixture {
  readonly emulator: Emulator;
  /** A Resayil provider pointed at the emulator, with its key. */
  provider(settings?: ResayilProviderSettings): ResayilProvider;
  /** The test model of such a provider: `provider(settings)(TEST_MODEL)`. */
  model(settings?: ResayilProviderSettings): LanguageModelV4;
}

/** `useEmulator` from the shared test support, plus providers and models pointed at it. */
export function useResayilProvider(profile: EmulatorProfile): ResayilProviderFixture {
  const gateway = useEmulator({ profile });
  const provider = (settings: ResayilProviderSettings = {}): ResayilProvider =>
    createResayil({ apiKey: gateway.apiKey, baseURL: gateway.url, ...settings });
  return {
    get emulator(): Emulator {
      return gateway.emulator;
    },
    provider,
    model: (settings) => provider(settings)(TEST_MODEL),
  };
}
