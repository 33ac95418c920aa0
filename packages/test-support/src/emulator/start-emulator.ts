import { createEmulator, type Emulator, type EmulatorOptions } from '@resayil/emulator';
import { TEST_KEY } from './test-key.ts';

/**
 * Starts an emulator on 127.0.0.1 that accepts {@link TEST_KEY} (or the `apiKeys` given). The
 * caller closes it. Prefer {@link useEmulator} inside a `describe`; use this when a test needs an
 * emulator of its own.
 */
export function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return createEmulator({ ...options, apiKeys: options.apiKeys ?? [TEST_KEY] });
}
