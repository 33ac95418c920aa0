import { redactSecrets } from './redact-secrets.ts';
import { ResayilError } from './resayil-error.ts';

/**
 * Thrown when the gateway sends an `error` event after the stream had started (e.g.
 * `overloaded_error`, which would have been HTTP 529 before the stream). Not retryable: the body
 * had started, so a retry could duplicate billed tokens; the caller decides.
 */
export class StreamEventError extends ResayilError {
  static override readonly errorName: string = 'StreamEventError';

  /** The error's type from the event, e.g. `overloaded_error`, `api_error`. */
  readonly errorType: string;
  /** The gateway's own message, truncated. */
  readonly serverMessage: string | undefined;

  constructor(options: {
    errorType: string;
    serverMessage?: string | undefined;
    requestId?: string | undefined;
    /** Strings that must never show (the API key), removed from the message in every form. */
    secrets?: readonly string[] | undefined;
  }) {
    const said = options.serverMessage ? `: "${options.serverMessage}"` : '';
    const advice =
      options.errorType === 'overloaded_error'
        ? 'The model is overloaded; send the request again in a few seconds or choose another model.'
        : 'Send the request again; if it keeps happening, choose another model.';
    super(
      `The gateway reported an error in the middle of the stream (${options.errorType})${said}. The reply had started, so it is not retried automatically. ${advice}`,
      { retryable: false, requestId: options.requestId, secrets: options.secrets },
    );
    const secrets = options.secrets ?? [];
    this.errorType = redactSecrets(options.errorType, secrets);
    this.serverMessage =
      options.serverMessage === undefined ? undefined : redactSecrets(options.serverMessage, secrets);
  }
}
