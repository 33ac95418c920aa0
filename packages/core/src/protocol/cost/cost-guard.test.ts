import { describe, expect, it } from 'vitest';
import { BudgetExceededError } from '../errors/budget-exceeded-error.ts';
import type { Message } from '../wire/anthropic.ts';
import { Budget } from './budget.ts';
import { CostGuard } from './cost-guard.ts';
import { estimatePromptTokens, estimateTokens, IMAGE_TOKENS } from './estimate-tokens.ts';

/** $1 per million input tokens, $2 per million output tokens. */
const price = { inputPerMillion: 1, outputPerMillion: 2 };
const params = { model: 'm', max_tokens: 1000, messages: [{ role: 'user', content: 'x'.repeat(3000) }] };
const emptyMessage = (): Message => ({
  id: 'msg',
  type: 'message',
  role: 'assistant',
  model: 'm',
  content: [{ type: 'text', text: 'partial' }],
  stop_reason: null,
  stop_sequence: null,
  usage: {},
});

function thrown(fn: () => unknown): BudgetExceededError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BudgetExceededError) return error;
    throw error;
  }
  throw new Error('expected BudgetExceededError');
}

describe('estimateTokens and estimatePromptTokens', () => {
  it('count a character over three, and a fixed amount per attachment without its data', () => {
    expect(estimateTokens('abcdef')).toBe(2);
    expect(estimateTokens('مرحبا')).toBe(2);
    const withImage = {
      system: 'abc',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'A'.repeat(90_000) } },
            { type: 'text', text: 'abcdef', cache_control: { type: 'ephemeral' } },
          ],
        },
      ],
    };
    // "abc" + "user" + "text" + "abcdef" = 17 characters → 6 tokens, plus one image.
    expect(estimatePromptTokens(withImage)).toBe(6 + IMAGE_TOKENS);
  });
});

describe('CostGuard', () => {
  it('lets a request through when the prompt fits and refuses it with the figures when it does not', () => {
    // 3000 chars + "user" → 1002 tokens → $0.001002.
    expect(() => new CostGuard({ params, price, maxCostUsd: 0.0011 }).checkBeforeSend()).not.toThrow();
    const error = thrown(() => new CostGuard({ params, price, maxCostUsd: 0.001 }).checkBeforeSend());
    expect(error).toMatchObject({ phase: 'before-request', basis: 'prompt', allowedUsd: 0.001, model: 'm' });
    expect(error.estimatedUsd).toBeCloseTo(0.001002, 9);
    expect(error.message).toContain('$0.001000');
    expect(error.message).toContain('$0.001002');
  });

  it('with strict: true also refuses when the worst case with max_tokens is over', () => {
    // worst case: $0.001002 + 1000 × $2/M = $0.003002
    expect(() => new CostGuard({ params, price, maxCostUsd: 0.002 }).checkBeforeSend()).not.toThrow();
    const error = thrown(() =>
      new CostGuard({ params, price, maxCostUsd: 0.002, strict: true }).checkBeforeSend(),
    );
    expect(error.basis).toBe('worst-case');
    expect(error.estimatedUsd).toBeCloseTo(0.003002, 9);
  });

  it('uses the smaller of maxCostUsd and what is left of the budget', () => {
    const budget = new Budget({ limitUsd: 0.01, spentUsd: 0.0095 });
    const guard = new CostGuard({ params, price, maxCostUsd: 1, budget });
    expect(guard.allowedUsd).toBeCloseTo(0.0005, 9);
    expect(() => guard.checkBeforeSend()).toThrow(BudgetExceededError);
  });

  it('tracks a stream from its text when usage is missing, and returns the error with the partial reply', () => {
    const guard = new CostGuard({ params, price, maxCostUsd: 0.0011 });
    // the prompt estimate ($0.001002) leaves room for 49 output tokens
    expect(
      guard.observe({ type: 'text_delta', index: 0, text: 'y'.repeat(120) }, emptyMessage),
    ).toBeUndefined();
    const error = guard.observe({ type: 'text_delta', index: 0, text: 'y'.repeat(60) }, emptyMessage);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({ phase: 'while-streaming', basis: 'running' });
    expect(error?.partial?.content).toEqual([{ type: 'text', text: 'partial' }]);
  });

  it('prefers reported usage to the estimate, and ignores the zero usage of gateways that do not count', () => {
    const guard = new CostGuard({ params, price, maxCostUsd: 1 });
    guard.observe(
      { type: 'message_begin', id: 'x', model: 'm', usage: { input_tokens: 0, output_tokens: 0 } },
      emptyMessage,
    );
    expect(guard.runningUsd).toBeCloseTo(0.001002, 9);
    guard.observe({ type: 'usage_update', usage: { input_tokens: 10, output_tokens: 500 } }, emptyMessage);
    expect(guard.runningUsd).toBeCloseTo((10 * 1 + 500 * 2) / 1e6, 12);
  });

  it('counts cache reads and writes at their prices when the usage reports them', () => {
    const guard = new CostGuard({
      params,
      price: { ...price, cacheReadPerMillion: 0.1, cacheWritePerMillion: 1.25 },
    });
    guard.settle({
      input_tokens: 100,
      cache_read_input_tokens: 1000,
      cache_creation_input_tokens: 200,
      output_tokens: 10,
    });
    expect(guard.runningUsd).toBeCloseTo((100 + 100 + 250 + 20) / 1e6, 12);
  });

  it('charges the budget once, with the final usage', () => {
    const budget = new Budget({ limitUsd: 1 });
    const guard = new CostGuard({ params, price, budget });
    expect(guard.settle({ input_tokens: 1000, output_tokens: 1000 })).toBeCloseTo(0.003, 9);
    expect(guard.settle({ input_tokens: 1000, output_tokens: 1000 })).toBe(0);
    expect(budget.spentUsd).toBeCloseTo(0.003, 9);
    expect(budget.remainingUsd).toBeCloseTo(0.997, 9);
  });
});
