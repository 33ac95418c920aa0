import { describe, expect, it } from 'vitest';
import { APIError } from './api-error.ts';
import { AuthenticationError } from './authentication-error.ts';
import { ConflictError } from './conflict-error.ts';
import { createAPIError } from './create-api-error.ts';
import { InsufficientCreditsError } from './insufficient-credits-error.ts';
import { ModelCapabilityError } from './model-capability-error.ts';
import { NotFoundError } from './not-found-error.ts';
import { OverloadedError } from './overloaded-error.ts';
import { PermissionDeniedError } from './permission-denied-error.ts';
import { RateLimitError } from './rate-limit-error.ts';
import { RequestTimeoutError } from './request-timeout-error.ts';
import { RequestTooLargeError } from './request-too-large-error.ts';
import { UnexpectedResponseError } from './unexpected-response-error.ts';
import { UpstreamUnavailableError } from './upstream-unavailable-error.ts';
import { ValidationError } from './validation-error.ts';

// Each HTTP status, through createAPIError: the class, its name, whether it is retried, and a
// message that names the status, the cause and the fix.

const json = { 'content-type': 'application/json' };
const fromStatus = (status: number, body: unknown = {}, headers: Record<string, string> = json) =>
  createAPIError({ status, headers, bodyText: typeof body === 'string' ? body : JSON.stringify(body) });

describe('createAPIError: one class per status', () => {
  it.each([
    [400, ValidationError, false, 'rejected the request as invalid (400)'],
    [401, AuthenticationError, false, '401'],
    [402, InsufficientCreditsError, false, 'Insufficient credits (402)'],
    [
      403,
      PermissionDeniedError,
      false,
      'Permission denied (403): this API key may not use this model or endpoint',
    ],
    [404, NotFoundError, false, 'Not found (404): the gateway has no such endpoint or resource'],
    [405, APIError, false, 'The gateway rejected the request (405). Check the base URL, the endpoint'],
    [
      408,
      RequestTimeoutError,
      true,
      'Request timeout (408): the gateway timed out while receiving the request',
    ],
    [409, ConflictError, true, 'Conflict (409): the gateway could not complete the request'],
    [
      413,
      RequestTooLargeError,
      false,
      "Request too large (413): the request body exceeds the gateway's size limit",
    ],
    [422, ValidationError, false, 'rejected the request as invalid (422)'],
    [429, RateLimitError, true, 'Rate limited (429): too many requests for this account. Wait a little and'],
    [500, UpstreamUnavailableError, true, 'The gateway or its model backend is unavailable (500)'],
    [503, UpstreamUnavailableError, true, 'unavailable (503)'],
    [
      529,
      OverloadedError,
      true,
      'The model is overloaded (529): the gateway has no capacity for it right now',
    ],
  ] as const)('%i is a %o, retried: %s', (status, Class, retryable, text) => {
    const error = fromStatus(status);
    expect(Class.isInstance(error)).toBe(true);
    expect(error.name).toBe(Class.errorName);
    expect(Class.errorName).toBe(Class.name);
    expect(error.retryable).toBe(retryable);
    expect(error.status).toBe(status);
    expect(error.message).toContain(text);
  });

  it('an error type in the body overrides the status: overloaded_error and billing_error', () => {
    expect(OverloadedError.isInstance(fromStatus(500, { error: { type: 'overloaded_error' } }))).toBe(true);
    const billing = fromStatus(400, { error: { type: 'billing_error', message: 'no money' } });
    expect(InsufficientCreditsError.isInstance(billing)).toBe(true);
    expect(billing.message).toContain('Top up at https://llm.resayil.io/dashboard/topup');
  });

  it('x-should-retry overrides the default retryability both ways', () => {
    expect(fromStatus(500, {}, { ...json, 'x-should-retry': 'false' }).retryable).toBe(false);
    expect(fromStatus(400, {}, { ...json, 'x-should-retry': 'true' }).retryable).toBe(true);
    expect(fromStatus(500, {}, { ...json, 'x-should-retry': 'maybe' }).retryable).toBe(true);
  });

  it('a 3xx or a 2xx is an UnexpectedResponseError, never retried', () => {
    for (const status of [200, 302]) {
      const error = fromStatus(status, '<html>hi</html>', { 'content-type': 'text/html' });
      expect(UnexpectedResponseError.isInstance(error)).toBe(true);
      expect(error.retryable).toBe(false);
    }
  });
});

