import type { InvalidToolInputError } from './errors/invalid-tool-input-error.ts';
import type { ContentBlock, Message, StopReason, UnknownBlock, Usage } from './wire/anthropic.ts';

/**
 * The toolkit's normalized view of a streamed reply, the same whichever endpoint produced it
 * (Anthropic Messages or OpenAI chat completions) and whichever quirks the gateway has.
 *
 * Every adapter (LangChain, n8n, the web helpers) consumes these and nothing else.
 *
 * Naming rule: `<subject>_<phase>`, where the phase is `begin` (the subject starts), `delta` (a piece
 * of it arrives), `update` (its latest value replaces the previous one) or `end` (it is complete).
 * No name reuses a wire event's name, so a normalized event is never mistaken for a raw one.
 */
export type StreamEvent =
  | MessageBeginStreamEvent
  | TextDeltaStreamEvent
  | ThinkingDeltaStreamEvent
  | SignatureDeltaStreamEvent
  | ToolUseBeginStreamEvent
  | ToolInputDeltaStreamEvent
  | BlockEndStreamEvent
  | UsageUpdateStreamEvent
  | StopReasonUpdateStreamEvent
  | MessageEndStreamEvent;

/** The reply has started: its id, the model that answers (as the gateway names it) and input usage. */
export interface MessageBeginStreamEvent {
  type: 'message_begin';
  id: string;
  model: string;
  usage: Usage;
}

/** A piece of text, as it arrives. `index` is the block's position in the final `content`. */
export interface TextDeltaStreamEvent {
  type: 'text_delta';
  index: number;
  text: string;
}

/** A piece of the model's visible reasoning. */
export interface ThinkingDeltaStreamEvent {
  type: 'thinking_delta';
  index: number;
  thinking: string;
}

/** The signature that closes a thinking block. */
export interface SignatureDeltaStreamEvent {
  type: 'signature_delta';
  index: number;
  signature: string;
}

/** A tool call has started: its id and the tool's name, before any of its input. */
export interface ToolUseBeginStreamEvent {
  type: 'tool_use_begin';
  index: number;
  id: string;
  name: string;
}

/**
 * A fragment of a tool call's JSON input. `snapshot` is the best parse of everything received
 * so far for this call (an object, possibly with missing keys), or `undefined` while nothing
 * parseable has arrived.
 */
export interface ToolInputDeltaStreamEvent {
  type: 'tool_input_delta';
  index: number;
  id: string;
  partialJson: string;
  snapshot: unknown;
}

/** A content block is complete. A `tool_use` block here has its input parsed strictly. */
export interface BlockEndStreamEvent {
  type: 'block_end';
  index: number;
  block: ContentBlock | UnknownBlock;
  /** With `invalidToolInput: 'report'`: why this tool call's input could not be parsed. */
  invalidInput?: InvalidToolInputError;
}

/** Usage so far; fields are cumulative and the last value of each wins. */
export interface UsageUpdateStreamEvent {
  type: 'usage_update';
  usage: Usage;
}

/** Why the model stopped. Emitted once, before `message_end`. */
export interface StopReasonUpdateStreamEvent {
  type: 'stop_reason_update';
  stopReason: StopReason | null;
  stopSequence: string | null;
}

/** The reply is complete: the final message, the same shape as a non-streamed response. */
export interface MessageEndStreamEvent {
  type: 'message_end';
  message: Message;
}
