import { describe, expect, it } from 'vitest';
import { MessageAccumulator } from '../anthropic/message-accumulator.ts';
import { UnexpectedResponseError } from '../errors/unexpected-response-error.ts';
import { messageToEvents } from '../message/message-to-events.ts';
import { ChatCompletionAccumulator } from '../openai/chat-completion-accumulator.ts';

// A gateway that ignores `stream: true` answers with the whole reply as JSON. Both accumulators read
// it as that reply: the events it stands for, then the end of the stream.

const anthropicReply = {
  id: 'msg_json',
  type: 'message',
  role: 'assistant',
  model: 'qwen3.5:397b',
  content: [
    { type: 'thinking', thinking: 'Weather first.', signature: 'sig' },
    { type: 'text', text: 'مرحبا، سأتحقق.' },
    { type: 'tool_use', name: 'get_weather', input: '{"city":"الكويت"}' },
  ],
  stop_reason: 'tool_use',
  stop_sequence: null,
  usage: { input_tokens: 12, output_tokens: 9 },
};

const openaiReply = {
  id: 'chatcmpl-json',
  object: 'chat.completion',
  model: 'llama3.2:3b',
  choices: [
    {
      index: 0,
      message: {
        role: 'assistant',
        content: 'لحظة',
        tool_calls: [{ type: 'function', function: { name: 'get_time', arguments: '{"tz":"Asia/Kuwait"}' } }],
      },
      finish_reason: 'tool_calls',
    },
  ],
  usage: { prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 },
};

describe('pushReply: a JSON reply to a streamed request', () => {
  it('Messages: the events of the whole message, tool input parsed, the missing tool id made, then the end', () => {
    const accumulator = new MessageAccumulator();
    const events = accumulator.pushReply(JSON.stringify(anthropicReply));
    const message = accumulator.end();
    expect(accumulator.ended).toBe(true);
    expect(events).toEqual(messageToEvents(message));
    expect(events.map((event) => event.type)).toEqual([
      'message_begin',
      'thinking_delta',
      'block_end',
      'text_delta',
      'block_end',
      'tool_use_begin',
      'block_end',
      'usage_update',
      'stop_reason_update',
      'message_end',
    ]);
    expect(message.content[2]).toEqual({
      type: 'tool_use',
      id: 'toolu_msg_json_2',
      name: 'get_weather',
      input: { city: 'الكويت' },
    });
    expect(message).toMatchObject({ id: 'msg_json', stop_reason: 'tool_use', usage: { output_tokens: 9 } });
    expect(accumulator.snapshot()).toEqual(message);
    expect(accumulator.push({ event: undefined, id: undefined, data: '{"type":"message_stop"}' })).toEqual(
      [],
    );
  });

  it('chat completions: the completion as a message, with the same id rule', () => {
    const accumulator = new ChatCompletionAccumulator();
    const events = accumulator.pushReply(JSON.stringify(openaiReply));
    const message = accumulator.end();
    expect(events.at(-1)).toEqual({ type: 'message_end', message });
    expect(message.content).toEqual([
      { type: 'text', text: 'لحظة' },
      { type: 'tool_use', id: 'toolu_chatcmpl-json_1', name: 'get_time', input: { tz: 'Asia/Kuwait' } },
    ]);
    expect(message.stop_reason).toBe('tool_use');
  });

  it('a body that is not a reply is an UnexpectedResponseError, and the stream stays unfinished', () => {
    const accumulator = new MessageAccumulator();
    expect(() => accumulator.pushReply('{"type":"error","error":{"type":"overloaded_error"}}')).toThrow(
      UnexpectedResponseError,
    );
    expect(accumulator.ended).toBe(false);
    expect(() => new ChatCompletionAccumulator().pushReply('<html></html>')).toThrow(UnexpectedResponseError);
  });

  it('is ignored once the stream has ended', () => {
    const accumulator = new ChatCompletionAccumulator();
    accumulator.pushReply(JSON.stringify(openaiReply));
    expect(accumulator.pushReply(JSON.stringify(openaiReply))).toEqual([]);
  });
});
