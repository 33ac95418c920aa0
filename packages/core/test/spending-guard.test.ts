import { TEST_KEY, latestDisconnect } from '@resayil-internal/test-support/emulator';
import { describe, expect, it } from 'vitest';
import {
  Budget,
  BudgetExceededError,
  FeatureUnavailableError,
  Resayil,
  type StreamEvent,
} from '../src/index.ts';
import { settled } from './support/settled.ts';
import { ask, useGateway } from './support/use-gateway.ts';

// The emulator's price for qwen3.5:397b: $0.6 input, $3.6 output per million tokens.
const MODEL = 'qwen3.5:397b';
const LONG_PROMPT = 'Tell me about the Gulf. '.repeat(300); // 7200 characters ≈ 2400 tokens ≈ $0.00144

describe.each(['anthropic', 'resayil'] as const)('the spending guard against the %s profile', (profile) => {
  const env = useGateway({ profile });
  const modelRequests = () => env.emulator.requests.filter((r) => r.path.endsWith('/messages')).length;

  it('refuses a prompt estimated over maxCostUsd before sending it, with the figures', async () => {
    const before = modelRequests();
    const error = await settled(
      env.client.messages.create(
        { model: MODEL, max_tokens: 256, messages: ask(LONG_PROMPT) },
        { maxCostUsd: 0.001 },
      ),
    );
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({
      phase: 'before-request',
      basis: 'prompt',
      allowedUsd: 0.001,
      model: MODEL,
    });
    expect((error as BudgetExceededError).estimatedUsd).toBeGreaterThan(0.001);
    expect(modelRequests()).toBe(before);
  });

  it('with strict: true refuses when the worst case with max_tokens is over, and sends it without', async () => {
    const params = { model: MODEL, max_tokens: 4000, messages: ask('Hello') };
    const error = await settled(env.client.messages.create(params, { maxCostUsd: 0.01, strict: true }));
    expect(error).toMatchObject({ basis: 'worst-case' });
    const message = await env.client.messages.create(params, { maxCostUsd: 0.01 });
    expect(message.content[0]?.type).toBe('text');
  });

  it('ends a stream that runs over, and its upstream request, with the partial reply on the error', async () => {
    // A long, slow scripted reply: 40 × 28 characters ≈ 374 tokens ≈ $0.0013 of output.
    env.emulator.enqueue({
      reply: { content: [{ type: 'text', text: 'The Gulf is warm and salty. '.repeat(40) }] },
      fault: { type: 'slow', tokenIntervalMs: 10 },
    });
    const stream = env.client.messages.stream(
      { model: MODEL, max_tokens: 1024, messages: ask('Hello') },
      { maxCostUsd: 0.0002 },
    );
    const events: StreamEvent[] = [];
    const error = await settled(
      (async () => {
        for await (const event of stream) events.push(event);
      })(),
    );
    expect(error).toBeInstanceOf(BudgetExceededError);
    const exceeded = error as BudgetExceededError;
    expect(exceeded).toMatchObject({ phase: 'while-streaming', basis: 'running' });
    const streamed = events.flatMap((e) => (e.type === 'text_delta' ? [e.text] : [])).join('');
    expect(streamed.length).toBeGreaterThan(0);
    expect(exceeded.partial?.content[0]).toMatchObject({ type: 'text', text: streamed });
    expect(events.some((e) => e.type === 'message_end')).toBe(false);
    await expect(stream.finalMessage()).rejects.toBe(error);
    expect((await latestDisconnect(env.emulator)).clientDisconnected).toBe(true);
  });

  it('a client budget is charged by each request and refuses the one that no longer fits', async () => {
    const budget = new Budget({ limitUsd: 0.0002 });
    const client = new Resayil({ apiKey: TEST_KEY, baseURL: env.emulator.url, maxRetries: 0, budget });
    const first = await client.messages.create({ model: MODEL, max_tokens: 64, messages: ask('Hi') });
    expect(budget.spentUsd).toBeGreaterThan(0);
    const expected =
      ((first.usage.input_tokens ?? 0) * 0.6 + (first.usage.output_tokens ?? 0) * 3.6) / 1_000_000;
    if (profile === 'anthropic') expect(budget.spentUsd).toBeCloseTo(expected, 12);
    let refused: unknown;
    for (let i = 0; i < 20 && !refused; i++) {
      refused = await settled(client.messages.create({ model: MODEL, max_tokens: 64, messages: ask('Hi') }));
    }
    expect(refused).toBeInstanceOf(BudgetExceededError);
    expect(budget.remainingUsd).toBeLessThan(0.0002);
  });

  it('guards the OpenAI endpoint the same way', async () => {
    const error = await settled(
      env.client.chat.completions.create(
        { model: MODEL, messages: [{ role: 'user', content: LONG_PROMPT }] },
        { maxCostUsd: 0.001 },
      ),
    );
    expect(error).toBeInstanceOf(BudgetExceededError);
  });

  it('says so when the model has no price, instead of guessing', async () => {
    const error = await settled(
      env.client.messages.create(
        { model: 'not-priced:1b', max_tokens: 64, messages: ask('Hi') },
        { maxCostUsd: 1 },
      ),
    );
    expect(error).toBeInstanceOf(FeatureUnavailableError);
    expect((error as Error).message).toContain('a price for model "not-priced:1b"');
  });

  it("uses prices given to the client over the gateway's", async () => {
    const client = new Resayil({
      apiKey: TEST_KEY,
      baseURL: env.emulator.url,
      maxRetries: 0,
      prices: { [MODEL]: { inputPerMillion: 1000, outputPerMillion: 1000 } },
    });
    const error = await settled(
      client.messages.create(
        { model: MODEL, max_tokens: 64, messages: ask('Hello there') },
        { maxCostUsd: 0.001 },
      ),
    );
    expect(error).toBeInstanceOf(BudgetExceededError);
  });
});
