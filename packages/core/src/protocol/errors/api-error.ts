import { redactSecrets } from './redact-secrets.ts';
import { redactValue } from './redact-value.ts';
import { ResayilError } from './resayil-error.ts';

/** What the gateway's error response said, already parsed and stripped of secrets. */
export interface APIErrorInit {
  /** The HTTP status. */
  status: number;
  /** The gateway's request id, if it sent one. */
  requestId?: string | undefined;
  /** The parsed response body (JSON, or the sanitized text when it was not JSON), secret-free. */
  body?: unknown;
  /** The gateway's own message, truncated and secret-free. */
  serverMessage?: string | undefined;
  /** The body's error type or code, e.g. `overloaded_error` or `404`. */
  errorType?: string | undefined;
  /** How long the gateway asked the client to wait before retrying, in milliseconds. */
  retryAfterMs?: number | undefined;
  /** Overrides the class's default retryability (the gateway's `x-should-retry` header). */
  retryable?: boolean | undefined;
  /** Strings that must never show (the API key): removed from the message, body and server message. */
  secrets?: readonly string[] | undefined;
}

/**
 * An error response from the gateway (a non-2xx HTTP status). Thrown as is for statuses that
 * have no dedicated subclass (e.g. 405); see the subclasses for the common cases.
 */
export class APIError extends ResayilError {
  static override readonly errorName: string = 'APIError';

  declare readonly status: number;
  /** The parsed response body, secret-free. */
  readonly body: unknown;
  /** The gateway's own message, truncated and secret-free. */
  readonly serverMessage: string | undefined;
  /** The body's error type or code, e.g. `overloaded_error`, when it had one. */
  readonly errorType: string | undefined;
  /** The delay the gateway asked for before a retry, in milliseconds, when it said one. */
  readonly retryAfterMs: number | undefined;

  /**
   * @param init what the response said
   * @param headline the cause and the fix, without the server's message (added here)
   * @param retryable whether this class of error is retryable by default
   */
  constructor(init: APIErrorInit, headline?: string, retryable = false) {
    super(composeMessage(headline ?? defaultHeadline(init.status), init), {
      status: init.status,
      requestId: init.requestId,
      retryable: init.retryable ?? retryable,
      secrets: init.secrets,
    });
    const secrets = init.secrets ?? [];
    this.body = redactValue(init.body, secrets);
    this.serverMessage =
      init.serverMessage === undefined ? undefined : redactSecrets(init.serverMessage, secrets);
    this.errorType = init.errorType;
    this.retryAfterMs = init.retryAfterMs;
  }
}

function defaultHeadline(status: number): string {
  return `The gateway rejected the request (${status}). Check the base URL, the endpoint and the request parameters.`;
}

function composeMessage(headline: string, init: APIErrorInit): string {
  let message = headline;
  if (init.serverMessage) message += ` The gateway said: "${init.serverMessage}".`;
  if (init.requestId) message += ` (request id ${init.requestId})`;
  return message;
}
