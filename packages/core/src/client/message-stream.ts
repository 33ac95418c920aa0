import {
  ConnectionError,
  ResayilError,
  TruncatedStreamError,
  UserAbortError,
  createSSEDecoder,
  redactError,
  isJsonContentType,
  type Message,
  type SSEMessage,
  type StreamAccumulator,
  type StreamEvent,
  type Usage,
} from '../protocol/index.ts';
import { startCallDeadline } from './call-deadline.ts';
import { createDeferred } from './create-deferred.ts';
import { readBody, readText, type OpenResponse } from './transport.ts';

/** How a `MessageStream` opens its HTTP response; called once, with the stream's abort signal. */
export type OpenStream = (signal: AbortSignal) => Promise<OpenResponse>;

/** Follows a stream as it is read (the spending guard). Internal. */
export interface StreamWatcher {
  /** Returns an error to end the stream, and the upstream request, with. */
  observe(event: StreamEvent, snapshot: () => Message): Error | undefined;
  /** The stream is over: with the final usage when it completed, without when it did not. */
  settle(usage: Usage | undefined): void;
}

/** The limits a `MessageStream` reads under, and what its errors must not show. */
export interface StreamLimits {
  /** Milliseconds the body may stay silent. */
  idleTimeout: number;
  /** Milliseconds the whole stream may take (keep-alive pings included); none when undefined. */
  totalTimeout?: number | undefined;
  /** The API key: removed, in every form, from every error the stream raises. */
  secrets: readonly string[];
}

/**
 * A streamed reply. Iterate it for normalized `StreamEvent`s as they arrive, or iterate
 * `textStream()` for text only, or await `finalMessage()`.
 *
 * - It can be consumed once (`finalMessage()` may be awaited alongside the iteration).
 * - A consumer that stops early (`break`, `return`, a thrown error) aborts the request, so the
 *   gateway stops generating and billing.
 * - A stream that ends without its terminal event rejects with `TruncatedStreamError`, which
 *   carries the partial message: an early end is never a short answer.
 * - A gateway that ignores `stream: true` and answers with one JSON reply is read as that reply:
 *   its events come at once (the accumulator's `pushReply`), and `finalMessage()` is the reply.
 */
