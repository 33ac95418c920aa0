import { describe, expect, it } from 'vitest';
import { convertAssistantContent } from './convert-assistant-content.ts';

describe('convertAssistantContent', () => {
  it('keeps thinking with its signature, also when only the signature arrived, and redacted thinking', () => {
    const blocks = convertAssistantContent({
      content: [
        { type: 'thinking', thinking: 'Let me see.', signature: 'sig_1', index: 0 },
        { type: 'thinking', thinking: '', signature: 'sig_2', index: 1 },
        { type: 'thinking', thinking: '', index: 2 },
        { type: 'redacted_thinking', data: 'opaque' },
        { type: 'text', text: 'Done.', index: 3 },
      ],
    });
    expect(blocks).toEqual([
      { type: 'thinking', thinking: 'Let me see.', signature: 'sig_1' },
      { type: 'thinking', thinking: '', signature: 'sig_2' },
      { type: 'redacted_thinking', data: 'opaque' },
      { type: 'text', text: 'Done.' },
    ]);
  });

  it('takes a streamed tool_use input from the matching tool call, or parses it', () => {
    const blocks = convertAssistantContent({
      content: [
        { type: 'tool_use', id: 'a', name: 'f', input: '' },
        { type: 'tool_use', id: 'b', name: 'g', input: '{"x":1}' },
        { type: 'tool_use', id: 'c', name: 'h', input: 'not json' },
      ],
      tool_calls: [{ type: 'tool_call', id: 'a', name: 'f', args: { city: 'Paris' } }],
    });
    expect(blocks).toEqual([
      { type: 'tool_use', id: 'a', name: 'f', input: { city: 'Paris' } },
      { type: 'tool_use', id: 'b', name: 'g', input: { x: 1 } },
      { type: 'tool_use', id: 'c', name: 'h', input: {} },
    ]);
  });

  it('accepts standard tool_call blocks and drops other providers’ blocks', () => {
    const blocks = convertAssistantContent({
      content: [
        { type: 'reasoning', reasoning: 'hidden' },
        { type: 'tool_call', id: 'a', name: 'f', args: { q: 1 } },
        { type: 'image_url', image_url: 'https://example.com/a.png' },
        { type: 'text_delta', text: 'x' },
      ],
    });
    expect(blocks).toEqual([{ type: 'tool_use', id: 'a', name: 'f', input: { q: 1 } }]);
  });

  it("gives a tool call without an id core's id for its message and position", () => {
    const blocks = convertAssistantContent({ content: '', tool_calls: [{ name: 'f', args: {} }] });
    expect(blocks).toEqual([{ type: 'tool_use', id: 'toolu_0', name: 'f', input: {} }]);
    const withId = convertAssistantContent({
      id: 'msg_9',
      content: 'Checking.',
      tool_calls: [{ name: 'f', args: {} }],
    });
    expect(withId[1]).toEqual({ type: 'tool_use', id: 'toolu_msg_9_1', name: 'f', input: {} });
  });

  it('drops blank text', () => {
    expect(convertAssistantContent({ content: '  \n' })).toEqual([]);
  });
});
