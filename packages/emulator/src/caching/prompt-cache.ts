import { createHash } from 'node:crypto';
import type { Reply } from '../responder/reply.ts';
import { tokensForChars } from '../responder/estimate-tokens.ts';

/**
 * Anthropic-style prompt caching for `/v1/messages`: the prompt up to the last `cache_control`
 * breakpoint (tools, then system, then messages, in that order) is a cache entry. The first
 * request that carries it reports those tokens as `cache_creation_input_tokens`; a later request
 * with the same prefix reports them as `cache_read_input_tokens`; `input_tokens` keeps the rest.
 * Entries live until the emulator is reset or closed.
 */
export class PromptCache {
  readonly #seen = new Set<string>();

  /** The reply's usage with the cache counts of this request. */
  apply(
    body: { tools?: unknown; system?: unknown; messages?: unknown },
    usage: Reply['usage'],
  ): Reply['usage'] {
    const prefix = cachedPrefix(body);
    if (prefix === undefined) return usage;
    const tokens = Math.min(usage.input_tokens, tokensForChars(prefix.length));
    const key = createHash('sha256').update(prefix).digest('hex');
    const hit = this.#seen.has(key);
    this.#seen.add(key);
    return {
      ...usage,
      input_tokens: Math.max(1, usage.input_tokens - tokens),
      cache_creation_input_tokens: hit ? 0 : tokens,
      cache_read_input_tokens: hit ? tokens : 0,
    };
  }

  /** Forgets every entry. */
  clear(): void {
    this.#seen.clear();
  }
}

/** The JSON of everything up to and including the last block marked with `cache_control`. */
function cachedPrefix(body: { tools?: unknown; system?: unknown; messages?: unknown }): string | undefined {
  const parts: unknown[] = [];
  let end = -1;
  const add = (value: unknown): void => {
    parts.push(value);
    if (typeof value === 'object' && value !== null && 'cache_control' in value && value.cache_control) {
      end = parts.length;
    }
  };
  for (const tool of asArray(body.tools)) add(tool);
  for (const block of asArray(body.system)) add(block);
  for (const message of asArray(body.messages)) {
    const content = (message as { role?: unknown; content?: unknown }).content;
    if (Array.isArray(content)) for (const block of content) add(block);
    else add(content);
  }
  return end === -1 ? undefined : JSON.stringify(parts.slice(0, end));
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
