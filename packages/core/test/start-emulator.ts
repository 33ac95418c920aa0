import { createEmulator, type Emulator, type EmulatorOptions } from '@resayil/emulator';
import { Resayil, type ResayilOptions } from '../src/index.ts';

/** The key the test emulators accept. */
export const TEST_KEY = 'sk-test-0123456789abcdef0123456789abcdef';

/** Starts an emulator on 127.0.0.1 and a client pointed at it. */
export async function startEmulator(options: EmulatorOptions = {}, clientOptions: ResayilOptions = {}) {
  const emulator = await createEmulator({ apiKeys: [TEST_KEY], ...options });
  const client = new Resayil({ apiKey: TEST_KEY, baseURL: emulator.url, maxRetries: 0, ...clientOptions });
  return { emulator, client };
}

/** Resolves once the client of the latest request has disconnected (an abort reached the server). */
export function latestDisconnect(emulator: Emulator, timeoutMs = 5_000) {
  const latest = emulator.requests.at(-1);
  if (!latest) throw new Error('No request was recorded.');
  return emulator.waitForDisconnect(latest.id, timeoutMs);
}

/** A short user turn. */
export const ask = (content: string) => [{ role: 'user' as const, content }];

/** What a promise rejected with, or `undefined` when it resolved (assert the error's class next). */
export function settled(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}
