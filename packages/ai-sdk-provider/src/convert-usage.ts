import type { LanguageModelV4Usage } from '@ai-sdk/provider';
import type { JSONObject } from '@ai-sdk/provider';
import type { Usage } from '@resayil/core';

/**
 * The gateway's usage as the AI SDK's: input tokens in total and split into uncached, cache read
 * and cache write (Anthropic counts `input_tokens` without the cached ones); output tokens. A field
 * the gateway did not report stays `undefined`, never a made-up 0.
 */
export function convertUsage(usage: Usage): LanguageModelV4Usage {
  const noCache = count(usage.input_tokens);
  const cacheRead = count(usage.cache_read_input_tokens);
  const cacheWrite = count(usage.cache_creation_input_tokens);
  const parts = [noCache, cacheRead, cacheWrite].filter((value) => value !== undefined);
  return {
    inputTokens: {
      total: parts.length === 0 ? undefined : parts.reduce((sum, value) => sum + value, 0),
      noCache,
      cacheRead,
      cacheWrite,
    },
    outputTokens: { total: count(usage.output_tokens), text: undefined, reasoning: undefined },
    raw: usage as JSONObject,
  };
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
