import {
  ConnectionError,
  ResayilError,
  TruncatedStreamError,
  UserAbortError,
  createSSEDecoder,
  redactError,
  isJsonContentType,
  type Message,
  type SSEDecoder,
  type SSEMessage,
  type StreamAccumulator,
  type StreamEvent,
  type Usage,
} from '../protocol/index.ts';
import { BodyReader } from './body-reader.ts';
import { startCallDeadline, type CallDeadline } from './call-deadline.ts';
import { createDeferred } from './create-deferred.ts';
import { readText } from './read-text.ts';
import type { OpenResponse } from './transport.ts';

/** How a `MessageStream` opens its HTTP response; called once, with the stream's abort signal. */
export type OpenStream = (signal: AbortSignal) => Promise<OpenResponse>;

/** Follows a stream as it is read (the spending guard). Internal. */
export interface StreamWatcher {
  /** Returns an error to end the stream, and the upstream request, with. */
  observe(event: StreamEvent, snapshot: () => Message): Error | undefined;
  /** The stream is over: with the final usage when it completed, without when it did not. */
  settle(usage: Usage | undefined): void;
}

/** An open response being read: an SSE body, or a whole JSON reply already read. */
type Reading =
  | { open: OpenResponse; body: BodyReader; decoder: SSEDecoder }
  | { open: OpenResponse; body: undefined; text: string };

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
  /** `#abort.signal.aborted`, kept as a field: it is read before every event. */
  #aborted = false;
  readonly #final = createDeferred<Message>();
  readonly #connected = createDeferred<void>();
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
  readonly #snapshot = (): Message => this.#accumulator.snapshot();
  /** The total deadline, started with the request. */
  #deadline: CallDeadline | undefined;
  readonly #onDeadline = (): void => {
    if (!this.#abort.signal.aborted) this.#abort.abort(this.#deadline?.signal?.reason);
  };
  /** The response, once its headers have arrived. */
  #opened: OpenResponse | undefined;
  #reading: Reading | undefined;
  /** The events of the last chunk read, and how many of them were handed out. */
  #batch: StreamEvent[] = [];
  #at = 0;
  /**
   * The SSE messages of the chunk being decoded, and how many were turned into events. The first
   * chunk's are handed out one message at a time, so that its first event (and the first token,
   * when the whole reply came at once) does not wait for the rest of the chunk to be decoded.
   */
  #stash: readonly SSEMessage[] = [];
  #stashAt = 0;
  #firstChunk = true;
  /** The body has ended (its last events may still be in `#batch` or `#stash`). */
  #ended = false;
  /** An error to end the stream with once `#batch` has been handed out. */
  #failure: { error: unknown } | undefined;
  /** Whether a read is under way, and its result. */
  #pulling = false;
  #pull: Promise<IteratorResult<StreamEvent, void>> | undefined;
  /** Completed, failed or stopped early: `#final` is settled and everything released. */
  #settled = false;

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
    this.#abort.signal.addEventListener(
      'abort',
      () => {
        this.#aborted = true;
      },
      { once: true },
    );
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

  /**
   * Resolves once the gateway has answered (its response headers arrived; iterating starts the
   * request), or once the stream ended before it did: iteration reports why. A server relaying
   * the stream can send its own response headers then, while the first event is on its way.
   */
  get connected(): Promise<void> {
    return this.#connected.promise;
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

  [Symbol.asyncIterator](): AsyncGenerator<StreamEvent, void, undefined> {
    if (this.#consumed) {
      throw new ResayilError(
        'This stream has already been consumed. A stream can be iterated once; await finalMessage() for the result.',
      );
    }
    this.#consumed = true;
    const iterator: AsyncGenerator<StreamEvent, void, undefined> = {
      next: () => this.#next(),
      return: () => Promise.resolve(this.#stopEarly()),
      throw: (error: unknown) => {
        this.#stopEarly();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
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

  /**
   * The next event. Events come in batches, one per chunk of the body: within a batch, each is
   * handed out at once (one resolved promise, no generator step), so the cost of a step does not
   * depend on how the gateway chunked its bytes.
   */
  #next(): Promise<IteratorResult<StreamEvent, void>> {
    // An abort ends the stream before the next event, except the watcher's own: the batch was cut
    // after the event that crossed its line, which is still delivered.
    if (this.#at < this.#batch.length && (!this.#aborted || this.#stoppedByWatcher())) {
      return Promise.resolve({ done: false, value: this.#batch[this.#at++] as StreamEvent });
    }
    if (this.#pulling) {
      // A call made before the previous one settled waits for it, as an async generator's would.
      const next = (): Promise<IteratorResult<StreamEvent, void>> => this.#next();
      return (this.#pull as Promise<IteratorResult<StreamEvent, void>>).then(next, next);
    }
    this.#pull = this.#read();
    return this.#pull;
  }

  #stoppedByWatcher(): boolean {
    return this.#failure !== undefined && this.#abort.signal.reason === this.#failure.error;
  }

  /** Reads on until the next batch has an event, the stream completes, or it fails. */
  async #read(): Promise<IteratorResult<StreamEvent, void>> {
    if (this.#settled) return { done: true, value: undefined };
    // Set until this call settles (cleared synchronously when it never waits).
    this.#pulling = true;
    try {
      if (this.#aborted && !this.#stoppedByWatcher()) throw this.#abort.signal.reason;
      for (;;) {
        if (this.#failure) throw this.#failure.error;
        if (this.#stashAt < this.#stash.length) {
          this.#batch = this.#fromStash((this.#reading as Reading).open, true);
          this.#at = 0;
          if (this.#batch.length > 0) return { done: false, value: this.#batch[this.#at++] as StreamEvent };
          continue;
        }
        if (this.#ended) {
          this.#complete();
          return { done: true, value: undefined };
        }
        const reading = this.#reading ?? (await this.#start());
        let chunk: Uint8Array | undefined;
        if (reading.body) {
          try {
            chunk = (await reading.body.read()).value;
          } catch (error) {
            throw this.#bodyFailure(reading.body.failure(error));
          }
        }
        this.#batch = this.#eventsOf(reading, chunk);
        this.#at = 0;
        if (this.#batch.length > 0) return { done: false, value: this.#batch[this.#at++] as StreamEvent };
      }
    } catch (error) {
      // Already settled: the consumer stopped early while this read was under way.
      if (this.#settled) return { done: true, value: undefined };
      throw this.#fail(error);
    } finally {
      this.#pulling = false;
    }
  }

  /**
   * The events of the next chunk of the body (`undefined`: its end), or of the whole JSON reply,
   * each seen by the watcher. An error after some of them, or a watcher's stop after the event
   * that crossed its line, ends the batch and is kept in `#failure`, to be thrown once the batch
   * has been handed out.
   */
  #eventsOf(reading: Reading, chunk: Uint8Array | undefined): StreamEvent[] {
    try {
      if (!reading.body) {
        this.#ended = true;
        return this.#take([], this.#accumulator.pushReply(reading.text), reading.open);
      }
      if (chunk === undefined) this.#ended = true;
      this.#stash = chunk === undefined ? reading.decoder.end() : reading.decoder.push(chunk);
      this.#stashAt = 0;
      const first = this.#firstChunk;
      this.#firstChunk = false;
      return this.#fromStash(reading.open, first);
    } catch (error) {
      this.#failure = { error };
      return [];
    }
  }

  /**
   * The events of the stashed messages: of all of them, or (for the first chunk, see `#stash`) of
   * the next one that has any.
   */
  #fromStash(open: OpenResponse, untilAnEvent: boolean): StreamEvent[] {
    let batch: StreamEvent[] = [];
    try {
      while (this.#stashAt < this.#stash.length && !(untilAnEvent && batch.length > 0)) {
        const message = this.#stash[this.#stashAt++] as SSEMessage;
        this.#onRawEvent?.(message);
        batch = this.#take(batch, this.#accumulator.push(message), open);
        if (this.#failure) break;
      }
    } catch (error) {
      this.#failure = { error };
    }
    if (this.#failure || this.#stashAt >= this.#stash.length) this.#stash = [];
    return batch;
  }

  /**
   * Adds events to a batch (the first non-empty array of events becomes the batch itself: an
   * accumulator returns a fresh array per call and keeps no reference to it), each seen by the
   * watcher; a watcher's stop ends the batch after the event that crossed its line.
   */
  #take(batch: StreamEvent[], events: StreamEvent[], open: OpenResponse): StreamEvent[] {
    const start = batch.length;
    const all = start === 0 ? events : batch;
    if (start > 0) for (const event of events) all.push(event);
    if (!this.#watcher) return all;
    for (let i = start; i < all.length; i++) {
      const stop = this.#watch(all[i] as StreamEvent, open);
      if (stop) {
        this.#failure = { error: stop };
        all.length = i + 1;
        break;
      }
    }
    return all;
  }

  /** Starts the total deadline, opens the request, and prepares to read its body. */
  async #start(): Promise<Reading> {
    // The total deadline starts with the request and aborts it like the caller's signal would.
    this.#deadline = startCallDeadline(undefined, this.#limits.totalTimeout);
    this.#deadline.signal?.addEventListener('abort', this.#onDeadline, { once: true });
    if (this.#abort.signal.aborted) throw this.#abort.signal.reason;
    const open = await this.#open(this.#abort.signal);
    this.#opened = open;
    this.#connected.resolve();
    this.#requestId = open.requestId;
    let reading: Reading;
    if (isJsonContentType(open.response.headers.get('content-type'))) {
      // A gateway that ignored `stream: true`: its whole reply, read to its end first.
      let text: string;
      try {
        text = await readText(open, this.#limits.idleTimeout);
      } catch (error) {
        throw this.#bodyFailure(error);
      }
      reading = { open, body: undefined, text };
    } else {
      reading = { open, body: new BodyReader(open, this.#limits.idleTimeout), decoder: createSSEDecoder() };
    }
    this.#reading = reading;
    return reading;
  }

  /** The body has ended and every event was handed out: the final message, or a truncation. */
  #complete(): void {
    const message = this.#accumulator.end();
    this.#settled = true;
    this.#release();
    this.#watcher?.settle(message.usage);
    this.#final.resolve(message);
  }

  /** The stream failed: settles everything with the error, from which the key is removed. */
  #fail(error: unknown): unknown {
    if (this.#settled) return error;
    this.#settled = true;
    this.#release();
    if (this.#opened) this.#watcher?.settle(undefined);
    const safe = redactError(error, this.#limits.secrets);
    this.#final.reject(safe);
    return safe;
  }

  /** The consumer stopped early: ends the upstream request and settles the final message. */
  #stopEarly(): IteratorResult<StreamEvent, void> {
    if (!this.#settled) {
      this.#settled = true;
      this.#release();
      const reason = new UserAbortError();
      this.#abort.abort(reason);
      this.#opened?.controller.abort(reason);
      if (this.#opened) this.#watcher?.settle(undefined);
      this.#final.reject(reason);
    }
    this.#batch = [];
    this.#stash = [];
    return { done: true, value: undefined };
  }

  /** Closes the body (cancelling it unless it was read to its end) and detaches every listener and timer. */
  #release(): void {
    this.#connected.resolve();
    if (this.#reading?.body) this.#reading.body.close();
    this.#deadline?.signal?.removeEventListener('abort', this.#onDeadline);
    this.#deadline?.dispose();
    this.#opened?.controller.dispose();
    this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort);
  }

  /**
   * Lets the watcher see an event. An error from it aborts the upstream request at once and is
   * returned, to end the stream with once the event that crossed the line has been delivered.
   */
  #watch(event: StreamEvent, open: OpenResponse): Error | undefined {
    const stop = this.#watcher?.observe(event, this.#snapshot);
    if (stop) {
      this.#abort.abort(stop);
      open.controller.abort(stop);
    }
    return stop;
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
