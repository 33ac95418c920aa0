import type { SSEMessage } from '../sse/create-sse-decoder.ts';
import type { StreamEvent } from '../stream-event.ts';
import type { Message } from '../wire/anthropic.ts';

/**
 * A state machine that turns the SSE messages of one streamed reply into normalized
 * {@link StreamEvent}s and, at the end, the final {@link Message}. Implemented for Anthropic
 * Messages streams and for OpenAI chat-completion streams; both produce the same events.
 */
export interface StreamAccumulator {
  /**
   * Feeds one SSE message; returns the normalized events it produced (possibly none). Throws
   * `StreamEventError` for a mid-stream `error` event, `StreamParseError` for data that is not
   * JSON (empty data and `[DONE]` are handled; the state is unchanged then), and
   * `InvalidToolInputError` when a completed tool input is not a JSON object.
   */
  push(message: SSEMessage): StreamEvent[];
  /**
   * Reads a whole JSON reply where a stream was expected (a gateway that ignored `stream: true`,
   * seen by its `Content-Type`, see `isJsonContentType`): parses it as this API's non-streamed
   * response, ends the stream with it, and returns the events it stands for, as if it had streamed
   * in one go. Throws what the non-streamed parser throws (`UnexpectedResponseError` for a body
   * that is not a reply, `InvalidToolInputError`). Every client of the gateway reads such a reply
   * through this method, so they all accept it the same way.
   */
  pushReply(bodyText: string): StreamEvent[];
  /** True once the terminal event has been seen (`message_stop`; `[DONE]` for chat completions). */
  readonly ended: boolean;
  /** The message accumulated so far, in the shape of a non-streamed response. */
  snapshot(): Message;
  /**
   * Call at the end of the body. Returns the final message, or throws `TruncatedStreamError`
   * (carrying the partial message and the event count) when the terminal event never came.
   */
  end(): Message;
}

/** Options of `MessageAccumulator` and `ChatCompletionAccumulator`. */
export interface StreamAccumulatorOptions {
  /**
   * What a completed tool call whose input is not a JSON object does: `'throw'` (the default)
   * ends the stream with `InvalidToolInputError`; `'report'` keeps streaming, gives the block the
   * input parsed as far as it goes, and attaches the error to its `block_end` event as
   * `invalidInput` (for callers that surface malformed calls themselves, e.g. LangChain's
   * `invalid_tool_calls`, or fine-grained tool streaming cut by `max_tokens`).
   */
  invalidToolInput?: 'throw' | 'report';
  /**
   * Whether text is accumulated into the final message (default `true`). `false` keeps memory flat
   * on long replies for callers that only forward the `text` events: the final message then has
   * empty text blocks (tool calls, usage and the stop reason are kept).
   */
  keepText?: boolean;
  /**
   * Strings that must never show (the API key): removed, in every form, from the errors the
   * stream raises (a gateway's mid-stream `error` event may echo the key).
   */
  secrets?: readonly string[];
}
