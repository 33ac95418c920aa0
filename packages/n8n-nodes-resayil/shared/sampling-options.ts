import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_TOKENS } from './protocol.ts';

/**
 * The generation options both nodes offer: max tokens, stop sequences, temperature, top K and
 * top P. Defaults follow the gateway's backend (Ollama) so that adding an option without changing
 * it does not change the answer much.
 */
export const samplingOptions: INodeProperties[] = [
	{
		displayName: 'Max Tokens',
		name: 'maxTokens',
		type: 'number',
		default: DEFAULT_MAX_TOKENS,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'The most tokens the answer may use',
	},
	{
		displayName: 'Stop Sequences',
		name: 'stopSequences',
		type: 'string',
		default: '',
		description: 'Text that ends the answer when the model writes it, separated by commas',
	},
	{
		displayName: 'Temperature',
		name: 'temperature',
		type: 'number',
		default: 0.8,
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		description: 'Randomness of the answer: lower is more focused, higher more creative',
	},
	{
		displayName: 'Top K',
		name: 'topK',
		type: 'number',
		default: 40,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'Only sample from the K most likely next tokens',
	},
	{
		displayName: 'Top P',
		name: 'topP',
		type: 'number',
		default: 0.9,
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		description: 'Only sample from the smallest set of tokens whose probabilities add up to P',
	},
];

/** Options sorted by display name, as n8n lists collection options. */
export function sortOptions(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
