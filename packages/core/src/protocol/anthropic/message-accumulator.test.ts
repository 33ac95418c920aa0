import { describe, expect, it } from 'vitest';
import { InvalidToolInputError } from '../errors/invalid-tool-input-error.ts';
import { StreamEventError } from '../errors/stream-event-error.ts';
import { StreamParseError } from '../errors/stream-parse-error.ts';
import { TruncatedStreamError } from '../errors/truncated-stream-error.ts';
import type { SSEMessage } from '../sse/create-sse-decoder.ts';
import type { StreamEvent } from '../stream-event.ts';
import { MessageAccumulator } from './message-accumulator.ts';

const sse = (data: unknown, event?: string): SSEMessage => ({
  event,
  data: typeof data === 'string' ? data : JSON.stringify(data),
  id: undefined,
});

const start = (usage?: unknown) =>
  sse({
    type: 'message_start',
    message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [], usage },
  });
const blockStart = (index: number, block: unknown) =>
  sse({ type: 'content_block_start', index, content_block: block });
const delta = (index: number, d: unknown) => sse({ type: 'content_block_delta', index, delta: d });
const blockStop = (index: number) => sse({ type: 'content_block_stop', index });
const messageDelta = (stop_reason: string | null, usage?: unknown) =>
  sse({ type: 'message_delta', delta: { stop_reason, stop_sequence: null }, usage });
const stop = sse({ type: 'message_stop' });

function feed(accumulator: MessageAccumulator, messages: SSEMessage[]): StreamEvent[] {
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

const toolStart = (index = 0) =>
  blockStart(index, { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} });
const jsonDelta = (index: number, partial_json: unknown) =>
  delta(index, { type: 'input_json_delta', partial_json });

