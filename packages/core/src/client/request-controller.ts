import { ResayilError, UserAbortError } from '../protocol/index.ts';

/**
 * The abort controller of one HTTP attempt. It follows the caller's signal (as a
 * `UserAbortError`, or the toolkit error it was aborted with, e.g. a total timeout) and can be aborted by the client itself with a typed reason (a timeout).
 * `dispose()` detaches it from the caller's signal once the attempt is over.
 */
export class RequestController {
  readonly #controller = new AbortController();
  readonly #callerSignal: AbortSignal | undefined;
  readonly #onCallerAbort = (): void => this.abort(toUserAbort(this.#callerSignal?.reason));

  constructor(callerSignal?: AbortSignal) {
    this.#callerSignal = callerSignal;
    if (callerSignal?.aborted) this.#onCallerAbort();
    else callerSignal?.addEventListener('abort', this.#onCallerAbort, { once: true });
  }

  /** The signal handed to `fetch`. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Aborts the attempt; the first reason wins. */
  abort(reason: unknown): void {
    if (!this.#controller.signal.aborted) this.#controller.abort(reason);
  }

  dispose(): void {
    this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort);
  }
}

function toUserAbort(reason: unknown): ResayilError {
  return reason instanceof ResayilError ? reason : new UserAbortError({ cause: reason });
}
