import { redactSecrets } from './redact-secrets.ts';
import { ResayilError } from './resayil-error.ts';
import { sanitizeSnippet } from './sanitize-snippet.ts';

/** What is known about a response that was not the JSON the client expected. */
export interface UnexpectedResponseErrorInit {
  /** The HTTP status, when known. */
  status?: number | undefined;
  /** The `content-type` the response declared, if any. */
  contentType?: string | null | undefined;
  /** The start of the body (about 200 characters), sanitized and secret-free. */
  bodySnippet?: string | undefined;
  /** The raw body, when no snippet is given: sanitized here (tags, control characters, secrets). */
  bodyText?: string | undefined;
  /** Strings that must never show (the API key): removed from the body, the location and the message. */
  secrets?: readonly string[] | undefined;
  /** The `location` header of a redirect. */
  location?: string | undefined;
  /** The gateway's request id, if it sent one. */
  requestId?: string | undefined;
  /** What exactly was wrong, e.g. `the body is empty`. Defaults to a description of the body. */
  problem?: string | undefined;
}

/**
 * Thrown when the gateway answers with something other than the JSON (or SSE) the client expected:
 * an HTML page (a proxy or CDN error page, a login page), a 3xx redirect (Resayil redirects failed
 * validation when `Accept: application/json` is missing), an empty or non-JSON body, or JSON of the
 * wrong shape.
 */
export class UnexpectedResponseError extends ResayilError {
  static override readonly errorName: string = 'UnexpectedResponseError';

  /** The `content-type` the response declared. */
  readonly contentType: string | undefined;
  /** The start of the body, sanitized. */
  readonly bodySnippet: string | undefined;
  /** The redirect target, for a 3xx. */
  readonly location: string | undefined;

  constructor(options: UnexpectedResponseErrorInit) {
    const init =
      options.bodySnippet === undefined && options.bodyText !== undefined
        ? { ...options, bodySnippet: sanitizeSnippet(options.bodyText, options.secrets ?? []) }
        : options;
    const secrets = options.secrets ?? [];
    super(composeMessage(init), {
      status: init.status,
      requestId: init.requestId,
      retryable: false,
      secrets,
    });
    this.contentType = init.contentType ?? undefined;
    this.bodySnippet = init.bodySnippet === undefined ? undefined : redactSecrets(init.bodySnippet, secrets);
    this.location = init.location === undefined ? undefined : redactSecrets(init.location, secrets);
  }
}

function composeMessage(init: UnexpectedResponseErrorInit): string {
  const status = init.status === undefined ? '' : `${init.status}, `;
  const type = `content-type ${init.contentType || 'missing'}`;
  const isRedirect = init.status !== undefined && init.status >= 300 && init.status < 400;
  const problem = isRedirect
    ? `a redirect${init.location ? ` to ${init.location}` : ''} where JSON was expected`
    : (init.problem ?? 'a body that is not the expected JSON');
  const snippet = init.bodySnippet ? ` Body starts: "${init.bodySnippet}".` : '';
  const fix = isRedirect
    ? ' Check the base URL (https, no extra path: e.g. https://llmapi.resayil.io) and send `Accept: application/json` (Resayil redirects invalid requests without it).'
    : ' Check the base URL (e.g. https://llmapi.resayil.io): a proxy, CDN or web page may be answering instead of the API.';
  return `Unexpected response (${status}${type}): the gateway sent ${problem}.${snippet}${fix}`;
}
