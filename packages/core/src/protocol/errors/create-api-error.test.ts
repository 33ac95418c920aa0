import { describe, expect, it } from 'vitest';
import { APIError } from './api-error.ts';
import { AuthenticationError } from './authentication-error.ts';
import { ConflictError } from './conflict-error.ts';
import { ModelCapabilityError } from './model-capability-error.ts';
import { createAPIError, type APIErrorInput } from './create-api-error.ts';
import { InsufficientCreditsError } from './insufficient-credits-error.ts';
import { NotFoundError } from './not-found-error.ts';
import { OverloadedError } from './overloaded-error.ts';
import { PermissionDeniedError } from './permission-denied-error.ts';
import { RateLimitError } from './rate-limit-error.ts';
import { RequestTimeoutError } from './request-timeout-error.ts';
import { RequestTooLargeError } from './request-too-large-error.ts';
import type { ResayilError } from './resayil-error.ts';
import { UnexpectedResponseError } from './unexpected-response-error.ts';
import { UpstreamUnavailableError } from './upstream-unavailable-error.ts';
import { ValidationError } from './validation-error.ts';

const KEY = 'f3b9c0d1e2a34b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e';
const json = { 'content-type': 'application/json' };

/** Creates the error with the key in `secrets`, and checks that the key appears nowhere in it. */
function make(input: Omit<APIErrorInput, 'secrets'>): ResayilError {
  const error = createAPIError({ ...input, secrets: [KEY] });
  expect(error.message).not.toContain(KEY);
  expect(JSON.stringify((error as APIError).body ?? null)).not.toContain(KEY);
  expect(JSON.stringify(error)).not.toContain(KEY);
  return error;
}

