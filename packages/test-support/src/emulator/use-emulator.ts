import type { Emulator, EmulatorOptions } from '@resayil/emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startEmulator } from './start-emulator.ts';
import { TEST_KEY } from './test-key.ts';

/** The emulator of one `describe` block (or test file), read inside tests and hooks. */
export interface EmulatorFixture {
  /** The running emulator. Throws when read before `beforeAll` has started it. */
  readonly emulator: Emulator;
  /** Its base URL, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  /** The key it accepts: {@link TEST_KEY} unless `apiKeys` said otherwise. */
  readonly apiKey: string;
}

/**
 * The one emulator fixture of the repository's tests. Call it at the top of a `describe` (or of a
 * file): it starts an emulator in `beforeAll` (accepting {@link TEST_KEY} unless `apiKeys` is
 * given), empties its queue and log before each test, and closes it in `afterAll`.
 *
 * ```ts
 * const gateway = useEmulator({ profile: 'resayil' });
 * it('answers', async () => {
 *   const client = new Resayil({ apiKey: gateway.apiKey, baseURL: gateway.url });
 * });
 * ```
 */
export function useEmulator(options: EmulatorOptions = {}): EmulatorFixture {
  let running: Emulator | undefined;
  beforeAll(async () => {
    running = await startEmulator(options);
  });
  beforeEach(() => {
    running?.reset();
  });
  afterAll(async () => {
    await running?.close();
  });
  const emulator = (): Emulator => {
    if (!running) throw new Error('The emulator is not running yet: read the fixture inside a test or hook.');
    return running;
  };
  return {
    get emulator() {
      return emulator();
    },
    get url() {
      return emulator().url;
    },
    apiKey: options.apiKeys?.[0] ?? TEST_KEY,
  };
}
