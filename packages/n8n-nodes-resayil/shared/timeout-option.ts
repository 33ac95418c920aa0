import type { INodeProperties } from 'n8n-workflow';

/** The `Timeout` option when it is not set: two minutes. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * The `Timeout` option both nodes offer: how long the gateway may take to start answering, and
 * how long a reply that has started may stay silent. n8n's own HTTP timeout only covers the first.
 */
export const timeoutOption: INodeProperties = {
	displayName: 'Timeout',
	name: 'timeout',
	type: 'number',
	default: DEFAULT_TIMEOUT_MS,
	typeOptions: { minValue: 1, numberPrecision: 0 },
	description:
		'Milliseconds to wait for the gateway to start answering, and for each next part of a reply that has started; a longer wait fails with a timeout error',
};
