import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../../test/support/any-json.ts';
import { chatBody, messagesBody, postJson } from '../../test/support/http-client.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

const step = (fault: unknown) => ({ 'x-resayil-emulator': JSON.stringify({ fault }) });

describe('status faults, anthropic profile', () => {
  const emulator = withEmulator({ profile: 'anthropic' });
  const url = () => `${emulator.current.url}/v1/messages`;

  it.each([
    [400, 'invalid_request_error'],
    [401, 'authentication_error'],
    [402, 'billing_error'],
    [403, 'permission_error'],
    [404, 'not_found_error'],
    [413, 'request_too_large'],
    [429, 'rate_limit_error'],
    [500, 'api_error'],
    [504, 'timeout_error'],
    [529, 'overloaded_error'],
  ])('a %i gets the official body with error type %s', async (status, type) => {
    const res = await postJson(url(), messagesBody('Hi'), step({ type: 'status', status }));
    expect(res.status).toBe(status);
    expect(res.headers.get('request-id')).toMatch(/^req_/u);
    const body = (await res.json()) as AnyJson;
    expect(body).toEqual({
      type: 'error',
      error: { type, message: expect.any(String) },
      request_id: res.headers.get('request-id'),
    });
  });

  it('sets Retry-After and retry-after-ms when asked, and extra headers', async () => {
    const res = await postJson(
      url(),
      messagesBody('Hi'),
      step({
        type: 'status',
        status: 429,
        retryAfter: 7,
        retryAfterMs: 1500,
        headers: { 'X-Should-Retry': 'true' },
      }),
    );
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('retry-after-ms')).toBe('1500');
    expect(res.headers.get('x-should-retry')).toBe('true');
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
  });

  it('sends a given body verbatim', async () => {
    const res = await postJson(
      url(),
      messagesBody('Hi'),
      step({ type: 'status', status: 418, body: { custom: true } }),
    );
    expect(res.status).toBe(418);
    expect(await res.json()).toEqual({ custom: true });
    const text = await postJson(
      url(),
      messagesBody('Hi'),
      step({ type: 'status', status: 502, body: '<html>Bad gateway</html>' }),
    );
    expect(await text.text()).toBe('<html>Bad gateway</html>');
  });

  it('uses the OpenAI body shape on the chat route', async () => {
    const res = await postJson(
      `${emulator.current.url}/v1/chat/completions`,
      chatBody('Hi'),
      step({ type: 'status', status: 429 }),
    );
    expect(await res.json()).toEqual({
      error: {
        message: expect.any(String),
        type: 'rate_limit_error',
        param: null,
        code: 'rate_limit_exceeded',
      },
    });
  });
});

describe('status faults, resayil profile', () => {
  const emulator = withEmulator({ profile: 'resayil' });
  const url = () => `${emulator.current.url}/v1/chat/completions`;
  const fault = async (status: number, extra: Record<string, unknown> = {}) => {
    const res = await postJson(
      url(),
      chatBody('Hi', { model: 'glm-5.1' }),
      step({ type: 'status', status, ...extra }),
    );
    return { status: res.status, headers: res.headers, body: (await res.json()) as AnyJson };
  };

  it('401 is the flat Laravel body', async () => {
    expect((await fault(401)).body).toEqual({ message: 'Unauthenticated.', error: 'Invalid API key.' });
  });

  it('402 carries top_up_url and current_credits', async () => {
    expect((await fault(402)).body).toEqual({
      error: { message: 'Insufficient credits', code: 402 },
      top_up_url: '/dashboard/topup',
      current_credits: 0,
    });
  });

  it('404 names the requested model', async () => {
    expect((await fault(404)).body).toEqual({ error: { message: "Model 'glm-5.1' not found.", code: 404 } });
  });

  it('422 is the validation body', async () => {
    const { status, body } = await fault(422);
    expect(status).toBe(422);
    expect(body).toMatchObject({ message: 'Validation failed.', errors: expect.any(Object) });
  });

  it('429 has body retry_after and X-RateLimit headers but no Retry-After header', async () => {
    const { headers, body } = await fault(429, { bodyRetryAfter: 12 });
    expect(body).toEqual({ error: { message: 'Rate limit exceeded', code: 429 }, retry_after: 12 });
    expect(headers.get('retry-after')).toBeNull();
    expect(headers.get('x-ratelimit-limit')).toBe('10');
    expect(headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(headers.get('x-ratelimit-reset'))).toBeGreaterThan(1_700_000_000);
  });

  it('500 and 503 are the gateway bodies', async () => {
    expect((await fault(500)).body).toEqual({ message: 'Server error.' });
    expect((await fault(503)).body).toEqual({
      error: { message: 'Failed to connect to Ollama service', code: 503 },
    });
  });

  it('sends no request-id header (the gateway has none)', async () => {
    expect((await fault(503)).headers.get('request-id')).toBeNull();
  });
});
