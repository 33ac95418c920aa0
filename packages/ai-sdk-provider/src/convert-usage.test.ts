import { describe, expect, it } from 'vitest';
import { convertUsage } from './convert-usage.ts';

describe('convertUsage', () => {
  it('adds cache reads and writes to the input total and keeps each apart', () => {
    const usage = convertUsage({
      input_tokens: 10,
      cache_read_input_tokens: 100,
      cache_creation_input_tokens: 50,
      output_tokens: 20,
    });
    expect(usage.inputTokens).toEqual({ total: 160, noCache: 10, cacheRead: 100, cacheWrite: 50 });
    expect(usage.outputTokens).toEqual({ total: 20, text: undefined, reasoning: undefined });
  });

  it('leaves what the gateway did not report undefined, never a made-up zero', () => {
    const usage = convertUsage({});
    expect(usage.inputTokens).toEqual({
      total: undefined,
      noCache: undefined,
      cacheRead: undefined,
      cacheWrite: undefined,
    });
    expect(usage.outputTokens.total).toBeUndefined();
    expect(convertUsage({ input_tokens: 5, cache_read_input_tokens: null }).inputTokens.total).toBe(5);
  });
});