describe('createAPIError: what the message repeats from the body', () => {
  it("the gateway's message, with the request id, composed after the headline", () => {
    const error = fromStatus(403, { error: { message: 'Model locked' }, request_id: 'req_9' }) as APIError;
    expect(error.message).toMatch(/\. The gateway said: "Model locked"\. \(request id req_9\)$/);
    expect(fromStatus(403).message).not.toContain('The gateway said');
    expect(fromStatus(403).message).not.toContain('request id');
  });

  it('a text body that is not JSON is the server message; a blank one is none', () => {
    const text = createAPIError({ status: 500, headers: {}, bodyText: 'upstream connect error' }) as APIError;
    expect(text.serverMessage).toBe('upstream connect error');
    expect(text.body).toBe('upstream connect error');
    const blank = createAPIError({ status: 500, headers: {}, bodyText: '   ' }) as APIError;
    expect(blank.serverMessage).toBeUndefined();
    expect(blank.body).toBe('');
    const broken = createAPIError({ status: 500, headers: json, bodyText: '{"error":' }) as APIError;
    expect(broken.serverMessage).toBe('{"error":');
  });

  it('cuts the server message after 300 characters', () => {
    const exact = 'x'.repeat(300);
    expect((fromStatus(500, { message: exact }) as APIError).serverMessage).toBe(exact);
    expect((fromStatus(500, { message: `${exact}yz` }) as APIError).serverMessage).toBe(`${exact}…`);
  });

  it('joins the top-level and nested messages once each, trimmed, skipping blank ones', () => {
    const both = fromStatus(401, {
      message: ' Unauthenticated. ',
      error: { message: 'Bad key' },
    }) as APIError;
    expect(both.serverMessage).toBe('Unauthenticated. Bad key');
    const same = fromStatus(401, { message: 'Bad key', error: { message: ' Bad key ' } }) as APIError;
    expect(same.serverMessage).toBe('Bad key');
    const blank = fromStatus(401, { message: '  ', error: 'Bad key' }) as APIError;
    expect(blank.serverMessage).toBe('Bad key');
    expect((fromStatus(401, { message: ' ' }) as APIError).serverMessage).toBeUndefined();
  });

  it('reads the error type from error.type, else a string or finite number error.code', () => {
    const type = (body: unknown) => (fromStatus(418, body) as APIError).errorType;
    expect(type({ error: { type: 'teapot_error', code: 7 } })).toBe('teapot_error');
    expect(type({ error: { type: '', code: 'short_and_stout' } })).toBe('short_and_stout');
    expect(type({ error: { code: 418 } })).toBe('418');
    expect(type({ error: { code: Number.MAX_VALUE * 0 } })).toBe('0');
    expect(type({ error: { code: true } })).toBeUndefined();
    expect(type({ error: 'flat' })).toBeUndefined();
    const infinite = createAPIError({ status: 418, headers: json, bodyText: '{"error":{"code":1e999}}' });
    expect((infinite as APIError).errorType).toBeUndefined();
  });

  it('keeps a JSON body as data, nulls included, with the secrets removed; ignores a message that is not text', () => {
    const key = 'sk-body-0123456789abcdef';
    const error = createAPIError({
      status: 400,
      headers: json,
      bodyText: JSON.stringify({
        error: { message: 42, type: 'invalid_request_error' },
        echo: key,
        none: null,
      }),
      secrets: [key],
    }) as APIError;
    expect(error.body).toEqual({
      error: { message: 42, type: 'invalid_request_error' },
      echo: '[redacted]',
      none: null,
    });
    expect(error.serverMessage).toBeUndefined();
    expect(error.errorType).toBe('invalid_request_error');
  });

  it('402: current credits as a number or numeric string, and a top-up URL only when it is an http(s) URL', () => {
    const credits = (body: unknown) => fromStatus(402, body) as InsufficientCreditsError;
    expect(credits({ current_credits: '1.5' }).currentCredits).toBe(1.5);
    expect(credits({ current_credits: '1.5' }).message).toContain(
      'the Resayil balance is too low for this request (current credits: 1.5)',
    );
    expect(credits({ current_credits: 2 }).currentCredits).toBe(2);
    for (const value of [' ', 'lots', null, true])
      expect(credits({ current_credits: value }).currentCredits).toBeUndefined();
    expect(credits({}).message).toContain('too low for this request. Top up');
    expect(credits({ top_up_url: '/billing' }).topUpUrl).toBe('https://llm.resayil.io/billing');
    expect(credits({ top_up_url: 'http://pay.example/x' }).topUpUrl).toBe('http://pay.example/x');
    expect(credits({ top_up_url: 'javascript:alert(1)' }).topUpUrl).toBeUndefined();
    expect(credits({ top_up_url: 'http://[' }).topUpUrl).toBeUndefined();
    expect(credits({ top_up_url: 42 }).topUpUrl).toBeUndefined();
  });

  it('422: field errors as lists, a single message made a list, empty ones dropped; the first three named', () => {
    const error = fromStatus(422, {
      message: 'Invalid.',
      errors: { model: ['is required'], max_tokens: 'too big', a: null, b: ['x', 'y'], c: ['z'] },
    }) as ValidationError;
    expect(error.errors).toEqual({
      model: ['is required'],
      max_tokens: ['too big'],
      b: ['x', 'y'],
      c: ['z'],
    });
    expect(error.message).toContain(
      'invalid (422) (model: is required; max_tokens: too big; b: x y and 1 more). Fix the request parameters',
    );
    const three = fromStatus(422, { errors: { a: ['1'], b: ['2'], c: ['3'] } });
    expect(three.message).toContain('(422) (a: 1; b: 2; c: 3). Fix');
    expect(fromStatus(422, { errors: {} }).message).toContain('invalid (422). Fix');
    expect((fromStatus(400, { errors: 'none' }) as ValidationError).errors).toBeUndefined();
  });

  it('400 "does not support image / document / pdf input" is a ModelCapabilityError naming the model', () => {
    const capability = (message: string) => fromStatus(400, { error: { message } });
    const image = capability("Model 'llava:7b' does not support image input");
    expect(ModelCapabilityError.isInstance(image)).toBe(true);
    expect(image).toMatchObject({ model: 'llava:7b', capability: 'images', retryable: false });
    expect(capability("model 'x' does not support PDF input")).toMatchObject({ capability: 'documents' });
    expect(capability("model 'x' does not support document input")).toMatchObject({
      capability: 'documents',
    });
    expect(ValidationError.isInstance(capability('does not support image input'))).toBe(true);
    const other = fromStatus(422, { error: { message: "Model 'x' does not support image input" } });
    expect(ValidationError.isInstance(other)).toBe(true);
  });

  it('404 names a missing model when the gateway says so', () => {
    const model = fromStatus(404, { error: { message: 'model "nope" not found' } }) as NotFoundError;
    expect(model.modelNotFound).toBe(true);
    expect(model.message).toContain('Model not found (404): the gateway does not serve this model id');
    const other = fromStatus(404, { error: { message: 'No route' } }) as NotFoundError;
    expect(other.modelNotFound).toBe(false);
    expect((fromStatus(404) as NotFoundError).modelNotFound).toBe(false);
  });

  it('429 says how long to wait when the gateway did', () => {
    expect(fromStatus(429, {}, { ...json, 'retry-after': '3' }).message).toContain(
      'Wait 3 s as the gateway asked and send the request again',
    );
    expect(fromStatus(429, {}, { ...json, 'retry-after-ms': '10' }).message).toContain('Wait 1 s as');
  });
});
