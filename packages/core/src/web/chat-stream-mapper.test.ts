import { describe, expect, it } from 'vitest';
import type { Message } from '../protocol/index.ts';
import { createChatStreamMapper } from './chat-stream-mapper.ts';

const message = (stop: Message['stop_reason']): Message => ({
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'm',
  content: [],
  stop_reason: stop,
  stop_sequence: null,
  usage: { output_tokens: 1 },
});

describe('createChatStreamMapper', () => {
  it('sends start once, for the first reply of a tool run', () => {
    const map = createChatStreamMapper(true);
    const begin = { type: 'message_begin', id: 'msg_1', model: 'm', usage: {} } as const;
    expect(map(begin)).toEqual({ type: 'start', id: 'msg_1', model: 'm' });
    expect(map({ ...begin, id: 'msg_2' })).toBeUndefined();
  });

  it('maps text, thinking, tool calls and tool results; drops what the browser does not need', () => {
    const map = createChatStreamMapper(true);
    expect(map({ type: 'text_delta', index: 0, text: 'hi' })).toEqual({ type: 'text', text: 'hi' });
    expect(map({ type: 'thinking_delta', index: 0, thinking: 'hm' })).toEqual({
      type: 'thinking',
      text: 'hm',
    });
    expect(
      map({ type: 'block_end', index: 1, block: { type: 'tool_use', id: 't1', name: 'f', input: { a: 1 } } }),
    ).toEqual({ type: 'tool_call', id: 't1', name: 'f', input: { a: 1 } });
    expect(map({ type: 'block_end', index: 0, block: { type: 'text', text: 'hi' } })).toBeUndefined();
    expect(
      map({ type: 'tool_result', toolUseId: 't1', name: 'f', input: {}, content: '2', isError: false }),
    ).toEqual({ type: 'tool_result', id: 't1', name: 'f', content: '2', isError: false });
    expect(map({ type: 'round_start', round: 2 })).toBeUndefined();
  });

  it('a reply that stops for tools finishes the stream only when no tools run on the server', () => {
    const end = (stop: Message['stop_reason']) => ({ type: 'message_end', message: message(stop) }) as const;
    expect(createChatStreamMapper(true)(end('tool_use'))).toBeUndefined();
    expect(createChatStreamMapper(true)(end('end_turn'))).toEqual({
      type: 'finish',
      stopReason: 'end_turn',
      usage: { output_tokens: 1 },
    });
    expect(createChatStreamMapper(false)(end('tool_use'))).toMatchObject({
      type: 'finish',
      stopReason: 'tool_use',
    });
  });
});
