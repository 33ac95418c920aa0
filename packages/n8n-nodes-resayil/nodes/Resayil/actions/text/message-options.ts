/** The `options` collection of Text → Message a Model, as n8n hands it over. */
export interface MessageOptions {
	enableStreaming?: boolean;
	/** Whether the output and the stream carry the model's thinking. */
	includeThinking?: boolean;
	maxTokens?: number;
	/** The most one request may cost, in USD; 0 or unset for no limit. */
	maxCostUsd?: number;
	/** Whether the system message is a prompt-cache breakpoint. */
	cacheSystemMessage?: boolean;
	maxToolRounds?: number;
	stopSequences?: string;
	system?: string;
	temperature?: number;
	/** Tokens the model may think with; 0 or unset for off. */
	thinkingBudget?: number;
	/** Milliseconds; see the shared `Timeout` option. */
	timeout?: number;
	/** Milliseconds one request may take in all; 0 or unset for no limit. */
	totalTimeout?: number;
	toolDefinitions?: string | unknown[];
	topK?: number;
	topP?: number;
}

/** The default of `maxToolRounds`. */
export const DEFAULT_MAX_TOOL_ROUNDS = 15;
