import type { Usage } from '@resayil/core/protocol';
import type { Reply } from '../responder/reply.ts';

/** Usage as Anthropic reports it (cache fields when the prompt was cached, always when `full`, with service tier). */
export function anthropicUsage(
  usage: Reply['usage'],
  full: boolean,
  outputTokens = usage.output_tokens,
): Usage {
  const cache = {
    ...(usage.cache_creation_input_tokens === undefined
      ? {}
      : { cache_creation_input_tokens: usage.cache_creation_input_tokens }),
    ...(usage.cache_read_input_tokens === undefined
      ? {}
      : { cache_read_input_tokens: usage.cache_read_input_tokens }),
  };
  if (!full) return { input_tokens: usage.input_tokens, ...cache, output_tokens: outputTokens };
  return {
    input_tokens: usage.input_tokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    ...cache,
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}
