import { ResayilError } from './resayil-error.ts';

/**
 * Which limit ran out: `connect` (no response headers within `timeout`), `idle` (a started body,
 * success or error, stayed silent for `idleTimeout`) or `total` (the whole call, retries and
 * keep-alive pings included, went past `totalTimeout`).
 */
export type TimeoutKind = 'connect' | 'idle' | 'total';

const OPTION: Record<TimeoutKind, string> = {
  connect: 'timeout',
  idle: 'idleTimeout',
  total: 'totalTimeout',
};

/**
 * Thrown when the client gave up waiting; `kind` says which limit fired. A `connect` timeout (no
 * response yet) is retryable; `idle` and `total` are not, since the gateway may already have
 * generated and billed tokens.
 */
export class TimeoutError extends ResayilError {
  static override readonly errorName: string = 'TimeoutError';

  /** Which limit ran out. */
  readonly kind: TimeoutKind;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number | undefined;

  constructor(options: { kind: TimeoutKind; timeoutMs?: number | undefined }) {
    const limit = `\`${OPTION[options.kind]}\`${options.timeoutMs === undefined ? '' : ` of ${options.timeoutMs} ms`}`;
    super(describe(options.kind, limit), { retryable: options.kind === 'connect' });
    this.kind = options.kind;
    this.timeoutMs = options.timeoutMs;
  }
}

function describe(kind: TimeoutKind, limit: string): string {
  switch (kind) {
    case 'connect':
      return `Timed out waiting for the gateway to answer (the ${limit} ran out before the response headers arrived). Check the network and the base URL, or raise the timeout; sending the request again is safe (nothing was generated).`;
    case 'idle':
      return `The response stalled: no data arrived while its body was being read (the ${limit} ran out). It is not retried automatically because the gateway may already have billed tokens; send the request again, or raise the idle timeout.`;
    case 'total':
      return `The call did not finish in time (the ${limit} ran out), e.g. a stream that only sent keep-alive pings. It is not retried automatically because the gateway may already have billed tokens; send the request again, or raise the total timeout.`;
  }
}
