/** A tool call made by the assistant earlier in the conversation. */
export interface PastToolUse {
  id: string;
  name: string;
  input: unknown;
}

/** The result of a tool call, as the client sent it back. */
export interface ToolResult {
  toolUseId: string;
  /** The tool's name when it can be found from the call. */
  name: string | undefined;
  content: string;
  isError: boolean;
}

/** One turn of the conversation, in a form shared by both wire formats. */
export interface Turn {
  role: 'user' | 'assistant';
  text: string;
  toolUses: PastToolUse[];
  toolResults: ToolResult[];
  hasImage: boolean;
}

/** A tool the client offers. */
export interface ToolSpec {
  name: string;
  description: string;
  schema: Record<string, unknown>;
}

/** Which tools may or must be called. */
export type ToolChoiceSpec =
  { type: 'auto' } | { type: 'any' } | { type: 'none' } | { type: 'tool'; name: string };

/**
 * A JSON reply the request asks for through the API: OpenAI's `response_format` (`json_object` or
 * `json_schema`), or Anthropic's `output_format` / `output_config.format` (`json_schema`).
 */
export type JsonFormat = { type: 'json_object' } | { type: 'json_schema'; schema: Record<string, unknown> };

/** A request to a model endpoint, reduced to what the responder needs. */
export interface Conversation {
  model: string;
  /** The system prompt: the `system` field (string or blocks), or OpenAI `system`/`developer` messages. */
  system: string;
  turns: Turn[];
  tools: ToolSpec[];
  toolChoice: ToolChoiceSpec;
  parallelToolCalls: boolean;
  maxTokens: number | undefined;
  stopSequences: string[];
  /** A JSON reply asked for through the API, if any. */
  jsonFormat: JsonFormat | undefined;
  stream: boolean;
  /**
   * Whether the request asks for thinking (Anthropic's `thinking`, OpenAI's `reasoning_effort`);
   * only models of the `thinking` category then think.
   */
  thinking: boolean;
  /** OpenAI's `stream_options.include_usage`. */
  includeUsage: boolean;
  /** The request's size in characters, for the input-token estimate. */
  size: number;
}
