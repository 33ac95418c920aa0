import type { EmulatorFault } from '@resayil/emulator';
import { TEST_KEY } from '@resayil-internal/test-support/emulator';

/** The name of a core error class: what every entry point must surface, each in its own way. */
export type ExpectedError =
  | 'AuthenticationError'
  | 'InsufficientCreditsError'
  | 'PermissionDeniedError'
  | 'NotFoundError'
  | 'ValidationError'
  | 'RequestTimeoutError'
  | 'ConflictError'
  | 'RequestTooLargeError'
  | 'RateLimitError'
  | 'UpstreamUnavailableError'
  | 'OverloadedError'
  | 'UnexpectedResponseError'
  | 'StreamEventError'
  | 'TruncatedStreamError'
  | 'ConnectionError'
  | 'TimeoutError';

/** What a call must come to: a typed error, or the same reply as without the fault. */
export type Expectation = ExpectedError | 'success';

/** One row of the shared table: a fault and what it must give. */
export interface FaultCase {
  name: string;
  /** The fault queued for the call (none: a plain request, e.g. with a rejected key). */
  fault?: EmulatorFault;
  /** Send the key the emulator rejects. */
  rejectedKey?: boolean;
  /** What a streamed call must give. */
  streamed: Expectation;
  /** What a non-streamed call must give. */
  unstreamed: Expectation;
}

const both = (name: string, fault: EmulatorFault, expected: Expectation): FaultCase => ({
  name,
  fault,
  streamed: expected,
  unstreamed: expected,
});

/**
 * Every fault the emulator can inject (and a key it rejects), with what each entry point must
 * give: the one table the whole cross-package matrix runs.
 */
export const FAULT_CASES: readonly FaultCase[] = [
  both('status 400', { type: 'status', status: 400 }, 'ValidationError'),
  both('status 401', { type: 'status', status: 401 }, 'AuthenticationError'),
  both(
    'status 401 whose body echoes the key',
    {
      type: 'status',
      status: 401,
      body: { error: { type: 'authentication_error', message: `Invalid API key: ${TEST_KEY}` } },
    },
    'AuthenticationError',
  ),
  {
    name: 'a key the gateway rejects',
    rejectedKey: true,
    streamed: 'AuthenticationError',
    unstreamed: 'AuthenticationError',
  },
  both('status 402', { type: 'status', status: 402 }, 'InsufficientCreditsError'),
  both('status 403', { type: 'status', status: 403 }, 'PermissionDeniedError'),
  both('status 404', { type: 'status', status: 404 }, 'NotFoundError'),
  both('status 408', { type: 'status', status: 408 }, 'RequestTimeoutError'),
  both('status 409', { type: 'status', status: 409 }, 'ConflictError'),
  both('status 413', { type: 'status', status: 413 }, 'RequestTooLargeError'),
  both('status 422', { type: 'status', status: 422 }, 'ValidationError'),
  both('status 429 with Retry-After', { type: 'status', status: 429, retryAfter: 2 }, 'RateLimitError'),
  both(
    'status 429 with body retry_after',
    { type: 'status', status: 429, bodyRetryAfter: 7 },
    'RateLimitError',
  ),
  both('status 500', { type: 'status', status: 500 }, 'UpstreamUnavailableError'),
  both('status 502', { type: 'status', status: 502 }, 'UpstreamUnavailableError'),
  both('status 503', { type: 'status', status: 503 }, 'UpstreamUnavailableError'),
  both('status 504', { type: 'status', status: 504 }, 'UpstreamUnavailableError'),
  both('status 529', { type: 'status', status: 529 }, 'OverloadedError'),
  both('HTML 302 redirect', { type: 'html_redirect' }, 'UnexpectedResponseError'),
  both(
    'HTML 302 redirect whose Location carries the key (?token=)',
    { type: 'html_redirect', location: 'https://login.example/back', echoKey: 'whole' },
    'UnexpectedResponseError',
  ),
  both('HTML 200 page echoing the key', { type: 'html', echoKey: 'whole' }, 'UnexpectedResponseError'),
  both(
    'status 401 echoing the start of the key',
    { type: 'status', status: 401, echoKey: 'prefix' },
    'AuthenticationError',
  ),
  both(
    'status 401 echoing the key in base64',
    { type: 'status', status: 401, echoKey: 'base64' },
    'AuthenticationError',
  ),
  {
    name: 'error event mid-stream echoing the key',
    fault: { type: 'error_event', afterEvents: 3, echoKey: 'whole' },
    streamed: 'StreamEventError',
    unstreamed: 'OverloadedError',
  },
  both('error status whose body stalls', { type: 'status', status: 500, stallBody: true }, 'TimeoutError'),
  both('HTML 200 page that stalls', { type: 'html', stall: true }, 'TimeoutError'),
  {
    name: 'error event mid-stream',
    fault: { type: 'error_event', afterEvents: 3 },
    streamed: 'StreamEventError',
    // Not streamed, the emulator answers the same overload with its status.
    unstreamed: 'OverloadedError',
  },
  {
    name: 'connection cut mid-body',
    fault: { type: 'cut', afterEvents: 3 },
    streamed: 'TruncatedStreamError',
    unstreamed: 'ConnectionError',
  },
  both('stall mid-body', { type: 'stall', afterEvents: 2 }, 'TimeoutError'),
  both('stall before the first byte', { type: 'stall', afterEvents: 0 }, 'TimeoutError'),
  both('keep-alive pings for ever', { type: 'keepalive', intervalMs: 20 }, 'TimeoutError'),
  both('keep-alive comments for ever', { type: 'keepalive', intervalMs: 20, comments: true }, 'TimeoutError'),
  both('slow tokens', { type: 'slow', tokenIntervalMs: 3 }, 'success'),
  both('tiny TCP writes (split UTF-8 and CRLF)', { type: 'tiny_writes' }, 'success'),
  both('CRLF line ends', { type: 'crlf' }, 'success'),
  both('gzip-encoded body (Content-Encoding: gzip)', { type: 'gzip' }, 'success'),
];