describe('MessageAccumulator', () => {
  it('dispatches on the JSON type when there is no event line, and on the event name when the JSON has no type', () => {
    const accumulator = new MessageAccumulator();
    feed(accumulator, [start(), blockStart(0, { type: 'text', text: '' })]);
    expect(
      accumulator.push(sse({ index: 0, delta: { type: 'text_delta', text: 'hi' } }, 'content_block_delta')),
    ).toEqual([{ type: 'text_delta', index: 0, text: 'hi' }]);
    feed(accumulator, [blockStop(0), messageDelta('end_turn'), stop]);
    expect(accumulator.ended).toBe(true);
    expect(accumulator.end().content).toEqual([{ type: 'text', text: 'hi' }]);
  });

  it('ignores [DONE] after message_stop, but [DONE] alone is truncation', () => {
    const complete = new MessageAccumulator();
    feed(complete, [start(), messageDelta('end_turn'), stop, sse('[DONE]')]);
    expect(complete.end().stop_reason).toBe('end_turn');

    const cut = new MessageAccumulator();
    feed(cut, [
      start(),
      blockStart(0, { type: 'text', text: '' }),
      delta(0, { type: 'text_delta', text: 'par' }),
    ]);
    expect(cut.push(sse('[DONE]'))).toEqual([]);
    expect(cut.ended).toBe(false);
    const error = thrown(() => cut.end());
    expect(TruncatedStreamError.isInstance(error)).toBe(true);
    expect((error as TruncatedStreamError).partial.content).toEqual([{ type: 'text', text: 'par' }]);
    expect((error as TruncatedStreamError).eventCount).toBe(3);
    expect((error as TruncatedStreamError).retryable).toBe(false);
  });

  it('ignores ping, empty data and unknown event types', () => {
    const accumulator = new MessageAccumulator();
    const events = feed(accumulator, [
      sse({ type: 'ping' }, 'ping'),
      sse(''),
      sse({ type: 'future_thing', payload: 1 }, 'future_thing'),
    ]);
    expect(events).toEqual([]);
  });

  it('accepts missing and zero usage', () => {
    const none = new MessageAccumulator();
    feed(none, [start(), messageDelta('end_turn'), stop]);
    expect(none.end().usage).toEqual({});
    const zero = new MessageAccumulator();
    feed(zero, [
      start({ input_tokens: 0, output_tokens: 0 }),
      messageDelta('end_turn', { output_tokens: 0 }),
      stop,
    ]);
    expect(zero.end().usage).toEqual({ input_tokens: 0, output_tokens: 0 });
  });

  it('keeps the last value of each usage field when message_delta restates input_tokens', () => {
    const accumulator = new MessageAccumulator();
    const events = feed(accumulator, [
      start({ input_tokens: 43, output_tokens: 1, cache_read_input_tokens: 5 }),
      messageDelta(null, { output_tokens: 10 }),
      messageDelta('end_turn', { input_tokens: 61, output_tokens: 12 }),
      stop,
    ]);
    expect(events.filter((e) => e.type === 'usage_update')).toEqual([
      { type: 'usage_update', usage: { input_tokens: 43, output_tokens: 10, cache_read_input_tokens: 5 } },
      { type: 'usage_update', usage: { input_tokens: 61, output_tokens: 12, cache_read_input_tokens: 5 } },
    ]);
    expect(accumulator.end().usage).toEqual({
      input_tokens: 61,
      output_tokens: 12,
      cache_read_input_tokens: 5,
    });
  });

  it('accepts the whole tool input in one delta', () => {
    const accumulator = new MessageAccumulator();
    const events = feed(accumulator, [
      start(),
      toolStart(),
      jsonDelta(0, '{"city":"جدة","days":2}'),
      blockStop(0),
    ]);
    expect(events.at(-1)).toEqual({
      type: 'block_end',
      index: 0,
      block: { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'جدة', days: 2 } },
    });
  });

  it('grows a snapshot fragment by fragment, skipping the empty first fragment', () => {
    const accumulator = new MessageAccumulator();
    const events = feed(accumulator, [
      start(),
      toolStart(),
      jsonDelta(0, ''),
      jsonDelta(0, '{"city": "Ri'),
      jsonDelta(0, 'yadh", "days'),
      jsonDelta(0, '": 3}'),
    ]);
    expect(events.filter((e) => e.type === 'tool_input_delta')).toEqual([
      {
        type: 'tool_input_delta',
        index: 0,
        id: 'toolu_1',
        partialJson: '{"city": "Ri',
        snapshot: { city: 'Ri' },
      },
      {
        type: 'tool_input_delta',
        index: 0,
        id: 'toolu_1',
        partialJson: 'yadh", "days',
        snapshot: { city: 'Riyadh' },
      },
      {
        type: 'tool_input_delta',
        index: 0,
        id: 'toolu_1',
        partialJson: '": 3}',
        snapshot: { city: 'Riyadh', days: 3 },
      },
    ]);
    expect(accumulator.snapshot().content).toEqual([
      { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Riyadh', days: 3 } },
    ]);
  });

  it('parses an empty tool input as {} and keeps a start input when no delta came', () => {
    const accumulator = new MessageAccumulator();
    feed(accumulator, [
      start(),
      toolStart(0),
      jsonDelta(0, ''),
      blockStop(0),
      blockStart(1, { type: 'tool_use', id: 'toolu_2', name: 'now', input: { tz: 'UTC' } }),
      blockStop(1),
      messageDelta('tool_use'),
      stop,
    ]);
    expect(
      accumulator.end().content.map((block) => (block.type === 'tool_use' ? block.input : null)),
    ).toEqual([{}, { tz: 'UTC' }]);
  });

  it('accepts a tool input fragment sent as an object', () => {
    const accumulator = new MessageAccumulator();
    feed(accumulator, [start(), toolStart(), jsonDelta(0, { city: 'Doha' }), blockStop(0)]);
    expect(accumulator.snapshot().content[0]).toMatchObject({ input: { city: 'Doha' } });
  });

  it('throws InvalidToolInputError from push at content_block_stop when the input is not JSON', () => {
    const accumulator = new MessageAccumulator();
    feed(accumulator, [start(), toolStart(), jsonDelta(0, '{"city": Riyadh}')]);
    const error = thrown(() => accumulator.push(blockStop(0)));
    expect(InvalidToolInputError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      toolName: 'get_weather',
      toolUseId: 'toolu_1',
      rawJson: '{"city": Riyadh}',
    });
    expect((error as Error).message).toContain('get_weather');
  });

  it('throws InvalidToolInputError when the input is JSON but not an object', () => {
    const accumulator = new MessageAccumulator();
    feed(accumulator, [start(), toolStart(), jsonDelta(0, '[1, 2]')]);
    expect(InvalidToolInputError.isInstance(thrown(() => accumulator.push(blockStop(0))))).toBe(true);
  });

  it('accepts whitespace-padded JSON', () => {
    const accumulator = new MessageAccumulator();
    const events = feed(accumulator, [
      start(),
      sse('{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}  }'),
      sse(
        '{ "type" : "content_block_delta" , "index" : 0 , "delta" : { "type" : "text_delta" , "text" : "ok" } }',
      ),
      sse('{"type":"content_block_stop","index":0  }'),
    ]);
    expect(events.map((e) => e.type)).toEqual(['message_begin', 'text_delta', 'block_end']);
  });

  it('passes unknown block types and redacted thinking through as content blocks', () => {
    const accumulator = new MessageAccumulator();
    const unknown = { type: 'container_upload', file_id: 'file_1', extra: { nested: [1] } };
    const redacted = { type: 'redacted_thinking', data: 'opaque' };
    const events = feed(accumulator, [
      start(),
      blockStart(0, unknown),
      delta(0, { type: 'compaction_delta', content: 'x' }),
      blockStop(0),
      blockStart(1, redacted),
      blockStop(1),
    ]);
    expect(events.filter((e) => e.type === 'block_end').map((e) => e.block)).toEqual([unknown, redacted]);
  });

  it('accumulates thinking and its signature', () => {
    const accumulator = new MessageAccumulator();
    const events = feed(accumulator, [
      start(),
      blockStart(0, { type: 'thinking', thinking: '', signature: '' }),
      delta(0, { type: 'thinking_delta', thinking: 'hmm ' }),
      delta(0, { type: 'thinking_delta', thinking: '' }),
      delta(0, { type: 'signature_delta', signature: 'sig==' }),
      blockStop(0),
    ]);
    expect(events.slice(1)).toEqual([
      { type: 'thinking_delta', index: 0, thinking: 'hmm ' },
      { type: 'signature_delta', index: 0, signature: 'sig==' },
      { type: 'block_end', index: 0, block: { type: 'thinking', thinking: 'hmm ', signature: 'sig==' } },
    ]);
  });

  it('appends citations_delta to the text block', () => {
    const accumulator = new MessageAccumulator();
    const citation = { type: 'page_location', cited_text: 'x', start_page_number: 1 };
    feed(accumulator, [
      start(),
      blockStart(0, { type: 'text', text: '' }),
      delta(0, { type: 'citations_delta', citation }),
      delta(0, { type: 'text_delta', text: 'cited' }),
      delta(0, { type: 'citations_delta', citation }),
      blockStop(0),
    ]);
    expect(accumulator.snapshot().content).toEqual([
      { type: 'text', text: 'cited', citations: [citation, citation] },
    ]);
  });

  it('throws StreamEventError for an error event, with its type, not retryable', () => {
    const accumulator = new MessageAccumulator();
    feed(accumulator, [start()]);
    const error = thrown(() =>
      accumulator.push(
        sse({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, 'error'),
      ),
    );
    expect(StreamEventError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      errorType: 'overloaded_error',
      retryable: false,
      serverMessage: 'Overloaded',
    });
    expect((error as Error).message).toContain('Overloaded');
  });

  it('throws StreamParseError for non-JSON data and keeps its state, so the caller may go on', () => {
    const accumulator = new MessageAccumulator();
    feed(accumulator, [start(), blockStart(0, { type: 'text', text: '' })]);
    const before = accumulator.snapshot();
    const error = thrown(() => accumulator.push(sse('keep-alive')));
    expect(StreamParseError.isInstance(error)).toBe(true);
    expect((error as StreamParseError).dataSnippet).toBe('keep-alive');
    expect(StreamParseError.isInstance(thrown(() => accumulator.push(sse('42'))))).toBe(true);
    expect(accumulator.snapshot()).toEqual(before);
    feed(accumulator, [
      delta(0, { type: 'text_delta', text: 'still ok' }),
      blockStop(0),
      messageDelta('end_turn'),
      stop,
    ]);
    expect(accumulator.end().content).toEqual([{ type: 'text', text: 'still ok' }]);
  });

  it('synthesizes message_start for a gateway that skips it', () => {
    const accumulator = new MessageAccumulator();
    const events = feed(accumulator, [
      blockStart(0, { type: 'text', text: '' }),
      delta(0, { type: 'text_delta', text: 'x' }),
    ]);
    expect(events[0]).toEqual({ type: 'message_begin', id: '', model: '', usage: {} });
  });

  it('creates a text block for a delta that arrives without its content_block_start', () => {
    const accumulator = new MessageAccumulator();
    feed(accumulator, [
      start(),
      delta(0, { type: 'text_delta', text: 'orphan' }),
      messageDelta('end_turn'),
      stop,
    ]);
    expect(accumulator.end().content).toEqual([{ type: 'text', text: 'orphan' }]);
  });

  it('closes blocks left open at message_stop and emits stop then message_stop last', () => {
    const accumulator = new MessageAccumulator();
    const events = feed(accumulator, [
      start(),
      blockStart(0, { type: 'text', text: '' }),
      delta(0, { type: 'text_delta', text: 'a' }),
      messageDelta('max_tokens'),
      stop,
    ]);
    expect(events.slice(-3).map((e) => e.type)).toEqual(['block_end', 'stop_reason_update', 'message_end']);
    expect(events.at(-2)).toEqual({
      type: 'stop_reason_update',
      stopReason: 'max_tokens',
      stopSequence: null,
    });
    expect(events.at(-1)).toMatchObject({ type: 'message_end', message: { stop_reason: 'max_tokens' } });
  });

  it('ignores everything after message_stop', () => {
    const accumulator = new MessageAccumulator();
    feed(accumulator, [start(), messageDelta('end_turn'), stop]);
    expect(feed(accumulator, [blockStart(0, { type: 'text', text: 'late' }), sse('not json')])).toEqual([]);
    expect(accumulator.end().content).toEqual([]);
  });

  it('ignores duplicate starts and stops', () => {
    const accumulator = new MessageAccumulator();
    const events = feed(accumulator, [
      start(),
      start(),
      blockStart(0, { type: 'text', text: '' }),
      blockStart(0, { type: 'text', text: 'again' }),
      blockStop(0),
      blockStop(0),
    ]);
    expect(events.map((e) => e.type)).toEqual(['message_begin', 'block_end']);
  });
});

