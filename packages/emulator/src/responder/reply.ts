/** One block of a reply, in the form both wire formats are rendered from. */
export type ReplyBlock =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: unknown }
  | { type: 'thinking'; thinking: string; signature: string }
  | { type: 'redacted_thinking'; data: string };

/** A complete reply, before it is rendered to a wire format. */
export interface Reply {
  content: ReplyBlock[];
  /** In Anthropic terms (`end_turn`, `max_tokens`, `stop_sequence`, `tool_use`, ...). */
  stopReason: string;
  stopSequence: string | null;
  usage: {
    input_tokens: number;
    output_tokens: number;
    /** Prompt-cache counts, set for requests with `cache_control` (see `PromptCache`). */
    cache_creation_input_tokens?: number;
    cache_read_input_tokens?: number;
  };
  /** A model name to report instead of the profile's choice. */
  model?: string;
}
