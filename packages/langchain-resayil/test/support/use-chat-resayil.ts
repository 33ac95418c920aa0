import type { Emulator, EmulatorProfile } from '@resayil/emulator';
import { useEmulator } from '@resayil-internal/test-support/emulator';
import { ChatResayil } from '../../src/chat-resayil.ts';
import type { ChatResayilFields } from '../../src/chat-resayil-options.ts';

/** The model the tests use: a vision model, so image tests reach the responder. */
export const TEST_MODEL = 'qwen3.5:397b';

/** The shared emulator fixture of one `describe` block, and ChatResayil models pointed at it. */
export interface ChatResayilFixture {
  readonly emulator: Emulator;
  /** A ChatResayil pointed at the emulator. */
  model(fields?: ChatResayilFields): ChatResayil;
}

/** `useEmulator` from the shared test support, plus a factory of models pointed at it. */
export function useChatResayil(profile: EmulatorProfile): ChatResayilFixture {
  const gateway = useEmulator({ profile });
  return {
    get emulator(): Emulator {
      return gateway.emulator;
    },
    model(fields: ChatResayilFields = {}): ChatResayil {
      return new ChatResayil({ apiKey: gateway.apiKey, baseURL: gateway.url, model: TEST_MODEL, ...fields });
    },
  };
}

export { requestBodies } from '@resayil-internal/test-support/emulator';