export class MessageStream implements AsyncIterable<StreamEvent> {
  readonly #open: OpenStream;
  readonly #accumulator: StreamAccumulator;
  readonly #limits: StreamLimits;
  readonly #abort = new AbortController();
  readonly #final = createDeferred<Message>();
  #consumed = false;
  readonly #callerSignal: AbortSignal | undefined;
  readonly #onCallerAbort = (): void => {
    const reason: unknown = this.#callerSignal?.reason;
    if (!this.#abort.signal.aborted) {
      this.#abort.abort(reason instanceof ResayilError ? reason : new UserAbortError({ cause: reason }));
    }
  };
  #requestId: string | undefined;
  readonly #onRawEvent: ((message: SSEMessage) => void) | undefined;
  readonly #watcher: StreamWatcher | undefined;

  /** @internal Created by `client.messages.stream()` and `client.chat.completions.stream()`. */
  constructor(
    open: OpenStream,
    accumulator: StreamAccumulator,
    limits: StreamLimits,
    signal?: AbortSignal,
    onRawEvent?: (message: SSEMessage) => void,
    watcher?: StreamWatcher,
  ) {
    this.#open = open;
    this.#onRawEvent = onRawEvent;
    this.#watcher = watcher;
    this.#callerSignal = signal;
    if (signal?.aborted) this.#onCallerAbort();
    else signal?.addEventListener('abort', this.#onCallerAbort, { once: true });
    this.#accumulator = accumulator;
    this.#limits = limits;
  }

  /** The gateway's request id, once the response headers have arrived. */
  get requestId(): string | undefined {
    return this.#requestId;
  }

  /** Whether `abort()` was called or the caller's signal aborted. */
  get aborted(): boolean {
    return this.#abort.signal.aborted;
  }

  /** Stops the stream and the upstream request. Iteration and `finalMessage()` reject with `UserAbortError`. */
  abort(): void {
    if (!this.#abort.signal.aborted) this.#abort.abort(new UserAbortError());
  }

  /** The message accumulated so far (the same shape as a non-streamed response). */
  currentMessage(): Message {
    return this.#accumulator.snapshot();
  }

  /** The final message; consumes the stream if nobody iterates it. */
  finalMessage(): Promise<Message> {
    if (!this.#consumed) void this.#drain();
    return this.#final.promise;
  }

  /** The final message's text blocks, joined. */
  async finalText(): Promise<string> {
    const message = await this.finalMessage();
    return message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
  }

  /** Text deltas only, as they arrive. */
  async *textStream(): AsyncGenerator<string> {
    for await (const event of this) if (event.type === 'text_delta') yield event.text;
  }

  /**
   * The events as a web `ReadableStream` of NDJSON lines, pulled on demand. Cancelling it
   * aborts the upstream request.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    const iterator = this[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.(undefined);
      },
    });
  }

  [Symbol.asyncIterator](): AsyncGenerator<StreamEvent> {
    if (this.#consumed) {
      throw new ResayilError(
        'This stream has already been consumed. A stream can be iterated once; await finalMessage() for the result.',
      );
    }
    this.#consumed = true;
    return this.#run();
  }

  async #drain(): Promise<void> {
    try {
      for await (const _event of this) {
        // the accumulator keeps the message
      }
    } catch {
      // reported through #final
    }
  }

  async *#run(): AsyncGenerator<StreamEvent> {
    let open: OpenResponse | undefined;
    let finished = false;
    // The total deadline starts with the request and aborts it like the caller's signal would.
    const deadline = startCallDeadline(undefined, this.#limits.totalTimeout);
    const onDeadline = (): void => {
      if (!this.#abort.signal.aborted) this.#abort.abort(deadline.signal?.reason);
    };
    deadline.signal?.addEventListener('abort', onDeadline, { once: true });
    try {
      if (this.#abort.signal.aborted) throw this.#abort.signal.reason;
      open = await this.#open(this.#abort.signal);
      this.#requestId = open.requestId;
      if (isJsonContentType(open.response.headers.get('content-type'))) {
        yield* this.#wholeReply(open);
      } else {
        const decoder = createSSEDecoder();
        try {
          for await (const chunk of readBody(open, this.#limits.idleTimeout)) {
            // Inline loops, not `yield*` over a helper: that would cost a promise per event.
            for (const message of decoder.push(chunk)) {
              this.#onRawEvent?.(message);
              for (const event of this.#accumulator.push(message)) {
                const stop = this.#watch(event, open);
                yield event;
                if (stop) throw stop;
                if (this.#abort.signal.aborted) throw this.#abort.signal.reason;
              }
            }
          }
        } catch (error) {
          throw this.#bodyFailure(error);
        }
        for (const message of decoder.end()) {
          this.#onRawEvent?.(message);
          for (const event of this.#accumulator.push(message)) {
            const stop = this.#watch(event, open);
            yield event;
            if (stop) throw stop;
            if (this.#abort.signal.aborted) throw this.#abort.signal.reason;
          }
        }
      }
      const message = this.#accumulator.end();
      finished = true;
      this.#watcher?.settle(message.usage);
      this.#final.resolve(message);
    } catch (error) {
      finished = true;
      if (open) this.#watcher?.settle(undefined);
      const safe = redactError(error, this.#limits.secrets);
      this.#final.reject(safe);
      throw safe;
    } finally {
      deadline.signal?.removeEventListener('abort', onDeadline);
      deadline.dispose();
      open?.controller.dispose();
      this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort);
      if (!finished) {
        // The consumer stopped early: end the upstream request and settle the final message.
        const reason = new UserAbortError();
        this.#abort.abort(reason);
        open?.controller.abort(reason);
        this.#final.reject(reason);
      }
    }
  }

  /**
   * Lets the watcher see an event. An error from it aborts the upstream request at once and is
   * returned, to end the stream with once the event that crossed the line has been delivered.
   */
  #watch(event: StreamEvent, open: OpenResponse): Error | undefined {
    const stop = this.#watcher?.observe(event, () => this.#accumulator.snapshot());
    if (stop) {
      this.#abort.abort(stop);
      open.controller.abort(stop);
    }
    return stop;
  }

  /** The events of a whole JSON reply to the streamed request, read to its end first. */
  async *#wholeReply(open: OpenResponse): AsyncGenerator<StreamEvent> {
    let text: string;
    try {
      text = await readText(open, this.#limits.idleTimeout);
    } catch (error) {
      throw this.#bodyFailure(error);
    }
    for (const event of this.#accumulator.pushReply(text)) {
      const stop = this.#watch(event, open);
      yield event;
      if (stop) throw stop;
      if (this.#abort.signal.aborted) throw this.#abort.signal.reason;
    }
  }

  /** A failure while the body streams: aborts and timeouts as they are; a lost connection is a truncation. */
  #bodyFailure(error: unknown): unknown {
    if (error instanceof ConnectionError) {
      return new TruncatedStreamError({
        partial: this.#accumulator.snapshot(),
        message: 'The connection was lost while the reply was streaming.',
        cause: error,
        secrets: this.#limits.secrets,
      });
    }
    return error;
  }
}
