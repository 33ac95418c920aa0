import type { CatalogModel } from '../catalog/catalog-model.ts';
import type { IssueCollector } from '../validation/issue-collector.ts';

/** The smallest thinking budget the Messages API accepts. */
const MIN_BUDGET = 1024;

/**
 * Whether a request asks for thinking: Anthropic's `thinking: { type: 'enabled' }` (on either
 * endpoint), OpenAI's `reasoning_effort` (anything but `none`) or Ollama's `think: true`.
 */
export function asksForThinking(body: { [key: string]: unknown }): boolean {
  const thinking = body.thinking;
  if (
    typeof thinking === 'object' &&
    thinking !== null &&
    (thinking as { type?: unknown }).type === 'enabled'
  )
    return true;
  const effort = body.reasoning_effort;
  return (typeof effort === 'string' && effort !== 'none') || body.think === true;
}

/** Whether the model thinks when asked: models of the catalog's `thinking` category do. */
export function thinksWhenAsked(model: CatalogModel | undefined): boolean {
  return model?.category === 'thinking';
}

/**
 * Checks `thinking` as the Messages API does: `type` is `enabled` or `disabled`, and an enabled
 * budget is an integer of at least 1024 and below `max_tokens`.
 */
export function checkThinking(c: IssueCollector, thinking: unknown, maxTokens: unknown): void {
  if (!c.optional(thinking, 'thinking', 'object')) return;
  const t = thinking as Record<string, unknown>;
  if (!c.oneOf(t.type, 'thinking.type', ['enabled', 'disabled']) || t.type !== 'enabled') return;
  if (!c.require(t.budget_tokens, 'thinking.budget_tokens', 'integer')) return;
  c.range(t.budget_tokens, 'thinking.budget_tokens', MIN_BUDGET);
  if (typeof maxTokens === 'number' && (t.budget_tokens as number) >= maxTokens)
    c.add('thinking.budget_tokens', 'max', `less than max_tokens (${maxTokens})`);
}
