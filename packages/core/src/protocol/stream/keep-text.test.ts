import { describe, expect, it } from 'vitest';
import { MessageAccumulator } from '../anthropic/message-accumulator.ts';
import { ChatCompletionAccumulator } from '../openai/chat-completion-accumulator.ts';
import type { SSEMessage } from '../sse/create-sse-decoder.ts';

const sse = (value: unknown): SSEMessage => ({
  event: undefined,
  data: JSON.stringify(value),
  id: undefined,
});

const messages = [
  { type: 'message_start', message: { id: 'msg_1', model: 'm', content: [], usage: { input_tokens: 3 } } },
  { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hello ' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'world' } },
  { type: 'content_block_stop', index: 0 },
  {
    type: 'content_block_start',
    index: 1,
    content_block: { type: 'tool_use', id: 't1', name: 'f', input: {} },
  },
  { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"a":1}' } },
  { type: 'content_block_stop', index: 1 },
  {
    type: 'message_delta',
    delta: { stop_reason: 'tool_use', stop_sequence: null },
    usage: { output_tokens: 4 },
  },
  { type: 'message_stop' },
].map(sse);

const chunk = (delta: unknown, finish: string | null = null) =>
  sse({
    id: 'c',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
const completion = [
  chunk({ role: 'assistant', content: 'Hello ' }),
  chunk({ content: 'world' }),
  chunk([], 'stop'),
];
const done: SSEMessage = { event: undefined, data: '[DONE]', id: undefined };

describe('keepText: false', () => {
  it('still emits every text event but keeps no text in the Messages final message', () => {
    const accumulator = new MessageAccumulator({ keepText: false });
    const events = messages.flatMap((message) => accumulator.push(message));
    const texts = events.flatMap((event) => (event.type === 'text_delta' ? [event.text] : []));
    expect(texts.join('')).toBe('Hello world');
    const final = accumulator.end();
    expect(final.content[0]).toEqual({ type: 'text', text: '' });
    expect(final.content[1]).toMatchObject({ type: 'tool_use', input: { a: 1 } });
    expect(final).toMatchObject({ stop_reason: 'tool_use', usage: { input_tokens: 3, output_tokens: 4 } });
  });

  it('does the same for a chat completion stream', () => {
    const accumulator = new ChatCompletionAccumulator({ keepText: false });
    const events = [...completion, done].flatMap((message) => accumulator.push(message));
    expect(events.flatMap((event) => (event.type === 'text_delta' ? [event.text] : [])).join('')).toBe(
      'Hello world',
    );
    expect(accumulator.end().content[0]).toEqual({ type: 'text', text: '' });
  });

  it('keeps the text by default', () => {
    const accumulator = new MessageAccumulator();
    for (const message of messages) accumulator.push(message);
    expect(accumulator.end().content[0]).toEqual({ type: 'text', text: 'Hello world' });
  });
});
