import { redactSecrets } from './redact-secrets.ts';
import { ResayilError } from './resayil-error.ts';

/**
 * Thrown when a stream event's `data` is not JSON (empty data and `[DONE]` are not errors). The
 * accumulator's state is unchanged, so a caller may skip the event and go on.
 */
export class StreamParseError extends ResayilError {
  static override readonly errorName: string = 'StreamParseError';

  /** The start of the offending data (about 200 characters). */
  readonly dataSnippet: string;

  /**
   * @param options.dataSnippet the start of the offending data
   * @param options.problem what is wrong with it (default: `not JSON`)
   * @param options.secrets strings that must never show (the API key)
   */
  constructor(options: {
    dataSnippet: string;
    problem?: string | undefined;
    secrets?: readonly string[] | undefined;
  }) {
    super(
      `The stream carried data that is ${options.problem ?? 'not JSON'}: "${options.dataSnippet}". A proxy between the client and the gateway may be rewriting the stream; connect directly, or check the base URL.`,
      { retryable: false, secrets: options.secrets },
    );
    this.dataSnippet = redactSecrets(options.dataSnippet, options.secrets ?? []);
  }
}
