import { ContextOverflowError, getRetryable } from '@langchain/core/errors';
import {
  AuthenticationError,
  InsufficientCreditsError,
  MissingApiKeyError,
  NotFoundError,
  PermissionDeniedError,
  StreamEventError,
  TimeoutError,
  ValidationError,
} from '@resayil/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collect } from '../test/support/collect.ts';
import { EMULATOR_PROFILES, TEST_KEY } from '@resayil-internal/test-support/emulator';
import { useChatResayil } from '../test/support/use-chat-resayil.ts';
import { ChatResayil } from './chat-resayil.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe.each(EMULATOR_PROFILES)('errors against the %s profile', (profile) => {
  const fixture = useChatResayil(profile);

  it.each([
    [400, ValidationError],
    [402, InsufficientCreditsError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
  ])('does not retry %i', async (status, errorClass) => {
    fixture.emulator.enqueue({ fault: { type: 'status', status } });
    const error = await fixture
      .model({ maxRetries: 3 })
      .invoke('hello')
      .catch((e: unknown) => e);
    expect(errorClass.isInstance(error)).toBe(true);
    expect(getRetryable(error)).toBe(false);
    expect(fixture.emulator.requests).toHaveLength(1);
  });

  it('does not retry a rejected key, and never shows it', async () => {
    const wrongKey = 'rsk-wrong-99999999999999999999';
    const model = new ChatResayil({ apiKey: wrongKey, baseURL: fixture.emulator.url, maxRetries: 3 });
    const error = await model.invoke('hello').catch((e: unknown) => e);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ lc_error_code: 'MODEL_AUTHENTICATION' });
    expect(fixture.emulator.requests).toHaveLength(1);
    expect(String(error) + JSON.stringify(error) + (error as Error).stack).not.toContain(wrongKey);
  });

  it('retries a 429, waiting as the gateway asked', async () => {
    fixture.emulator.enqueue({ fault: { type: 'status', status: 429, bodyRetryAfter: 0, retryAfter: 0 } });
    const reply = await fixture.model({ maxRetries: 2 }).invoke('hello');
    expect(reply.text).toContain('hello');
    expect(fixture.emulator.requests.map((request) => request.status)).toEqual([429, 200]);
  });

  it('retries a 503 for stream() too, before any token arrives', async () => {
    fixture.emulator.enqueue({ fault: { type: 'status', status: 503 } });
    const { message } = await collect(await fixture.model({ maxRetries: 2 }).stream('hello'));
    expect(message.text).toContain('hello');
    expect(fixture.emulator.requests.map((request) => request.status)).toEqual([503, 200]);
  });

  it('honours a per-call maxRetries', async () => {
    fixture.emulator.enqueue({ fault: { type: 'status', status: 503 } });
    await expect(fixture.model({ maxRetries: 4 }).invoke('hello', { maxRetries: 0 })).rejects.toThrow();
    expect(fixture.emulator.requests).toHaveLength(1);
  });

  it('reports a context overflow as ContextOverflowError, not retried', async () => {
    const body =
      profile === 'anthropic'
        ? {
            type: 'error',
            error: {
              type: 'invalid_request_error',
              message: 'prompt is too long: 270000 tokens > 262144 maximum',
            },
          }
        : { error: { message: 'the input length exceeds the context length', code: 400 } };
    fixture.emulator.enqueue({ fault: { type: 'status', status: 400, body } });
    const error = await fixture
      .model({ maxRetries: 3 })
      .invoke('hello')
      .catch((e: unknown) => e);
    expect(ContextOverflowError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ lc_error_code: 'CONTEXT_OVERFLOW' });
    expect(fixture.emulator.requests).toHaveLength(1);
  });

  it('does not retry an error event after the stream started', async () => {
    fixture.emulator.enqueue({
      fault: { type: 'error_event', afterEvents: 4, errorType: 'overloaded_error' },
    });
    const error = await collect(await fixture.model({ maxRetries: 3 }).stream('hello')).catch(
      (e: unknown) => e,
    );
    expect(StreamEventError.isInstance(error)).toBe(true);
    expect(fixture.emulator.requests).toHaveLength(1);
  });

  it.each(['invoke', 'stream'] as const)(
    'totalTimeout ends %s() when the reply is only keep-alive pings: a TimeoutError naming it, not retried',
    async (method) => {
      fixture.emulator.enqueue({ fault: { type: 'keepalive', intervalMs: 20 } });
      const model = fixture.model({ maxRetries: 3, idleTimeout: 60_000, totalTimeout: 600 });
      const call = method === 'invoke' ? model.invoke('hello') : model.stream('hello').then(collect);
      const error = await call.catch((e: unknown) => e);
      expect(TimeoutError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ kind: 'total', timeoutMs: 600 });
      expect((error as Error).message).toContain('`totalTimeout` of 600 ms');
      expect(getRetryable(error)).toBe(false);
      expect(fixture.emulator.requests).toHaveLength(1);
      // The client closed the connection: the gateway stops sending.
      await fixture.emulator.waitForDisconnect(fixture.emulator.requests[0]?.id ?? '', 3_000);
    },
  );

  it('reports a missing key on the first call, without a request', async () => {
    vi.stubEnv('RESAYIL_API_KEY', '');
    const model = new ChatResayil({ baseURL: fixture.emulator.url, maxRetries: 3 });
    await expect(model.invoke('hello')).rejects.toSatisfy((e: unknown) => MissingApiKeyError.isInstance(e));
    expect(fixture.emulator.requests).toHaveLength(0);
  });

  it('reads the key from RESAYIL_API_KEY', async () => {
    vi.stubEnv('RESAYIL_API_KEY', TEST_KEY);
    const reply = await new ChatResayil({ baseURL: fixture.emulator.url }).invoke('hello');
    expect(reply.text).toContain('hello');
  });
});
