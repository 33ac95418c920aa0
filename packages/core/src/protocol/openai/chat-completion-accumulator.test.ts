import { describe, expect, it } from 'vitest';
import { InvalidToolInputError } from '../errors/invalid-tool-input-error.ts';
import { StreamEventError } from '../errors/stream-event-error.ts';
import { StreamParseError } from '../errors/stream-parse-error.ts';
import { TruncatedStreamError } from '../errors/truncated-stream-error.ts';
import type { SSEMessage } from '../sse/create-sse-decoder.ts';
import type { StreamEvent } from '../stream-event.ts';
import { ChatCompletionAccumulator } from './chat-completion-accumulator.ts';

const sse = (data: unknown): SSEMessage => ({
  event: undefined,
  data: typeof data === 'string' ? data : JSON.stringify(data),
  id: undefined,
});
const chunk = (delta: unknown, finish_reason: string | null = null, extra: object = {}) =>
  sse({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'llama3.2:3b',
    choices: [{ index: 0, delta, finish_reason }],
    ...extra,
  });
const done = sse('[DONE]');

function feed(accumulator: ChatCompletionAccumulator, messages: SSEMessage[]): StreamEvent[] {
  return messages.flatMap((message) => accumulator.push(message));
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('ChatCompletionAccumulator', () => {
  it('emits message_start at the first chunk, which may carry role and content together', () => {
    const accumulator = new ChatCompletionAccumulator();
    expect(accumulator.push(chunk({ role: 'assistant', content: 'Hel' }))).toEqual([
      { type: 'message_begin', id: 'chatcmpl-1', model: 'llama3.2:3b', usage: {} },
      { type: 'text_delta', index: 0, text: 'Hel' },
    ]);
  });

  it("accepts Resayil's delta: [] on the last chunk and a stream without usage", () => {
    const accumulator = new ChatCompletionAccumulator();
    const events = feed(accumulator, [chunk({ role: 'assistant', content: 'Hi' }), chunk([], 'stop'), done]);
    expect(events.map((e) => e.type)).toEqual([
      'message_begin',
      'text_delta',
      'block_end',
      'stop_reason_update',
      'message_end',
    ]);
    expect(accumulator.end()).toEqual({
      id: 'chatcmpl-1',
      type: 'message',
      role: 'assistant',
      model: 'llama3.2:3b',
      content: [{ type: 'text', text: 'Hi' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {},
    });
  });

  it('reads a usage chunk with empty choices and maps its fields', () => {
    const accumulator = new ChatCompletionAccumulator();
    const events = feed(accumulator, [
      chunk({ content: 'x' }),
      chunk({}, 'length'),
      sse({
        id: 'chatcmpl-1',
        choices: [],
        usage: { prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 },
      }),
      done,
    ]);
    expect(events.find((e) => e.type === 'usage_update')).toEqual({
      type: 'usage_update',
      usage: { input_tokens: 9, output_tokens: 3 },
    });
    expect(accumulator.end()).toMatchObject({
      stop_reason: 'max_tokens',
      usage: { input_tokens: 9, output_tokens: 3 },
    });
  });

  it('assembles tool calls from fragments: index, id and name first, then arguments', () => {
    const accumulator = new ChatCompletionAccumulator();
    const events = feed(accumulator, [
      chunk({ role: 'assistant', content: null }),
      chunk({
        tool_calls: [
          { index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } },
        ],
      }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '"Doha"}' } }] }),
      chunk({ tool_calls: [{ index: 1, id: 'call_b', function: { name: 'now', arguments: '{}' } }] }),
      chunk({}, 'tool_calls'),
      done,
    ]);
    expect(events.filter((e) => e.type === 'tool_use_begin')).toEqual([
      { type: 'tool_use_begin', index: 0, id: 'call_a', name: 'get_weather' },
      { type: 'tool_use_begin', index: 1, id: 'call_b', name: 'now' },
    ]);
    expect(events.filter((e) => e.type === 'tool_input_delta').map((e) => e.snapshot)).toEqual([
      {},
      { city: 'Doha' },
      {},
    ]);
    expect(accumulator.end()).toMatchObject({
      stop_reason: 'tool_use',
      content: [
        { type: 'tool_use', id: 'call_a', name: 'get_weather', input: { city: 'Doha' } },
        { type: 'tool_use', id: 'call_b', name: 'now', input: {} },
      ],
    });
  });

  it('accepts arguments sent whole as an object, and synthesizes missing ids', () => {
    const accumulator = new ChatCompletionAccumulator();
    feed(accumulator, [
      chunk({
        content: 'ok',
        tool_calls: [{ function: { name: 'get_weather', arguments: { city: 'Mecca' } } }],
      }),
      chunk([], 'tool_calls'),
      done,
    ]);
    expect(accumulator.end().content).toEqual([
      { type: 'text', text: 'ok' },
      { type: 'tool_use', id: 'toolu_chatcmpl-1_1', name: 'get_weather', input: { city: 'Mecca' } },
    ]);
  });

  it('treats a new id on a reused index as a new parallel call', () => {
    const accumulator = new ChatCompletionAccumulator();
    feed(accumulator, [
      chunk({ tool_calls: [{ index: 0, id: 'call_1', function: { name: 'a', arguments: '{}' } }] }),
      chunk({ tool_calls: [{ index: 0, id: 'call_2', function: { name: 'b', arguments: '{"x":1}' } }] }),
      chunk({}, 'tool_calls'),
      done,
    ]);
    expect(
      accumulator.end().content.map((block) => (block.type === 'tool_use' ? [block.id, block.input] : null)),
    ).toEqual([
      ['call_1', {}],
      ['call_2', { x: 1 }],
    ]);
  });

  it('maps every finish reason', () => {
    const cases: Array<[string, string]> = [
      ['stop', 'end_turn'],
      ['length', 'max_tokens'],
      ['tool_calls', 'tool_use'],
      ['content_filter', 'refusal'],
      ['load', 'load'],
    ];
    for (const [finish, expected] of cases) {
      const accumulator = new ChatCompletionAccumulator();
      const events = feed(accumulator, [chunk({ content: 'x' }, finish), done]);
      expect(
        events.find((e) => e.type === 'stop_reason_update'),
        finish,
      ).toEqual({ type: 'stop_reason_update', stopReason: expected, stopSequence: null });
    }
  });

  it('finishes at [DONE] when no finish_reason came', () => {
    const accumulator = new ChatCompletionAccumulator();
    const events = feed(accumulator, [chunk({ content: 'x' }), done]);
    expect(events.slice(-3).map((e) => e.type)).toEqual(['block_end', 'stop_reason_update', 'message_end']);
    expect(accumulator.end().stop_reason).toBeNull();
  });

  it('is truncated without [DONE], even after a finish_reason', () => {
    const accumulator = new ChatCompletionAccumulator();
    feed(accumulator, [chunk({ content: 'almost' }), chunk([], 'stop')]);
    expect(accumulator.ended).toBe(false);
    const error = thrown(() => accumulator.end()) as TruncatedStreamError;
    expect(TruncatedStreamError.isInstance(error)).toBe(true);
    expect(error.partial.content).toEqual([{ type: 'text', text: 'almost' }]);
    expect(error.eventCount).toBe(2);
  });

  it('throws StreamEventError for an error chunk', () => {
    const accumulator = new ChatCompletionAccumulator();
    feed(accumulator, [chunk({ content: 'x' })]);
    const error = thrown(() => accumulator.push(sse({ error: { message: 'upstream died', code: 503 } })));
    expect(StreamEventError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ errorType: '503', serverMessage: 'upstream died', retryable: false });
  });

  it('throws StreamParseError for non-JSON data', () => {
    const accumulator = new ChatCompletionAccumulator();
    expect(StreamParseError.isInstance(thrown(() => accumulator.push(sse('event: done'))))).toBe(true);
  });

  it('throws InvalidToolInputError when the arguments are not JSON once finished', () => {
    const accumulator = new ChatCompletionAccumulator();
    feed(accumulator, [
      chunk({ tool_calls: [{ index: 0, id: 'call_x', function: { name: 'f', arguments: '{"a":' } }] }),
    ]);
    const error = thrown(() => accumulator.push(chunk({}, 'tool_calls')));
    expect(InvalidToolInputError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ toolName: 'f', toolUseId: 'call_x', rawJson: '{"a":' });
  });

  it('turns leaked reasoning into a thinking block before the text', () => {
    const accumulator = new ChatCompletionAccumulator();
    feed(accumulator, [chunk({ reasoning_content: 'think' }), chunk({ content: 'answer' }, 'stop'), done]);
    expect(accumulator.end().content).toEqual([
      { type: 'thinking', thinking: 'think', signature: '' },
      { type: 'text', text: 'answer' },
    ]);
  });

  it('only reads the first choice', () => {
    const accumulator = new ChatCompletionAccumulator();
    feed(accumulator, [
      sse({
        id: 'c',
        model: 'm',
        choices: [
          { index: 1, delta: { content: 'other' } },
          { index: 0, delta: { content: 'mine' } },
        ],
      }),
      done,
    ]);
    expect(accumulator.end().content).toEqual([{ type: 'text', text: 'mine' }]);
  });

  it('ignores content after the finish and anything after [DONE]', () => {
    const accumulator = new ChatCompletionAccumulator();
    feed(accumulator, [
      chunk({ content: 'a' }, 'stop'),
      chunk({ content: 'late' }),
      done,
      chunk({ content: 'later' }),
    ]);
    expect(accumulator.end().content).toEqual([{ type: 'text', text: 'a' }]);
  });
});
