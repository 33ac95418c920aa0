/** The `options` collection of Text → Message a Model, as n8n hands it over. */
export interface MessageOptions {
	enableStreaming?: boolean;
	maxTokens?: number;
	maxToolRounds?: number;
	stopSequences?: string;
	system?: string;
	temperature?: number;
	/** Milliseconds; see the shared `Timeout` option. */
	timeout?: number;
	toolDefinitions?: string | unknown[];
	topK?: number;
	topP?: number;
}

/** The default of `maxToolRounds`. */
export const DEFAULT_MAX_TOOL_ROUNDS = 15;