describe('createAPIError', () => {
  it('401 flat Resayil body → AuthenticationError naming the cause and the fix', () => {
    const error = make({
      status: 401,
      headers: json,
      bodyText: JSON.stringify({ message: 'Unauthenticated.', error: `Invalid API key ${KEY}.` }),
    });
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, retryable: false, name: 'AuthenticationError' });
    expect(error.message).toContain('RESAYIL_API_KEY');
    expect(error.message).toContain('https://llm.resayil.io/dashboard');
    expect(error.message).toContain('Unauthenticated. Invalid API key [redacted].');
  });

  it('401 official body → AuthenticationError with the request id from the body', () => {
    const error = make({
      status: 401,
      headers: json,
      bodyText: JSON.stringify({
        type: 'error',
        error: { type: 'authentication_error', message: 'invalid x-api-key' },
        request_id: 'req_011',
      }),
    });
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ requestId: 'req_011', errorType: 'authentication_error' });
    expect(error.message).toContain('req_011');
  });

  it('402 → InsufficientCreditsError with an absolute top-up URL and the balance', () => {
    const error = make({
      status: 402,
      headers: json,
      bodyText: JSON.stringify({
        error: { message: 'Insufficient credits', code: 402 },
        top_up_url: '/dashboard/topup',
        current_credits: 0,
      }),
    }) as InsufficientCreditsError;
    expect(InsufficientCreditsError.isInstance(error)).toBe(true);
    expect(error.topUpUrl).toBe('https://llm.resayil.io/dashboard/topup');
    expect(error.currentCredits).toBe(0);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('current credits: 0');
    expect(error.message).toContain('Top up at https://llm.resayil.io/dashboard/topup');
  });

  it('402 without details still says where to top up', () => {
    const error = make({ status: 402, headers: {}, bodyText: '' }) as InsufficientCreditsError;
    expect(error.topUpUrl).toBeUndefined();
    expect(error.message).toContain('https://llm.resayil.io/dashboard/topup');
  });

  it('403 → PermissionDeniedError', () => {
    const error = make({
      status: 403,
      headers: json,
      bodyText: JSON.stringify({
        error: { message: 'You do not have permission to use this model.', code: 403 },
      }),
    });
    expect(PermissionDeniedError.isInstance(error)).toBe(true);
    expect(error.retryable).toBe(false);
  });

  it('404 for a model → NotFoundError telling to list models', () => {
    const error = make({
      status: 404,
      headers: json,
      bodyText: JSON.stringify({ error: { message: "Model 'gemma3:27b' not found.", code: 404 } }),
    }) as NotFoundError;
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(error.modelNotFound).toBe(true);
    expect(error.message).toContain('`resayil models`');
    expect(error.serverMessage).toBe("Model 'gemma3:27b' not found.");
  });

  it('404 for a path → NotFoundError telling to check the base URL', () => {
    const error = make({
      status: 404,
      headers: { 'Content-Type': 'text/html' },
      bodyText: '<h1>Not Found</h1>',
    });
    expect((error as NotFoundError).modelNotFound).toBe(false);
    expect(error.message).toContain('base URL');
  });

  it('422 → ValidationError with the field errors and the body message', () => {
    const error = make({
      status: 422,
      headers: json,
      bodyText: JSON.stringify({
        message: 'Validation failed.',
        errors: { 'messages.0.content': ['The messages.0.content field is required.'], model: ['Required.'] },
      }),
    }) as ValidationError;
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error.errors).toEqual({
      'messages.0.content': ['The messages.0.content field is required.'],
      model: ['Required.'],
    });
    expect(error.message).toContain('messages.0.content: The messages.0.content field is required.');
    expect(error.message).toContain('Validation failed.');
  });

  it('400 "does not support image input" → ModelCapabilityError naming the model', () => {
    const error = make({
      status: 400,
      headers: json,
      bodyText: JSON.stringify({
        error: { message: "Model 'GLM-5.1' does not support image input", code: 400 },
      }),
    });
    expect(ModelCapabilityError.isInstance(error)).toBe(true);
    expect(error.message).toContain('"GLM-5.1" cannot read images');
  });

  it('any other 400 → ValidationError', () => {
    const error = make({
      status: 400,
      headers: json,
      bodyText: JSON.stringify({ error: { message: 'messages: Field required', code: 400 } }),
    });
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error.message).toContain('messages: Field required');
  });

  it('408 → RequestTimeoutError, retryable', () => {
    const error = make({ status: 408, headers: {}, bodyText: '' });
    expect(RequestTimeoutError.isInstance(error)).toBe(true);
    expect(error.retryable).toBe(true);
  });

  it('409 → ConflictError, retryable', () => {
    const error = make({
      status: 409,
      headers: json,
      bodyText: JSON.stringify({ type: 'error', error: { type: 'conflict_error', message: 'Conflict' } }),
    });
    expect(ConflictError.isInstance(error)).toBe(true);
    expect(error.retryable).toBe(true);
  });

  it('413 → RequestTooLargeError', () => {
    const error = make({
      status: 413,
      headers: json,
      bodyText: JSON.stringify({
        type: 'error',
        error: { type: 'request_too_large', message: 'Request exceeds the maximum size' },
      }),
    });
    expect(RequestTooLargeError.isInstance(error)).toBe(true);
    expect(error.retryable).toBe(false);
  });

  it('429 Resayil body → RateLimitError with the delay from retry_after (no Retry-After header)', () => {
    const error = make({
      status: 429,
      headers: { ...json, 'X-RateLimit-Limit': '10', 'X-RateLimit-Remaining': '0' },
      bodyText: JSON.stringify({ error: { message: 'Rate limit exceeded', code: 429 }, retry_after: 37 }),
    }) as RateLimitError;
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.retryAfterMs).toBe(37_000);
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('Wait 37 s');
  });

  it('429 with retry-after-ms, retry-after seconds and an HTTP date (with now)', () => {
    const ms = make({
      status: 429,
      headers: new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }),
      bodyText: '',
    });
    expect((ms as RateLimitError).retryAfterMs).toBe(1500);
    const seconds = make({ status: 429, headers: { 'Retry-After': '2' }, bodyText: '' });
    expect((seconds as RateLimitError).retryAfterMs).toBe(2000);
    const now = Date.parse('2026-11-24T10:00:00Z');
    const date = make({
      status: 429,
      headers: { 'retry-after': 'Tue, 24 Nov 2026 10:00:30 GMT' },
      bodyText: '',
      now,
    });
    expect((date as RateLimitError).retryAfterMs).toBe(30_000);
    const noNow = make({
      status: 429,
      headers: { 'retry-after': 'Tue, 24 Nov 2026 10:00:30 GMT' },
      bodyText: '',
    });
    expect((noNow as RateLimitError).retryAfterMs).toBeUndefined();
  });

  it('529 → OverloadedError, retryable', () => {
    const error = make({
      status: 529,
      headers: { ...json, 'request-id': 'req_hdr' },
      bodyText: JSON.stringify({
        type: 'error',
        error: { type: 'overloaded_error', message: 'Overloaded' },
        request_id: 'req_body',
      }),
    });
    expect(OverloadedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryable: true, requestId: 'req_hdr', status: 529 });
  });

  it('an overloaded_error body on another status → OverloadedError', () => {
    const error = make({
      status: 503,
      headers: json,
      bodyText: JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message: 'busy' } }),
    });
    expect(OverloadedError.isInstance(error)).toBe(true);
  });

  it('500 {"message":"Server error."} → UpstreamUnavailableError, retryable', () => {
    const error = make({ status: 500, headers: json, bodyText: '{"message":"Server error."}' });
    expect(UpstreamUnavailableError.isInstance(error)).toBe(true);
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('Server error.');
  });

  it('503 Resayil body and a 502 Cloudflare HTML page → UpstreamUnavailableError', () => {
    const resayil = make({
      status: 503,
      headers: { ...json, 'x-request-id': 'abc' },
      bodyText: JSON.stringify({ error: { message: 'Failed to connect to Ollama service', code: 503 } }),
    });
    expect(UpstreamUnavailableError.isInstance(resayil)).toBe(true);
    expect(resayil).toMatchObject({ requestId: 'abc', errorType: '503' });
    const html = make({
      status: 502,
      headers: { 'content-type': 'text/html' },
      bodyText:
        '<html><head><title>502 Bad Gateway</title></head><body><center>cloudflare</center></body></html>',
    });
    expect(UpstreamUnavailableError.isInstance(html)).toBe(true);
    expect(html.message).toContain('502 Bad Gateway cloudflare');
    expect(html.message).not.toContain('<');
  });

  it('a 302 redirect → UnexpectedResponseError with the location and the fix', () => {
    const error = make({
      status: 302,
      headers: { location: 'https://llm.resayil.io/login', 'content-type': 'text/html; charset=UTF-8' },
      bodyText:
        '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=\'https://llm.resayil.io/login\'" /></head></html>',
    }) as UnexpectedResponseError;
    expect(UnexpectedResponseError.isInstance(error)).toBe(true);
    expect(error.location).toBe('https://llm.resayil.io/login');
    expect(error.contentType).toBe('text/html; charset=UTF-8');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('redirect');
    expect(error.message).toContain('Accept: application/json');
  });

  it('any other status → APIError, not retryable unless x-should-retry says so', () => {
    const plain = make({ status: 405, headers: {}, bodyText: 'Method Not Allowed' });
    expect(plain.constructor).toBe(APIError);
    expect(plain).toMatchObject({ status: 405, retryable: false, serverMessage: 'Method Not Allowed' });
    const forced = make({ status: 405, headers: { 'x-should-retry': 'true' }, bodyText: '' });
    expect(forced.retryable).toBe(true);
    const vetoed = make({ status: 503, headers: { 'x-should-retry': 'false' }, bodyText: '' });
    expect(vetoed.retryable).toBe(false);
  });

  it('redacts the key, Bearer tokens and x-api-key values everywhere, even echoed in field errors', () => {
    const error = make({
      status: 422,
      headers: json,
      bodyText: JSON.stringify({
        message: `Header was Authorization: Bearer ${KEY}`,
        errors: { [KEY]: [`x-api-key: ${KEY}`], other: ['Bearer sk-someone-else'] },
      }),
    }) as ValidationError;
    expect(error.message).toContain('Bearer [redacted]');
    expect(JSON.stringify(error.errors)).toBe(
      JSON.stringify({ '[redacted]': ['x-api-key: [redacted]'], other: ['Bearer [redacted]'] }),
    );
  });

  it('cuts a long server message', () => {
    const error = make({
      status: 500,
      headers: json,
      bodyText: JSON.stringify({ message: 'x'.repeat(2000) }),
    }) as APIError;
    expect(error.serverMessage?.length).toBeLessThanOrEqual(301);
  });
});
