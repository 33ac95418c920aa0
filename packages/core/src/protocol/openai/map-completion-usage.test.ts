import { describe, expect, it } from 'vitest';
import { mapCompletionUsage } from './map-completion-usage.ts';

describe('mapCompletionUsage', () => {
  it('maps prompt, completion and cached tokens, counting cached tokens once', () => {
    expect(
      mapCompletionUsage({
        prompt_tokens: 100,
        completion_tokens: 20,
        total_tokens: 120,
        prompt_tokens_details: { cached_tokens: 64 },
      }),
    ).toEqual({ input_tokens: 36, output_tokens: 20, cache_read_input_tokens: 64 });
  });

  it('leaves absent fields absent and ignores non-objects', () => {
    expect(mapCompletionUsage({ completion_tokens: 0 })).toEqual({ output_tokens: 0 });
    expect(mapCompletionUsage(null)).toEqual({});
    expect(mapCompletionUsage({ prompt_tokens: '5' })).toEqual({});
  });
});
