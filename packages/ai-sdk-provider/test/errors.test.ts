import { APICallError, LoadAPIKeyError } from '@ai-sdk/provider';
import { EMULATOR_PROFILES, TEST_KEY } from '@resayil-internal/test-support/emulator';
import { generateText, streamText } from 'ai';
import {
  InsufficientCreditsError,
  RateLimitError,
  StreamEventError,
  TruncatedStreamError,
} from '@resayil/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResayil, resayil } from '../src/index.ts';
import { streamErrors } from './support/stream-parts.ts';
import { TEST_MODEL, useResayilProvider } from './support/use-resayil-provider.ts';

function expectNoKey(error: unknown): void {
  const seen = JSON.stringify(error, Object.getOwnPropertyNames(error as object)) + String(error);
  expect(seen).not.toContain(TEST_KEY);
  const cause = (error as { cause?: unknown }).cause;
  if (cause) expect(String((cause as Error).message)).not.toContain(TEST_KEY);
}

describe.each(EMULATOR_PROFILES)('errors against the %s profile', (profile) => {
  const env = useResayilProvider(profile);

  it('a 402 is an APICallError, not retried, with the top-up link and core error as its cause', async () => {
    env.emulator.enqueue({ fault: { type: 'status', status: 402 } });
    const error = await generateText({ model: env.model(), prompt: 'Hello' }).catch((e: unknown) => e);
    expect(APICallError.isInstance(error)).toBe(true);
    const call = error as APICallError;
    expect(call.statusCode).toBe(402);
    expect(call.isRetryable).toBe(false);
    expect(InsufficientCreditsError.isInstance(call.cause)).toBe(true);
    expect(call.data).toMatchObject({
      name: 'InsufficientCreditsError',
      topUpUrl: expect.stringMatching(/\/dashboard\/topup$/u),
    });
    expect(call.message).toContain('Top up at');
    expect(env.emulator.requests).toHaveLength(1);
    expectNoKey(error);
  });

  it('a 401 is final and names the key problem without showing the key', async () => {
    const error = await generateText({
      model: env.model({ apiKey: 'rsk-wrong-key-0000' }),
      prompt: 'Hello',
      maxRetries: 2,
    }).catch((e: unknown) => e);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).isRetryable).toBe(false);
    expect((error as APICallError).statusCode).toBe(401);
    expect(String(error)).not.toContain('rsk-wrong-key-0000');
    expect(env.emulator.requests).toHaveLength(1);
  });

  it('a 429 is retried by the AI SDK after the delay the gateway asked for, then succeeds', async () => {
    env.emulator.enqueue({ fault: { type: 'status', status: 429, bodyRetryAfter: 1 } });
    const { text } = await generateText({
      model: env.model(),
      prompt: 'Hello',
      maxRetries: 1,
    });
    expect(text).toContain('You wrote: "Hello"');
    expect(env.emulator.requests).toHaveLength(2);
  });

  it('a 429 that persists surfaces as retryable, with core RateLimitError as the cause', async () => {
    env.emulator.enqueue({ fault: { type: 'status', status: 429, retryAfterMs: 10 } });
    const error = await generateText({
      model: env.model(),
      prompt: 'Hello',
      maxRetries: 0,
    }).catch((e: unknown) => e);
    expect((error as APICallError).isRetryable).toBe(true);
    expect(RateLimitError.isInstance((error as APICallError).cause)).toBe(true);
    expect((error as APICallError).responseHeaders?.['retry-after-ms']).toBeDefined();
  });

  it('a 503 before the stream starts is retried by streamText', async () => {
    env.emulator.enqueue({ fault: { type: 'status', status: 503 } });
    const result = streamText({ model: env.model(), prompt: 'Hello', maxRetries: 1 });
    expect(await result.text).toContain('You wrote: "Hello"');
    expect(env.emulator.requests).toHaveLength(2);
  });

  it('a cut stream is an error part with finish reason error, never a clean short answer', async () => {
    env.emulator.enqueue({ fault: { type: 'cut', afterEvents: 6 } });
    const result = streamText({
      model: env.model(),
      prompt: 'Hello there',
      maxRetries: 3,
      onError: () => {},
    });
    const errors = await streamErrors(result.fullStream);
    expect(errors).toHaveLength(1);
    const error = errors[0] as APICallError;
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(false);
    expect(TruncatedStreamError.isInstance(error.cause)).toBe(true);
    expect(await result.finishReason).toBe('error');
    // Never retried after the first byte: the gateway had already generated (and billed) it.
    expect(env.emulator.requests).toHaveLength(1);
    expectNoKey(error);
  });

  it('an error event mid-stream is an error part carrying core StreamEventError', async () => {
    env.emulator.enqueue({ fault: { type: 'error_event', afterEvents: 5, errorType: 'overloaded_error' } });
    const result = streamText({
      model: env.model(),
      prompt: 'Hello there',
      onError: () => {},
    });
    const errors = await streamErrors(result.fullStream);
    expect(errors).toHaveLength(1);
    expect((errors[0] as APICallError).isRetryable).toBe(false);
    expect(StreamEventError.isInstance((errors[0] as APICallError).cause)).toBe(true);
    expect(await result.finishReason).toBe('error');
  });

  it('a 402 on a stream reaches toUIMessageStreamResponse as an error chunk', async () => {
    env.emulator.enqueue({ fault: { type: 'status', status: 402 } });
    const result = streamText({ model: env.model(), prompt: 'Hello', onError: () => {} });
    const body = await result
      .toUIMessageStreamResponse({ onError: (error) => (error as Error).message })
      .text();
    expect(body).toContain('"type":"error"');
    expect(body).toContain('Top up at');
    expect(body).not.toContain(TEST_KEY);
  });
});

describe('the API key', () => {
  const env = useResayilProvider('resayil');
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('comes from RESAYIL_API_KEY, never from ANTHROPIC_API_KEY', async () => {
    vi.stubEnv('RESAYIL_API_KEY', '');
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-should-never-be-sent');
    const error = await generateText({
      model: createResayil({ baseURL: 'http://127.0.0.1:9' })(TEST_MODEL),
      prompt: 'Hello',
    }).catch((e: unknown) => e);
    expect(LoadAPIKeyError.isInstance(error)).toBe(true);
    expect(String((error as Error).message)).toContain('RESAYIL_API_KEY');
    expect(String((error as Error).message)).not.toContain('sk-ant-should-never-be-sent');
  });

  it('the default resayil instance reads RESAYIL_API_KEY and RESAYIL_BASE_URL at each call', async () => {
    vi.stubEnv('RESAYIL_API_KEY', TEST_KEY);
    vi.stubEnv('RESAYIL_BASE_URL', env.emulator.url);
    const { text } = await generateText({ model: resayil(TEST_MODEL), prompt: 'Hello' });
    expect(text).toContain('You wrote: "Hello"');
    expect(env.emulator.requests.at(-1)?.headers['x-api-key']).toBeDefined();
  });
});
