import type { INodeProperties } from 'n8n-workflow';

/** The `Max Cost (USD)` option both nodes offer. */
export const maxCostOption: INodeProperties = {
	displayName: 'Max Cost (USD)',
	name: 'maxCostUsd',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 0, numberPrecision: 4 },
	description:
		"The most one request may cost, estimated from the gateway's prices; 0 for no limit. A request estimated over it fails before it is sent; a streamed reply that runs over is stopped, with what had arrived. The credential's Spending Limit applies on top.",
};
