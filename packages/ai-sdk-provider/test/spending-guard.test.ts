import { Budget, BudgetExceededError } from '@resayil/core';
import { APICallError, generateObject, generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EMULATOR_PROFILES } from '@resayil-internal/test-support/emulator';
import { TEST_MODEL, useResayilProvider } from './support/use-resayil-provider.ts';

// Core's spending guard through the AI SDK: the emulator prices qwen3.5:397b at $0.6 input and
// $3.6 output per million tokens (GET /v1/pricing).
const LONG_PROMPT = 'Tell me about the Gulf. '.repeat(300); // ≈ 2400 tokens ≈ $0.0014

function causeOf(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && !(current instanceof BudgetExceededError) && current.cause)
    current = current.cause;
  return current;
}

describe.each(EMULATOR_PROFILES)(
  'the spending guard through the AI SDK against the %s profile',
  (profile) => {
    const env = useResayilProvider(profile);
    const modelCalls = (): number => env.emulator.requests.filter((r) => r.path.endsWith('/messages')).length;

    it('refuses a prompt over providerOptions.resayil.maxCostUsd before sending it, not retryable', async () => {
      const before = modelCalls();
      const error = await generateText({
        model: env.model(),
        prompt: LONG_PROMPT,
        providerOptions: { resayil: { maxCostUsd: 0.001 } },
      }).catch((e: unknown) => e);
      expect(APICallError.isInstance(error) && error.isRetryable).toBe(false);
      const cause = causeOf(error);
      expect(cause).toBeInstanceOf(BudgetExceededError);
      expect(cause).toMatchObject({ phase: 'before-request', allowedUsd: 0.001, model: TEST_MODEL });
      expect(modelCalls()).toBe(before);
    });

    it('answers within the limit, and a provider budget is charged across calls', async () => {
      const budget = new Budget({ limitUsd: 1 });
      const provider = env.provider({ budget });
      const first = await generateText({
        model: provider(TEST_MODEL),
        prompt: 'Hello there.',
        maxOutputTokens: 64,
      });
      expect(first.text.length).toBeGreaterThan(0);
      const spent = budget.spentUsd;
      expect(spent).toBeGreaterThan(0);
      const stream = streamText({ model: provider(TEST_MODEL), prompt: 'And again.', maxOutputTokens: 64 });
      expect((await stream.text).length).toBeGreaterThan(0);
      expect(budget.spentUsd).toBeGreaterThan(spent);
      // The prices are not fetched again before the next call's first token.
      const pricingCalls = () => env.emulator.requests.filter((r) => r.path.endsWith('/v1/pricing')).length;
      const fetched = pricingCalls();
      const again = streamText({ model: provider(TEST_MODEL), prompt: 'Once more.', maxOutputTokens: 64 });
      expect((await again.text).length).toBeGreaterThan(0);
      expect(pricingCalls()).toBe(fetched);
    });

    it('generateObject returns an object valid for the schema', async () => {
      const { object } = await generateObject({
        model: env.model(),
        schema: z.object({ city: z.string(), population: z.number(), coastal: z.boolean() }),
        prompt: 'Describe Kuwait City.',
      });
      expect(typeof object.city).toBe('string');
      expect(typeof object.population).toBe('number');
      expect(typeof object.coastal).toBe('boolean');
    });
  },
);
