import type { MessageParam } from '../wire/anthropic.ts';

/** A `cache_control` marker, as the Messages API takes it. */
export type CacheControl = { type: 'ephemeral'; ttl?: '5m' | '1h' };

/**
 * Marks the end of the conversation as a prompt-cache breakpoint: the last content block of the
 * last message gets `cache_control` (a string content becomes one text block). Blocks that carry
 * their own `cache_control` keep it. Returns new messages; the input is not changed.
 */
export function markCacheBreakpoint(
  messages: readonly MessageParam[],
  cacheControl: CacheControl,
): MessageParam[] {
  const copy = [...messages];
  const last = copy.at(-1);
  if (!last) return copy;
  const content =
    typeof last.content === 'string' ? [{ type: 'text' as const, text: last.content }] : [...last.content];
  const block = content.at(-1);
  if (
    block &&
    block.type !== 'thinking' &&
    block.type !== 'redacted_thinking' &&
    !('cache_control' in block && block.cache_control)
  ) {
    content[content.length - 1] = { ...block, cache_control: cacheControl } as typeof block;
  }
  copy[copy.length - 1] = { ...last, content };
  return copy;
}
