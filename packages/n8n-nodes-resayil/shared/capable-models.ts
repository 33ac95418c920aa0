import { CAPABILITY_SNAPSHOT, type ModelCapabilities } from './protocol.ts';

/** The ids of the bundled catalog snapshot's models that have a capability, e.g. for a hint. */
export function capableModels(capability: keyof ModelCapabilities): string {
	return Object.entries(CAPABILITY_SNAPSHOT)
		.filter(([, capabilities]) => capabilities[capability] === true)
		.map(([id]) => id)
		.join(', ');
}
