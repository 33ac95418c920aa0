import { createEmulator, type Emulator, type EmulatorProfile } from '@resayil/emulator';
import { afterAll, afterEach, beforeAll } from 'vitest';

import type { TestCredentials } from './perform-http-request.ts';

/** The key the test emulator accepts (any other gets the gateway's 401). */
export const TEST_KEY = 'dummy-key-for-the-emulator';

/**
 * Starts one emulator (profile `resayil` unless given, one accepted key) for the test file, resets
 * its queue and log after each test, and closes it at the end. Call at the top of a `describe`.
 */
export function useEmulator(profile: EmulatorProfile = 'resayil'): {
	emulator: () => Emulator;
	credentials: () => TestCredentials;
} {
	let emulator: Emulator | undefined;
	beforeAll(async () => {
		emulator = await createEmulator({ profile, apiKeys: [TEST_KEY] });
	});
	afterEach(() => {
		emulator?.reset();
	});
	afterAll(async () => {
		await emulator?.close();
	});
	const get = (): Emulator => {
		if (!emulator) throw new TypeError('The emulator is not running yet.');
		return emulator;
	};
	return { emulator: get, credentials: () => ({ apiKey: TEST_KEY, url: get().url }) };
}
