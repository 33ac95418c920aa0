import { ResayilError } from './resayil-error.ts';

/** Thrown when the network failed before a response arrived (DNS, refused, reset, TLS). Retryable. */
export class ConnectionError extends ResayilError {
  static override readonly errorName: string = 'ConnectionError';

  /**
   * @param options.cause the underlying network error
   * @param options.origin the gateway origin that was being contacted, for the message
   * @param options.secrets strings that must never show (the API key)
   */
  constructor(
    options: { cause?: unknown; origin?: string | undefined; secrets?: readonly string[] | undefined } = {},
  ) {
    const where = options.origin ? ` at ${options.origin}` : '';
    const why = describeCause(options.cause);
    super(
      `Could not connect to the gateway${where}${why}. Check the network, proxy settings and the base URL; sending the request again is safe (nothing was generated).`,
      { retryable: true, cause: options.cause, secrets: options.secrets },
    );
  }
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return '';
  const inner = cause.cause instanceof Error ? cause.cause : undefined;
  const code = inner && 'code' in inner && typeof inner.code === 'string' ? ` ${inner.code}` : '';
  return ` (${cause.message.slice(0, 120)}${code})`;
}
