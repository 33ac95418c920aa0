import { createEmulator, type Emulator, type EmulatorOptions, type EmulatorProfile } from '@resayil/emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createResayil, type ResayilProvider, type ResayilProviderSettings } from '../../src/index.ts';

/** The key the emulator accepts in tests. */
export const TEST_KEY = 'rsk-test-5d1c8e2f9a7b4c30';

/** Both emulator profiles: the official wire format and the real gateway's quirks. */
export const PROFILES: readonly EmulatorProfile[] = ['anthropic', 'resayil'];

/** The model the tests use: a vision model, so image tests reach the responder. */
export const TEST_MODEL = 'qwen3.5:397b';

/** A running emulator for one `describe` block, reset before every test. */
export interface EmulatorFixture {
  readonly emulator: Emulator;
  /** A Resayil provider pointed at the emulator. */
  provider(settings?: ResayilProviderSettings): ResayilProvider;
}

/** Starts an emulator in `beforeAll`, resets it before each test and closes it in `afterAll`. */
export function useEmulator(profile: EmulatorProfile, options: EmulatorOptions = {}): EmulatorFixture {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await createEmulator({ profile, apiKeys: [TEST_KEY], ...options });
  });
  beforeEach(() => emulator?.reset());
  afterAll(async () => {
    await emulator?.close();
  });
  return {
    get emulator(): Emulator {
      if (!emulator) throw new Error('The emulator is not running yet.');
      return emulator;
    },
    provider(settings: ResayilProviderSettings = {}): ResayilProvider {
      return createResayil({ apiKey: TEST_KEY, baseURL: this.emulator.url, ...settings });
    },
  };
}

/** The JSON bodies of the model requests the emulator received, oldest first. */
export function requestBodies(emulator: Emulator, path = '/v1/messages'): Array<Record<string, unknown>> {
  return emulator.requests
    .filter((request) => request.path.endsWith(path))
    .map((request) => request.body as Record<string, unknown>);
}
