import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnthropicClient } from '../src/anthropic/index.ts';
import { MissingApiKeyError } from '../src/index.ts';
import { TEST_KEY, useEmulator } from '@resayil-internal/test-support/emulator';
import { ask } from './support/use-gateway.ts';

describe('createAnthropicClient', () => {
  const gateway = useEmulator({ profile: 'anthropic' });
  afterEach(() => vi.unstubAllEnvs());

  it('configures the official SDK for the gateway: base URL, key, anthropic-version 2023-06-01', async () => {
    vi.stubEnv('RESAYIL_API_KEY', TEST_KEY);
    const anthropic = createAnthropicClient({ baseURL: `${gateway.url}/v1`, maxRetries: 0 });
    const message = await anthropic.messages.create({
      model: 'qwen3.5:397b',
      max_tokens: 64,
      messages: ask('Hi'),
    });
    expect(message.content[0]?.type).toBe('text');
    const request = gateway.emulator.requests.at(-1);
    expect(request?.path).toBe('/v1/messages');
    expect(request?.headers['anthropic-version']).toBe('2023-06-01');
    expect(request?.headers['authorization']).toBeDefined();
  });

  it('streams through the official SDK against the official wire format', async () => {
    const anthropic = createAnthropicClient({ apiKey: TEST_KEY, baseURL: gateway.url, maxRetries: 0 });
    const text = await anthropic.messages
      .stream({ model: 'qwen3.5:397b', max_tokens: 64, messages: ask('Hi') })
      .finalText();
    expect(text.length).toBeGreaterThan(0);
  });

  it('never uses ANTHROPIC_API_KEY', () => {
    vi.stubEnv('RESAYIL_API_KEY', '');
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-not-for-this-gateway');
    expect(() => createAnthropicClient()).toThrow(MissingApiKeyError);
  });
});
