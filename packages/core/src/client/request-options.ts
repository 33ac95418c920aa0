import type { SSEMessage, StreamAccumulatorOptions } from '../protocol/index.ts';
import type { SpendingOptions } from './request-guard.ts';

/** Per-call options of every client method. */
export interface RequestOptions extends SpendingOptions {
  /** Aborts the call, including a stream that is being read; the gateway sees the disconnect. */
  signal?: AbortSignal | undefined;
  /** Milliseconds this call may take in all; overrides the client's `totalTimeout`. */
  totalTimeout?: number | undefined;
}

/** Per-call options of the streaming methods. */
export interface StreamOptions extends RequestOptions, StreamAccumulatorOptions {
  /**
   * Called with every server-sent event as it arrives, before it is normalized (for callers that
   * expose raw chunks, e.g. the AI SDK's `includeRawChunks`). It must not throw.
   */
  onRawEvent?: ((message: SSEMessage) => void) | undefined;
}

/** The accumulator's share of a stream's options. */
export function accumulatorOptions(options: StreamOptions, apiKey: string): StreamAccumulatorOptions {
  return {
    secrets: [apiKey],
    ...(options.invalidToolInput === undefined ? {} : { invalidToolInput: options.invalidToolInput }),
    ...(options.keepText === undefined ? {} : { keepText: options.keepText }),
  };
}
