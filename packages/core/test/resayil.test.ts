import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeatureUnavailableError, MissingApiKeyError, Resayil } from '../src/index.ts';
import { TEST_KEY, startEmulator } from '@resayil-internal/test-support/emulator';
import { ask, useGateway } from './support/use-gateway.ts';

describe('new Resayil(options)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('throws MissingApiKeyError before any request when no key is set', () => {
    vi.stubEnv('RESAYIL_API_KEY', '');
    expect(() => new Resayil()).toThrow(MissingApiKeyError);
  });

  it('never falls back to ANTHROPIC_API_KEY', () => {
    vi.stubEnv('RESAYIL_API_KEY', '');
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-someone-elses-key');
    const error = (() => {
      try {
        new Resayil();
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(MissingApiKeyError);
    expect(error?.message).toContain('RESAYIL_API_KEY');
    expect(error?.message).not.toContain('sk-ant-someone-elses-key');
  });

  it('reads RESAYIL_API_KEY and RESAYIL_BASE_URL, and defaults to the API host', () => {
    vi.stubEnv('RESAYIL_API_KEY', 'sk-from-env');
    vi.stubEnv('RESAYIL_BASE_URL', '');
    expect(new Resayil().baseURL).toBe('https://llmapi.resayil.io');
    vi.stubEnv('RESAYIL_BASE_URL', 'http://127.0.0.1:4010/v1/');
    expect(new Resayil().baseURL).toBe('http://127.0.0.1:4010');
  });
});

describe('catalog, health and prices', () => {
  const env = useGateway({ profile: 'resayil' });

  it('lists models, ids with ":" and "/" included', async () => {
    const models = await env.client.models.list();
    expect(models.data.length).toBeGreaterThan(30);
    expect(models.data.some((model) => model.id.includes(':'))).toBe(true);
    expect(models.data.some((model) => model.id.includes('/'))).toBe(true);
  });

  it('health() uses /v1/health, and falls back to listing models where it is absent', async () => {
    expect(await env.client.health()).toMatchObject({ status: 'ok', source: 'health' });
    env.emulator.enqueue({ path: '/v1/health', fault: { type: 'status', status: 404 } });
    const fallback = await env.client.health();
    expect(fallback).toMatchObject({ status: 'ok', source: 'models' });
    expect(fallback['models']).toBeGreaterThan(30);
  });

  it('pricing() returns USD per million tokens, or a clear typed error where absent', async () => {
    const prices = await env.client.pricing();
    expect(prices.data[0]).toMatchObject({ currency: 'USD' });
    env.emulator.enqueue({ path: '/v1/pricing', fault: { type: 'status', status: 404 } });
    const error = await env.client.pricing().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeatureUnavailableError);
    expect((error as Error).message).toContain('does not publish');
  });

  it('estimates the cost of a reply from its usage', async () => {
    const message = await env.client.messages.create({
      model: 'qwen3.5:397b',
      max_tokens: 100,
      messages: ask('Hi'),
    });
    const price = (await env.client.pricing()).data.find((entry) => entry.model === 'qwen3.5:397b');
    const cost = await env.client.estimateCost('qwen3.5:397b', message.usage);
    const expected =
      ((message.usage.input_tokens ?? 0) * (price?.input_per_million ?? 0) +
        (message.usage.output_tokens ?? 0) * (price?.output_per_million ?? 0)) /
      1e6;
    expect(cost.totalUsd).toBeCloseTo(expected, 12);
    expect(cost.totalUsd).toBeGreaterThan(0);
  });
});

describe.each(['anthropic', 'resayil'] as const)('chat.completions against the %s profile', (profile) => {
  const env = useGateway({ profile });
  const params = { model: 'qwen3.5:397b', max_tokens: 200, messages: ask('Say something about the desert.') };

  it('streams the same text that create returns, normalized to StreamEvents', async () => {
    const created = await env.client.chat.completions.create(params);
    const stream = env.client.chat.completions.stream(params);
    const texts: string[] = [];
    for await (const text of stream.textStream()) texts.push(text);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('')).toBe(created.choices[0]?.message.content);
    expect((await stream.finalMessage()).stop_reason).toBe('end_turn');
  });

  it('streams tool calls as tool_use blocks', async () => {
    const stream = env.client.chat.completions.stream({
      ...params,
      messages: ask('Use the get_time tool for Tunis.'),
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_time',
            parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
          },
        },
      ],
    });
    const final = await stream.finalMessage();
    expect(final.stop_reason).toBe('tool_use');
    const call = final.content.find((block) => block.type === 'tool_use');
    expect(call).toMatchObject({ name: 'get_time' });
    expect(typeof (call as { input: { city: unknown } }).input.city).toBe('string');
  });
});

describe('key hygiene', () => {
  it('logging or serializing the client never shows the key', () => {
    const client = new Resayil({ apiKey: TEST_KEY, baseURL: 'http://127.0.0.1:9' });
    const shown = [
      inspect(client, { depth: 10, showHidden: true }),
      inspect(client.messages, { depth: 10, showHidden: true }),
      inspect(client.chat, { depth: 10, showHidden: true }),
      JSON.stringify(client),
    ].join('\n');
    expect(shown).not.toContain(TEST_KEY);
  });

  it('requests never carry the key anywhere but the auth headers', async () => {
    const emulator = await startEmulator({ profile: 'anthropic' });
    try {
      const client = new Resayil({ apiKey: TEST_KEY, baseURL: emulator.url, maxRetries: 0 });
      await client.messages.create({ model: 'qwen3.5:397b', max_tokens: 50, messages: ask('Hi') });
      const request = emulator.requests.at(-1);
      expect(JSON.stringify(request?.body)).not.toContain(TEST_KEY);
    } finally {
      await emulator.close();
    }
  });
});
