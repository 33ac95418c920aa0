import { looksLikeHtml } from '../json/looks-like-html.ts';
import { APIError, type APIErrorInit } from './api-error.ts';
import { AuthenticationError } from './authentication-error.ts';
import { ConflictError } from './conflict-error.ts';
import { InsufficientCreditsError } from './insufficient-credits-error.ts';
import { ModelCapabilityError } from './model-capability-error.ts';
import { NotFoundError } from './not-found-error.ts';
import { OverloadedError } from './overloaded-error.ts';
import { parseRetryAfter } from './parse-retry-after.ts';
import { PermissionDeniedError } from './permission-denied-error.ts';
import { RateLimitError } from './rate-limit-error.ts';
import { readErrorBody } from './read-error-body.ts';
import { readHeader, type HeadersLike } from './read-header.ts';
import { redactSecrets } from './redact-secrets.ts';
import { redactValue } from './redact-value.ts';
import { RequestTimeoutError } from './request-timeout-error.ts';
import { RequestTooLargeError } from './request-too-large-error.ts';
import type { ResayilError } from './resayil-error.ts';
import { RESAYIL_WEB_ORIGIN } from './resayil-urls.ts';
import { sanitizeSnippet } from './sanitize-snippet.ts';
import { UnexpectedResponseError } from './unexpected-response-error.ts';
import { UpstreamUnavailableError } from './upstream-unavailable-error.ts';
import { ValidationError } from './validation-error.ts';

/** An error response, as the transport received it. */
export interface APIErrorInput {
  /** The HTTP status. */
  status: number;
  /** The response headers. */
  headers: HeadersLike;
  /** The response body as text (possibly empty, possibly HTML). */
  bodyText: string;
  /** Strings that must never appear in the error (the API key); redacted from the body and message. */
  secrets?: readonly string[];
  /** The current time in epoch milliseconds, to resolve a `retry-after` HTTP date. */
  now?: number;
}

/** How much of the gateway's own message an error repeats. */
const SERVER_MESSAGE_LENGTH = 300;

/**
 * Turns an error response into the matching typed error: 401 {@link AuthenticationError}, 402
 * {@link InsufficientCreditsError}, 403 {@link PermissionDeniedError}, 404 {@link NotFoundError},
 * 400/422 {@link ValidationError} (a 400 "does not support image input": {@link ModelCapabilityError}), 408 {@link RequestTimeoutError}, 409 {@link ConflictError}, 413
 * {@link RequestTooLargeError}, 429 {@link RateLimitError}, 529 or `overloaded_error`
 * {@link OverloadedError}, other 5xx {@link UpstreamUnavailableError}, 3xx and 2xx
 * {@link UnexpectedResponseError}, any other status {@link APIError}.
 *
 * Understands every body family the gateway sends (official Anthropic, Resayil, flat 401, 422 field
 * errors, 402 top-up, 429 `retry_after`, bare 500, HTML). The gateway's message is kept, truncated
 * and with every secret redacted; `x-should-retry` overrides the default retryability.
 */
export function createAPIError(input: APIErrorInput): ResayilError {
  const secrets = input.secrets ?? [];
  const contentType = readHeader(input.headers, 'content-type') ?? null;
  const html = looksLikeHtml(input.bodyText, contentType);
  const parsed = html ? undefined : tryParseJson(input.bodyText);
  const body = parsed === undefined ? sanitizeSnippet(input.bodyText, secrets) : redactValue(parsed, secrets);
  const info = readErrorBody(parsed);
  const requestId =
    readHeader(input.headers, 'request-id') ?? readHeader(input.headers, 'x-request-id') ?? info.requestId;
  const status = input.status;

  if (status < 400) {
    return new UnexpectedResponseError({
      status,
      contentType,
      bodySnippet: sanitizeSnippet(input.bodyText, secrets),
      location: readHeader(input.headers, 'location'),
      requestId,
      secrets,
    });
  }

  const serverMessage = info.message ?? (typeof body === 'string' && body !== '' ? body : undefined);
  const init: APIErrorInit = {
    status,
    requestId,
    body,
    serverMessage: serverMessage === undefined ? undefined : truncate(redactSecrets(serverMessage, secrets)),
    errorType: info.errorType,
    retryAfterMs: parseRetryAfter(input.headers, parsed, input.now),
    retryable: parseShouldRetry(readHeader(input.headers, 'x-should-retry')),
    secrets,
  };

  if (status === 529 || info.errorType === 'overloaded_error') return new OverloadedError(init);
  if (status === 402 || info.errorType === 'billing_error') {
    return new InsufficientCreditsError({
      ...init,
      topUpUrl: resolveTopUpUrl(info.topUpUrl && redactSecrets(info.topUpUrl, secrets)),
      currentCredits: info.currentCredits,
    });
  }
  const unreadable = unreadableInput(info.message);
  if (status === 400 && unreadable) return new ModelCapabilityError({ ...init, ...unreadable });
  switch (status) {
    case 400:
    case 422:
      return new ValidationError({ ...init, errors: redactFieldErrors(info.errors, secrets) });
    case 401:
      return new AuthenticationError(init);
    case 403:
      return new PermissionDeniedError(init);
    case 404:
      return new NotFoundError(init);
    case 408:
      return new RequestTimeoutError(init);
    case 409:
      return new ConflictError(init);
    case 413:
      return new RequestTooLargeError(init);
    case 429:
      return new RateLimitError(init);
  }
  if (status >= 500) return new UpstreamUnavailableError(init);
  return new APIError(init);
}

/** The gateway's (Ollama's) "Model 'x' does not support image input", read back. */
function unreadableInput(
  message: string | undefined,
): { model: string; capability: 'images' | 'documents' } | undefined {
  const match = /model '([^']+)' does not support (image|document|pdf) input/iu.exec(message ?? '');
  if (!match?.[1]) return undefined;
  return { model: match[1], capability: match[2]?.toLowerCase() === 'image' ? 'images' : 'documents' };
}

function tryParseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function truncate(text: string): string {
  return text.length > SERVER_MESSAGE_LENGTH ? `${text.slice(0, SERVER_MESSAGE_LENGTH)}…` : text;
}

function parseShouldRetry(value: string | undefined): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

function resolveTopUpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const resolved = new URL(url, RESAYIL_WEB_ORIGIN);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

function redactFieldErrors(
  errors: Record<string, string[]> | undefined,
  secrets: readonly string[],
): Record<string, string[]> | undefined {
  if (!errors) return undefined;
  return redactValue(errors, secrets) as Record<string, string[]>;
}
