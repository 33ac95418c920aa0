import type { Emulator, EmulatorProfile } from '@resayil/emulator';
import { useEmulator } from '@resayil-internal/test-support/emulator';
import type { TestCredentials } from '@resayil-internal/test-support/n8n';

/**
 * The shared emulator fixture (profile `resayil` unless told otherwise, started once for the `describe`, reset before
 * each test) and the node credential that reaches it. Call at the top of a `describe`.
 */
export function useGateway(profile: EmulatorProfile = 'resayil'): {
	emulator: () => Emulator;
	credentials: () => TestCredentials;
} {
	const gateway = useEmulator({ profile });
	return {
		emulator: () => gateway.emulator,
		credentials: () => ({ apiKey: gateway.apiKey, url: gateway.url }),
	};
}
