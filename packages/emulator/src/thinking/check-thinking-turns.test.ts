import type { MessageParam } from '@resayil/core/protocol';
import { describe, expect, it } from 'vitest';
import { checkThinkingTurns } from './check-thinking-turns.ts';
import { ThinkingSeals } from './thinking-seals.ts';

const seals = new ThinkingSeals();
const thinking = {
  type: 'thinking',
  thinking: 'Need the weather.',
  signature: ThinkingSeals.sign('Need the weather.'),
} as const;
const redacted = { type: 'redacted_thinking', data: ThinkingSeals.redact('hidden') } as const;
const call = { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Kuwait' } } as const;
const result = { type: 'tool_result', tool_use_id: 'toolu_1', content: '31°C' } as const;

function loop(assistant: MessageParam['content']): MessageParam[] {
  return [
    { role: 'user', content: 'Weather in Kuwait?' },
    { role: 'assistant', content: assistant },
    { role: 'user', content: [result] },
  ];
}

describe('checkThinkingTurns', () => {
  it('accepts a tool loop whose assistant turn starts with its thinking, signed or redacted', () => {
    expect(checkThinkingTurns(loop([thinking, call]), seals)).toBeUndefined();
    expect(checkThinkingTurns(loop([redacted, call]), seals)).toBeUndefined();
    expect(checkThinkingTurns(loop([redacted, thinking, call]), seals)).toBeUndefined();
  });

  it('names the turn and the block found when the thinking of the answered tool turn is missing', () => {
    const problem = checkThinkingTurns(loop([call]), seals);
    expect(problem).toMatch(
      /^messages\.1\.content\.0\.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`/u,
    );
    expect(problem).toContain('disable `thinking`');
    expect(checkThinkingTurns(loop([{ type: 'text', text: 'Let me see.' }, call]), seals)).toContain(
      'found `text`',
    );
  });

  it('rejects a thinking block whose text or signature changed, and redacted data that changed', () => {
    const edited = { ...thinking, thinking: 'Need the weather!' };
    expect(checkThinkingTurns(loop([edited, call]), seals)).toBe(
      'messages.1.content.0: Invalid `signature` in `thinking` block',
    );
    expect(checkThinkingTurns(loop([{ ...thinking, signature: 'sig_forged' }, call]), seals)).toContain(
      'Invalid `signature`',
    );
    expect(
      checkThinkingTurns(loop([redacted, { ...redacted, data: `${redacted.data}x` }, call]), seals),
    ).toBe('messages.1.content.1: Invalid `data` in `redacted_thinking` block');
  });

  it('checks signatures in earlier turns too, and asks nothing of turns without tool results to answer', () => {
    const earlier: MessageParam[] = [
      ...loop([{ ...thinking, signature: 'sig_forged' }, call]),
      { role: 'assistant', content: 'It is 31°C.' },
      { role: 'user', content: 'Thanks.' },
    ];
    expect(checkThinkingTurns(earlier, seals)).toContain('messages.1.content.0: Invalid `signature`');
    expect(
      checkThinkingTurns(
        [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello' },
          { role: 'user', content: 'Again' },
        ],
        seals,
      ),
    ).toBeUndefined();
  });
});
