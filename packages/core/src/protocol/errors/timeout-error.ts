import { ResayilError } from './resayil-error.ts';

/** Which wait ran out: for the response headers, or between two chunks of a started body. */
export type TimeoutKind = 'connect' | 'idle';

/**
 * Thrown when the client gave up waiting. A `connect` timeout (no response yet) is retryable; an
 * `idle` timeout (the body had started and then stalled) is not, since tokens were already billed.
 */
export class TimeoutError extends ResayilError {
  static override readonly errorName: string = 'TimeoutError';

  /** Which wait ran out. */
  readonly kind: TimeoutKind;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number | undefined;

  constructor(options: { kind: TimeoutKind; timeoutMs?: number | undefined }) {
    const after = options.timeoutMs === undefined ? '' : ` after ${options.timeoutMs} ms`;
    super(
      options.kind === 'connect'
        ? `Timed out${after} waiting for the gateway to answer. Check the network and the base URL, or raise the timeout option; sending the request again is safe (nothing was generated).`
        : `The stream stalled: no data arrived${after} after the reply had started. It is not retried automatically because tokens were already billed; send the request again, or raise the idle timeout option.`,
      { retryable: options.kind === 'connect' },
    );
    this.kind = options.kind;
    this.timeoutMs = options.timeoutMs;
  }
}
