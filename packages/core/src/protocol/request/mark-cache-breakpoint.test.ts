import { describe, expect, it } from 'vitest';
import type { MessageParam } from '../wire/anthropic.ts';
import { markCacheBreakpoint } from './mark-cache-breakpoint.ts';

const mark = { type: 'ephemeral' } as const;

describe('markCacheBreakpoint', () => {
  it('marks the last block of the last message, turning string content into a text block', () => {
    const messages: MessageParam[] = [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'reply' },
      { role: 'user', content: 'last' },
    ];
    const marked = markCacheBreakpoint(messages, mark);
    expect(marked[2]).toEqual({
      role: 'user',
      content: [{ type: 'text', text: 'last', cache_control: mark }],
    });
    expect(marked[0]).toBe(messages[0]);
    expect(messages[2]?.content).toBe('last');
  });

  it("keeps a block's own cache_control and never marks thinking", () => {
    const own = { type: 'ephemeral', ttl: '1h' } as const;
    const kept = markCacheBreakpoint(
      [{ role: 'user', content: [{ type: 'text', text: 'x', cache_control: own }] }],
      mark,
    );
    expect(kept[0]?.content).toEqual([{ type: 'text', text: 'x', cache_control: own }]);
    const thinking = markCacheBreakpoint(
      [{ role: 'assistant', content: [{ type: 'thinking', thinking: 't', signature: 's' }] }],
      mark,
    );
    expect(thinking[0]?.content).toEqual([{ type: 'thinking', thinking: 't', signature: 's' }]);
    expect(markCacheBreakpoint([], mark)).toEqual([]);
  });
});
