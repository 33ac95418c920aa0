import type { INodeProperties } from 'n8n-workflow';

/**
 * The `Total Timeout` option both nodes offer: how long one request to the gateway may take in
 * all, from sending it to the end of the reply. The `Timeout` alone never ends a reply that keeps
 * sending something (keep-alive pings) but never finishes.
 */
export const totalTimeoutOption: INodeProperties = {
	displayName: 'Total Timeout',
	name: 'totalTimeout',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 0, numberPrecision: 0 },
	description:
		'Milliseconds one request to the gateway may take in all, from sending it to the end of the reply (keep-alive pings included); a longer request fails with a timeout error. 0 for no limit.',
};
