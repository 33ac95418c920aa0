import { describe, expect, it } from 'vitest';
import { ChatCompletionAccumulator } from '../openai/chat-completion-accumulator.ts';
import { MessageAccumulator } from '../anthropic/message-accumulator.ts';
import { InvalidToolInputError } from '../errors/invalid-tool-input-error.ts';
import type { SSEMessage } from '../sse/create-sse-decoder.ts';
import type { BlockEndStreamEvent, StreamEvent } from '../stream-event.ts';
import type { StreamAccumulator } from './stream-accumulator.ts';

const sse = (value: unknown): SSEMessage => ({
  event: undefined,
  data: JSON.stringify(value),
  id: undefined,
});

/** A Messages stream whose tool input was cut mid-value (fine-grained streaming hitting max_tokens). */
const messagesStream = [
  { type: 'message_start', message: { id: 'msg_1', model: 'm', content: [], usage: { input_tokens: 3 } } },
  {
    type: 'content_block_start',
    index: 0,
    content_block: { type: 'tool_use', id: 'toolu_1', name: 'get_time', input: {} },
  },
  {
    type: 'content_block_delta',
    index: 0,
    delta: { type: 'input_json_delta', partial_json: '{"city": "Kuw' },
  },
  { type: 'content_block_stop', index: 0 },
  {
    type: 'message_delta',
    delta: { stop_reason: 'max_tokens', stop_sequence: null },
    usage: { output_tokens: 9 },
  },
  { type: 'message_stop' },
].map(sse);

const chatStream = [
  {
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [
      {
        index: 0,
        delta: {
          tool_calls: [
            {
              index: 0,
              id: 'call_1',
              type: 'function',
              function: { name: 'get_time', arguments: '{"city": tru' },
            },
          ],
        },
        finish_reason: null,
      },
    ],
  },
  {
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [{ index: 0, delta: [], finish_reason: 'length' }],
  },
].map(sse);
const done: SSEMessage = { event: undefined, data: '[DONE]', id: undefined };

function feed(accumulator: StreamAccumulator, messages: SSEMessage[]): StreamEvent[] {
  return messages.flatMap((message) => accumulator.push(message));
}

describe.each([
  [
    'Messages',
    () => messagesStream,
    (mode: 'throw' | 'report') => new MessageAccumulator({ invalidToolInput: mode }),
  ],
  [
    'chat completions',
    () => [...chatStream, done],
    (mode: 'throw' | 'report') => new ChatCompletionAccumulator({ invalidToolInput: mode }),
  ],
] as const)('invalid tool input in a %s stream', (_name, messages, create) => {
  it('throws InvalidToolInputError by default', () => {
    expect(() => feed(create('throw'), messages())).toThrow(InvalidToolInputError);
  });

  it("in 'report' mode keeps streaming, keeps what parsed, and attaches the error", () => {
    const accumulator = create('report');
    const events = feed(accumulator, messages());
    const block = events.find((event): event is BlockEndStreamEvent => event.type === 'block_end');
    expect(block?.invalidInput).toBeInstanceOf(InvalidToolInputError);
    expect(block?.invalidInput?.message).toContain('get_time');
    expect(events.at(-1)?.type).toBe('message_end');
    const message = accumulator.end();
    expect(message.content[0]).toMatchObject({ type: 'tool_use', name: 'get_time' });
    expect(typeof (message.content[0] as { input: unknown }).input).toBe('object');
  });
});
