import { describe, expect, it } from 'vitest';
import { MessageAccumulator } from '../anthropic/message-accumulator.ts';
import { InvalidToolInputError } from '../errors/invalid-tool-input-error.ts';
import { StreamEventError } from '../errors/stream-event-error.ts';
import { StreamParseError } from '../errors/stream-parse-error.ts';
import { ChatCompletionAccumulator } from '../openai/chat-completion-accumulator.ts';
import type { SSEMessage } from '../sse/create-sse-decoder.ts';

// What the accumulators make of data that is not a normal event: error events, data that is not
// an event object, tool input that is not an object, and keys a gateway should never send.

const raw = (data: string): SSEMessage => ({ event: undefined, data, id: undefined });
const sse = (value: unknown): SSEMessage => raw(JSON.stringify(value));
const begin = sse({ type: 'message_start', message: { id: 'msg_1', model: 'm', content: [] } });

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** The error a Messages stream throws for a mid-stream `error` event with this payload. */
function eventError(payload: Record<string, unknown>): StreamEventError {
  const accumulator = new MessageAccumulator();
  accumulator.push(begin);
  const error = thrown(() => accumulator.push(sse({ type: 'error', ...payload })));
  expect(StreamEventError.isInstance(error)).toBe(true);
  return error as StreamEventError;
}

describe('a mid-stream error event', () => {
  it("names the error by its type, else by its code (string or number), else 'error'", () => {
    expect(eventError({ error: { type: 'overloaded_error', code: 'x' } }).errorType).toBe('overloaded_error');
    expect(eventError({ error: { type: '', code: 'rate_limit_exceeded' } }).errorType).toBe(
      'rate_limit_exceeded',
    );
    expect(eventError({ error: { code: 503 } }).errorType).toBe('503');
    expect(eventError({ error: { code: { nested: true } } }).errorType).toBe('error');
    expect(eventError({ error: 'not an object' }).errorType).toBe('error');
  });

  it("carries the gateway's message, cut to 300 characters, and only a string one", () => {
    const long = `${'م'.repeat(299)}XY`;
    const error = eventError({ error: { type: 'api_error', message: long } });
    expect(error.serverMessage).toBe(long.slice(0, 300));
    expect(error.message).toContain(long.slice(0, 300));
    expect(error.message).not.toContain('XY');
    expect(
      eventError({ error: { type: 'api_error', message: { text: 'x' } } }).serverMessage,
    ).toBeUndefined();
  });

  it('keeps a string request id, and only a string one', () => {
    expect(eventError({ error: { type: 'api_error' }, request_id: 'req_42' }).requestId).toBe('req_42');
    expect(eventError({ error: { type: 'api_error' }, request_id: 42 }).requestId).toBeUndefined();
  });

  it('is read the same way from an OpenAI-style error chunk', () => {
    const accumulator = new ChatCompletionAccumulator();
    const error = thrown(() =>
      accumulator.push(sse({ error: { message: 'Upstream failed', code: 502 }, request_id: 'req_7' })),
    ) as StreamEventError;
    expect(StreamEventError.isInstance(error)).toBe(true);
    expect([error.errorType, error.serverMessage, error.requestId]).toEqual([
      '502',
      'Upstream failed',
      'req_7',
    ]);
  });
});

describe('data that is not an event', () => {
  it('blank data (whitespace only) is a keep-alive, and [DONE] may be padded', () => {
    const accumulator = new ChatCompletionAccumulator();
    expect(accumulator.push(raw('  \t '))).toEqual([]);
    expect(accumulator.ended).toBe(false);
    accumulator.push(raw(' [DONE] '));
    expect(accumulator.ended).toBe(true);
  });

  it('says whether the data is not JSON or JSON that is not an event object', () => {
    const accumulator = new MessageAccumulator();
    const notJson = thrown(() => accumulator.push(raw('{"type":')));
    expect(StreamParseError.isInstance(notJson)).toBe(true);
    expect(notJson.message).toContain('data that is not JSON: "{"type":"');
    const notObject = thrown(() => accumulator.push(raw('[1,2]')));
    expect(StreamParseError.isInstance(notObject)).toBe(true);
    expect(notObject.message).toContain('data that is JSON but not an event object: "[1,2]"');
  });
});

describe('tool input, once complete', () => {
  const toolStream = (...fragments: string[]) => {
    const accumulator = new MessageAccumulator();
    for (const event of [
      begin,
      sse({
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'tool_use', id: 'toolu_1', name: 'f', input: {} },
      }),
      ...fragments.map((partial_json) =>
        sse({ type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json } }),
      ),
    ])
      accumulator.push(event);
    return accumulator;
  };

  it('of whitespace only is the empty object', () => {
    const accumulator = toolStream(' ', '\n');
    accumulator.push(sse({ type: 'content_block_stop', index: 0 }));
    expect(accumulator.snapshot().content).toEqual([
      { type: 'tool_use', id: 'toolu_1', name: 'f', input: {} },
    ]);
  });

  it('says whether it is not JSON or JSON that is not an object', () => {
    const notJson = thrown(() => toolStream('{"a":').push(sse({ type: 'content_block_stop', index: 0 })));
    expect(InvalidToolInputError.isInstance(notJson)).toBe(true);
    expect(notJson.message).toContain('(toolu_1): not valid JSON (input: "{\\"a\\":")');
    const notObject = thrown(() => toolStream('[1]').push(sse({ type: 'content_block_stop', index: 0 })));
    expect(InvalidToolInputError.isInstance(notObject)).toBe(true);
    expect(notObject.message).toContain('(toolu_1): valid JSON but not an object (input: "[1]")');
  });
});

describe('usage', () => {
  it('a "__proto__" key in a usage report is dropped, never merged into the usage', () => {
    const accumulator = new MessageAccumulator();
    accumulator.push(begin);
    accumulator.push(
      raw('{"type":"message_delta","delta":{},"usage":{"__proto__":{"polluted":1},"output_tokens":3}}'),
    );
    const usage = accumulator.snapshot().usage;
    expect(usage).toEqual({ output_tokens: 3 });
    expect(Object.getPrototypeOf(usage)).toBe(Object.prototype);
    expect('polluted' in usage).toBe(false);
  });
});
