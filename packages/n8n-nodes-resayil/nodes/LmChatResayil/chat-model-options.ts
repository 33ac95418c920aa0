import type { ChatModelConfig } from '@n8n/ai-node-sdk';

import { DEFAULT_MAX_TOKENS } from '../../shared/protocol.ts';
import { splitList } from '../../shared/split-list.ts';

/** The `options` collection of the Resayil Chat Model node, as n8n hands it over. */
export interface ChatModelOptions {
	maxTokens?: number;
	/** The most one request may cost, in USD; 0 or unset for no limit. */
	maxCostUsd?: number;
	temperature?: number;
	topP?: number;
	topK?: number;
	stopSequences?: string;
	/** Tokens the model may think with; 0 or unset for off. */
	thinkingBudget?: number;
	/** Milliseconds; see the shared `Timeout` option. */
	timeout?: number;
	/** Milliseconds one request may take in all; 0 or unset for no limit. */
	totalTimeout?: number;
}

/** The node's options as the SDK's model configuration. */
export function toChatModelConfig(options: ChatModelOptions): ChatModelConfig {
	const config: ChatModelConfig = { maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS };
	if (options.temperature !== undefined) config.temperature = options.temperature;
	if (options.topP !== undefined) config.topP = options.topP;
	if (options.topK !== undefined) config.topK = options.topK;
	const stop = splitList(options.stopSequences ?? '');
	if (stop.length > 0) config.stopSequences = stop;
	return config;
}
