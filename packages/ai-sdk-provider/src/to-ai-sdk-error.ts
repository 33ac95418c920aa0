import { APICallError, InvalidArgumentError, LoadAPIKeyError } from '@ai-sdk/provider';
import {
  APIError,
  InsufficientCreditsError,
  InvalidRequestError,
  MissingApiKeyError,
  RESAYIL_TOP_UP_URL,
  RateLimitError,
  ResayilError,
  UserAbortError,
} from '@resayil/core';

/** What the error of one call is reported with. */
export interface CallContext {
  /** The endpoint the call went to. */
  url: string;
  /** The request body (it never holds the key: that travels in a header). */
  requestBodyValues: unknown;
  /** The caller's abort signal. */
  abortSignal: AbortSignal | undefined;
}

/**
 * Puts an error from core into the AI SDK's terms, so that its retries and UI treat it right:
 *
 * - an abort (the caller's signal, `UserAbortError`) becomes an `AbortError`, which the AI SDK
 *   treats as a stop, not a failure;
 * - no key becomes `LoadAPIKeyError`; a request core refused to send, `InvalidArgumentError`;
 * - every other core error becomes an `APICallError` with core's typed error as `cause`,
 *   `statusCode`, the response body, and `isRetryable` as core decided it: 429, 5xx and lost
 *   connections before the reply started yes; 4xx no; anything after the first byte never. A rate
 *   limit's delay is exposed as a `retry-after-ms` header, which the AI SDK's retry waits for.
 *
 * Messages are core's: they name the cause and the fix and never contain the key.
 */
export function toAISDKError(error: unknown, context: CallContext): unknown {
  if (context.abortSignal?.aborted || UserAbortError.isInstance(error)) {
    return abortError(context.abortSignal, error);
  }
  if (!ResayilError.isInstance(error)) return error;
  // `as unknown`: several classes are structurally alike, so a type guard on `error` itself would
  // narrow the rest of this function to `never`.
  if (MissingApiKeyError.isInstance(error as unknown)) return new LoadAPIKeyError({ message: error.message });
  const invalid = InvalidRequestError.isInstance(error as unknown)
    ? (error as InvalidRequestError)
    : undefined;
  if (invalid)
    return new InvalidArgumentError({ argument: invalid.field, message: invalid.message, cause: invalid });
  const api = APIError.isInstance(error as unknown) ? (error as APIError) : undefined;
  const retryAfterMs = RateLimitError.isInstance(error as unknown)
    ? (error as RateLimitError).retryAfterMs
    : undefined;
  const credits = InsufficientCreditsError.isInstance(error as unknown)
    ? (error as InsufficientCreditsError)
    : undefined;
  return new APICallError({
    message: error.message,
    url: context.url,
    requestBodyValues: context.requestBodyValues,
    ...(error.status === undefined ? {} : { statusCode: error.status }),
    ...(retryAfterMs === undefined ? {} : { responseHeaders: { 'retry-after-ms': String(retryAfterMs) } }),
    ...(api?.body === undefined ? {} : { responseBody: JSON.stringify(api.body) }),
    isRetryable: error.retryable,
    cause: error,
    data: {
      name: error.name,
      ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
      ...(credits ? { topUpUrl: credits.topUpUrl ?? RESAYIL_TOP_UP_URL } : {}),
    },
  });
}

function abortError(signal: AbortSignal | undefined, cause: unknown): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const error = new DOMException('The request to the gateway was aborted.', 'AbortError');
  Object.defineProperty(error, 'cause', { value: reason ?? cause, enumerable: false });
  return error;
}
