/**
 * Wire types of the Anthropic Messages API as LLM Resayil speaks it on `POST /v1/messages`.
 *
 * These describe bytes on the wire, not the toolkit's normalized view (see `../stream-event.ts`).
 * Unknown fields and block types are allowed through: gateways add things, and so does Anthropic.
 */

/** A JSON Schema object, as used for tool input schemas. */
export type JsonSchema = { [key: string]: unknown };

/** Why the model stopped. Unknown values are passed through as strings. */
export type StopReason =
  | 'end_turn'
  | 'max_tokens'
  | 'stop_sequence'
  | 'tool_use'
  | 'pause_turn'
  | 'refusal'
  | 'model_context_window_exceeded'
  | (string & {});

/** Token usage. Every field is optional on the wire: gateways omit what they do not count. */
export interface Usage {
  input_tokens?: number;
  output_tokens?: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  [key: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// Request content
// ---------------------------------------------------------------------------------------------

export interface TextBlockParam {
  type: 'text';
  text: string;
  cache_control?: { type: 'ephemeral'; ttl?: '5m' | '1h' } | null;
  citations?: unknown[] | null;
}

export interface Base64ImageSource {
  type: 'base64';
  media_type: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';
  data: string;
}

export interface URLImageSource {
  type: 'url';
  url: string;
}

export interface ImageBlockParam {
  type: 'image';
  source: Base64ImageSource | URLImageSource;
  cache_control?: { type: 'ephemeral'; ttl?: '5m' | '1h' } | null;
}

/** A document (PDF or plain text) for models that read them. */
export interface DocumentBlockParam {
  type: 'document';
  source:
    | { type: 'base64'; media_type: 'application/pdf'; data: string }
    | { type: 'url'; url: string }
    | { type: 'text'; media_type: 'text/plain'; data: string };
  title?: string | null;
  context?: string | null;
  citations?: { enabled?: boolean } | null;
  cache_control?: { type: 'ephemeral'; ttl?: '5m' | '1h' } | null;
}

export interface ToolUseBlockParam {
  type: 'tool_use';
  id: string;
  name: string;
  input: unknown;
  cache_control?: { type: 'ephemeral'; ttl?: '5m' | '1h' } | null;
}

export interface ToolResultBlockParam {
  type: 'tool_result';
  tool_use_id: string;
  content?: string | Array<TextBlockParam | ImageBlockParam>;
  is_error?: boolean;
  cache_control?: { type: 'ephemeral'; ttl?: '5m' | '1h' } | null;
}

export interface ThinkingBlockParam {
  type: 'thinking';
  thinking: string;
  signature: string;
}

export interface RedactedThinkingBlockParam {
  type: 'redacted_thinking';
  data: string;
}

export type ContentBlockParam =
  | TextBlockParam
  | ImageBlockParam
  | DocumentBlockParam
  | ToolUseBlockParam
  | ToolResultBlockParam
  | ThinkingBlockParam
  | RedactedThinkingBlockParam;

export interface MessageParam {
  role: 'user' | 'assistant';
  content: string | ContentBlockParam[];
}

export interface Tool {
  name: string;
  description?: string;
  input_schema: JsonSchema & { type: 'object' };
  cache_control?: { type: 'ephemeral'; ttl?: '5m' | '1h' } | null;
  /** Stream this tool's input as it is generated (fine-grained tool streaming); it may arrive as invalid JSON. */
  eager_input_streaming?: boolean;
}

export type ToolChoice =
  | { type: 'auto'; disable_parallel_tool_use?: boolean }
  | { type: 'any'; disable_parallel_tool_use?: boolean }
  | { type: 'tool'; name: string; disable_parallel_tool_use?: boolean }
  | { type: 'none' };

export type ThinkingConfig = { type: 'enabled'; budget_tokens: number } | { type: 'disabled' };

/** The body of `POST /v1/messages`. */
export interface MessageCreateParams {
  model: string;
  max_tokens: number;
  messages: MessageParam[];
  system?: string | TextBlockParam[];
  stop_sequences?: string[];
  stream?: boolean;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  tools?: Tool[];
  tool_choice?: ToolChoice;
  thinking?: ThinkingConfig;
  metadata?: { user_id?: string | null };
}

// ---------------------------------------------------------------------------------------------
// Response content
// ---------------------------------------------------------------------------------------------

export interface TextBlock {
  type: 'text';
  text: string;
  citations?: unknown[] | null;
}

export interface ToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: unknown;
}

export interface ThinkingBlock {
  type: 'thinking';
  thinking: string;
  signature: string;
}

export interface RedactedThinkingBlock {
  type: 'redacted_thinking';
  data: string;
}

/** A block type this toolkit does not model; passed through untouched. */
export interface UnknownBlock {
  type: string;
  [key: string]: unknown;
}

export type ContentBlock = TextBlock | ToolUseBlock | ThinkingBlock | RedactedThinkingBlock;

/** The non-streamed response of `POST /v1/messages`, and the final message of a stream. */
export interface Message {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: ContentBlock[];
  stop_reason: StopReason | null;
  stop_sequence: string | null;
  usage: Usage;
}

// ---------------------------------------------------------------------------------------------
// Stream events (the JSON in each SSE `data:` line)
// ---------------------------------------------------------------------------------------------

export interface MessageStartEvent {
  type: 'message_start';
  message: Message;
}

export interface ContentBlockStartEvent {
  type: 'content_block_start';
  index: number;
  content_block: ContentBlock | UnknownBlock;
}

export type ContentBlockDelta =
  | { type: 'text_delta'; text: string }
  | { type: 'input_json_delta'; partial_json: string }
  | { type: 'thinking_delta'; thinking: string }
  | { type: 'signature_delta'; signature: string }
  | { type: 'citations_delta'; citation: unknown };

export interface ContentBlockDeltaEvent {
  type: 'content_block_delta';
  index: number;
  delta: ContentBlockDelta;
}

export interface ContentBlockStopEvent {
  type: 'content_block_stop';
  index: number;
}

export interface MessageDeltaEvent {
  type: 'message_delta';
  delta: { stop_reason: StopReason | null; stop_sequence: string | null; [key: string]: unknown };
  usage?: Usage;
}

export interface MessageStopEvent {
  type: 'message_stop';
}

export interface PingEvent {
  type: 'ping';
}

/** The body of an error, both as an HTTP response and as a mid-stream `error` event. */
export interface ErrorObject {
  type: string;
  message: string;
}

export interface ErrorEvent {
  type: 'error';
  error: ErrorObject;
}

export type MessageStreamEvent =
  | MessageStartEvent
  | ContentBlockStartEvent
  | ContentBlockDeltaEvent
  | ContentBlockStopEvent
  | MessageDeltaEvent
  | MessageStopEvent
  | PingEvent
  | ErrorEvent;

/** The official error response body: `{"type":"error","error":{...},"request_id":"req_…"}`. */
export interface ErrorResponse {
  type: 'error';
  error: ErrorObject;
  request_id?: string;
}
