import { InvalidRequestError } from '../errors/invalid-request-error.ts';
import { isRecord } from '../json/is-record.ts';

/** The smallest thinking budget the Messages API accepts. */
export const MIN_THINKING_BUDGET = 1024;

/**
 * Checks a `thinking` option the way the Anthropic Messages API does: `{ type: 'disabled' }`, or
 * `{ type: 'enabled', budget_tokens }` with an integer budget of at least 1024 tokens and below
 * `max_tokens` (when `max_tokens` is known). Throws `InvalidRequestError` naming the fix.
 */
export function validateThinking(thinking: unknown, maxTokens: unknown): void {
  if (thinking === undefined) return;
  if (!isRecord(thinking) || (thinking.type !== 'enabled' && thinking.type !== 'disabled')) {
    throw new InvalidRequestError(
      'thinking',
      'must be { type: "enabled", budget_tokens } or { type: "disabled" }',
      'Pass e.g. thinking: { type: "enabled", budget_tokens: 2048 }.',
    );
  }
  if (thinking.type === 'disabled') return;
  const budget = thinking.budget_tokens;
  if (typeof budget !== 'number' || !Number.isInteger(budget) || budget < MIN_THINKING_BUDGET) {
    throw new InvalidRequestError(
      'thinking.budget_tokens',
      `must be a whole number of at least ${MIN_THINKING_BUDGET} (got ${typeof budget === 'number' ? budget : typeof budget})`,
      `Give the model at least ${MIN_THINKING_BUDGET} tokens to think with.`,
    );
  }
  if (typeof maxTokens === 'number' && budget >= maxTokens) {
    throw new InvalidRequestError(
      'thinking.budget_tokens',
      `must be below max_tokens (${budget} ≥ ${maxTokens})`,
      `The thinking budget is part of max_tokens: raise max_tokens above ${budget}, or lower the budget.`,
    );
  }
}
