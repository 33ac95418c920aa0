import { isRecord } from '../json/is-record.ts';
import type { Usage } from '../wire/anthropic.ts';

/**
 * Maps OpenAI usage to Anthropic usage: `completion_tokens` → `output_tokens`,
 * `prompt_tokens_details.cached_tokens` → `cache_read_input_tokens`, and `prompt_tokens` minus the
 * cached ones → `input_tokens` (OpenAI counts cache reads inside the prompt, Anthropic apart, and
 * a cost estimate must not count them twice). Fields that are absent stay absent; anything that
 * is not an object gives `{}`.
 */
export function mapCompletionUsage(usage: unknown): Usage {
  if (!isRecord(usage)) return {};
  const mapped: Usage = {};
  if (isCount(usage.prompt_tokens)) mapped.input_tokens = usage.prompt_tokens;
  if (isCount(usage.completion_tokens)) mapped.output_tokens = usage.completion_tokens;
  const details = usage.prompt_tokens_details;
  if (isRecord(details) && isCount(details.cached_tokens)) {
    mapped.cache_read_input_tokens = details.cached_tokens;
    if (mapped.input_tokens !== undefined)
      mapped.input_tokens = Math.max(0, mapped.input_tokens - details.cached_tokens);
  }
  return mapped;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
