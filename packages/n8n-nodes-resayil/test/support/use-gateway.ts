import type { Emulator, EmulatorOptions, EmulatorProfile } from '@resayil/emulator';
import { useEmulator } from '@resayil-internal/test-support/emulator';
import type { TestCredentials } from '@resayil-internal/test-support/n8n';

/**
 * The shared emulator fixture (profile `resayil` unless told otherwise, started once for the `describe`, reset before
 * each test) and the node credential that reaches it. Call at the top of a `describe`; `options` are the emulator's
 * other options (e.g. `latency`).
 */
export function useGateway(
	profile: EmulatorProfile = 'resayil',
	options: Omit<EmulatorOptions, 'profile'> = {},
): {
	emulator: () => Emulator;
	credentials: () => TestCredentials;
} {
	const gateway = useEmulator({ ...options, profile });
	return {
		emulator: () => gateway.emulator,
		credentials: () => ({ apiKey: gateway.apiKey, url: gateway.url }),
	};
}
