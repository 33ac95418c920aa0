import { ConnectionError, TimeoutError, type ResayilError } from '../protocol/index.ts';
import { abortReason } from './abort-reason.ts';
import type { OpenResponse } from './transport.ts';

/**
 * Reads a response body chunk by chunk under an idle timeout: when a read has waited
 * `idleTimeout` milliseconds for the server, the request is aborted with an idle `TimeoutError`.
 * `read()` hands back the body reader's own promise (no wrapper, so a chunk costs no more than
 * the web stream's own read); a read that rejects goes through `failure()`. Internal.
 */
export class BodyReader {
  readonly #open: OpenResponse;
  readonly #reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  readonly #idleTimeout: number;
  #waitingSince = performance.now();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(open: OpenResponse, idleTimeout: number) {
    this.#open = open;
    this.#idleTimeout = idleTimeout;
    this.#reader = open.response.body?.getReader();
    if (this.#reader) this.#timer = setTimeout(this.#check, idleTimeout);
  }

  /** The next chunk of the body; `done` at its end (at once for a response without a body). */
  read(): Promise<ReadableStreamReadResult<Uint8Array>> {
    if (!this.#reader || this.#closed) return Promise.resolve({ done: true, value: undefined });
    this.#waitingSince = performance.now();
    return this.#reader.read();
  }

  /** What a read that rejected means: the reason the request was aborted with, or a lost connection. */
  failure(error: unknown): ResayilError {
    const { response, controller } = this.#open;
    return abortReason(controller) ?? new ConnectionError({ cause: error, origin: originOf(response.url) });
  }

  /**
   * Stops the idle timer and releases the body, cancelling it (a no-op once it has ended): this
   * closes the connection of a body not read to its end, so that the server stops too. Safe to
   * call more than once.
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#timer);
    const reader = this.#reader;
    if (!reader) return;
    reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }

  // One timer per idle period, not one per chunk: when it fires, it aborts only if the current
  // read really has waited `idleTimeout`, else it waits for the rest of the period.
  readonly #check = (): void => {
    const waitedFor = performance.now() - this.#waitingSince;
    if (waitedFor >= this.#idleTimeout) {
      this.#open.controller.abort(new TimeoutError({ kind: 'idle', timeoutMs: this.#idleTimeout }));
    } else {
      this.#timer = setTimeout(this.#check, this.#idleTimeout - waitedFor);
    }
  };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
