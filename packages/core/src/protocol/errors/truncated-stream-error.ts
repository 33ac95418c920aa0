import type { Message } from '../wire/anthropic.ts';
import { ResayilError } from './resayil-error.ts';

/** What is known about a stream that ended early. */
export interface TruncatedStreamErrorOptions {
  /** Everything received before the cut. Defaults to an empty message. */
  partial?: Message | undefined;
  /** How many stream events had been received. Defaults to 0. */
  eventCount?: number | undefined;
  /** What happened, replacing the default first sentence (the fix is always appended). */
  message?: string | undefined;
  /** The underlying failure, e.g. the connection error that cut the body. */
  cause?: unknown;
  /** Strings that must never show (the API key), removed from the message and the cause. */
  secrets?: readonly string[] | undefined;
}

/**
 * Thrown when a stream ends without its terminal event (`message_stop`, or `[DONE]` for chat
 * completions): the connection was cut or the gateway timed out (Resayil cuts streams at 300 s).
 * The reply is incomplete, never a short answer. Not retried automatically (tokens were billed).
 */
export class TruncatedStreamError extends ResayilError {
  static override readonly errorName: string = 'TruncatedStreamError';

  /** Everything received before the cut, in the shape of a final message. */
  readonly partial: Message;
  /** How many stream events had been received. */
  readonly eventCount: number;

  constructor(options: TruncatedStreamErrorOptions = {}) {
    const eventCount = options.eventCount ?? 0;
    const what =
      options.message ??
      `The stream ended without its final event after ${eventCount} events: the connection was cut or the gateway timed out.`;
    super(
      `${what} The reply is incomplete (what arrived is in error.partial); send the request again, or ask for a shorter reply.`,
      { retryable: false, cause: options.cause, secrets: options.secrets },
    );
    this.partial = options.partial ?? emptyMessage();
    this.eventCount = eventCount;
  }
}

function emptyMessage(): Message {
  return {
    id: '',
    type: 'message',
    role: 'assistant',
    model: '',
    content: [],
    stop_reason: null,
    stop_sequence: null,
    usage: {},
  };
}