describe('MessageAccumulator: errors say what happened', () => {
  it.each([
    ['a string', 'oops', 'a string'],
    ['null', null, 'null'],
    ['an array', [], 'an array'],
    ['missing', undefined, 'missing'],
  ])('a message_start whose message is %s is a StreamParseError naming the field', (_, message, shown) => {
    const accumulator = new MessageAccumulator();
    const error = thrown(() => accumulator.push(sse({ type: 'message_start', message })));
    expect(StreamParseError.isInstance(error)).toBe(true);
    expect(TruncatedStreamError.isInstance(error)).toBe(false);
    expect((error as Error).message).toContain(`\`message_start\` event whose \`message\` field is ${shown}`);
    // The event is skipped: a good message_start afterwards starts the message as usual.
    expect(feed(accumulator, [start(), stop]).map((e) => e.type)).toEqual([
      'message_begin',
      'stop_reason_update',
      'message_end',
    ]);
  });

  it('reports truncation only for a stream that was cut', () => {
    const accumulator = new MessageAccumulator();
    feed(accumulator, [
      start(),
      blockStart(0, { type: 'text', text: '' }),
      delta(0, { type: 'text_delta', text: 'Hi' }),
    ]);
    const error = thrown(() => accumulator.end());
    expect(TruncatedStreamError.isInstance(error)).toBe(true);
    expect((error as TruncatedStreamError).eventCount).toBe(3);
    expect((error as TruncatedStreamError).partial.content).toEqual([{ type: 'text', text: 'Hi' }]);
  });

  it('removes every form of the key from an error event and from data that is not JSON', () => {
    const key = 'sk-accumulator-0123456789abcdef0123';
    const accumulator = new MessageAccumulator({ secrets: [key] });
    const echoed = thrown(() =>
      accumulator.push(
        sse({
          type: 'error',
          error: { type: `bad_${key}`, message: `Invalid key ${key.slice(0, 20)}… ${btoa(key)}` },
        }),
      ),
    ) as StreamEventError;
    expect(StreamEventError.isInstance(echoed)).toBe(true);
    const parse = thrown(() => accumulator.push(sse(`not json ${key}`))) as StreamParseError;
    for (const error of [echoed, parse]) {
      const shown = `${error.message} ${error.stack} ${JSON.stringify(error)}`;
      expect(shown).not.toContain(key.slice(0, 12));
      expect(shown).not.toContain(btoa(key).slice(4, 16));
      expect(shown).toContain('[redacted]');
    }
    expect(echoed.errorType).toBe('bad_[redacted]');
  });
});
