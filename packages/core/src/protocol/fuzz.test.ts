import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceDecode } from './__fixtures__/reference-sse-decoder.ts';
import {
  STREAM_FIXTURES,
  createAccumulator,
  lineEndingVariants,
  runStream,
  splitAt,
  type StreamKind,
} from './__fixtures__/stream-harness.ts';
import { parseMessage } from './anthropic/parse-message.ts';
import { createAPIError } from './errors/create-api-error.ts';
import { ResayilError } from './errors/resayil-error.ts';
import { sanitizeSnippet } from './errors/sanitize-snippet.ts';
import { StreamParseError } from './errors/stream-parse-error.ts';
import { parseJsonBody } from './json/parse-json-body.ts';
import { parsePartialJson } from './json/parse-partial-json.ts';
import { chatCompletionToMessage } from './openai/chat-completion-to-message.ts';
import { createSSEDecoder, type SSEMessage } from './sse/create-sse-decoder.ts';
import type { ChatCompletion } from './wire/openai.ts';

const KINDS: StreamKind[] = ['anthropic', 'openai'];
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Calls `fn`; passes if it returns or throws a toolkit error, fails on anything else. */
function onlyToolkitErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!ResayilError.isInstance(error)) throw error;
  }
}

function expectNoForeignError(kind: StreamKind, chunks: Uint8Array[]): void {
  const run = runStream(kind, chunks);
  if (run.error !== undefined && !ResayilError.isInstance(run.error)) throw run.error;
}

const fixtures = STREAM_FIXTURES.map(({ file, kind }) => ({
  kind,
  bytes: new Uint8Array(readFileSync(new URL(`./__fixtures__/${file}`, import.meta.url))),
}));

/** Pieces that make malformed SSE likely to reach every branch. */
const SSE_PIECES = [
  'data: ',
  'data:',
  'event: ',
  'event: error',
  'id: 1',
  ': comment',
  'retry: x',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '[DONE]',
  '{',
  '}',
  '[]',
  '"',
  ',',
  '"type":',
  '"message_start"',
  '"content_block_start"',
  '"content_block_delta"',
  '"content_block_stop"',
  '"message_delta"',
  '"message_stop"',
  '"error"',
  '"index":0',
  '"index":-1',
  '"delta":{"type":"input_json_delta","partial_json":"{\\"a"}',
  '"delta":{"type":"text_delta","text":"مرحبا 👋"}',
  '"content_block":{"type":"tool_use","id":"t","name":"n","input":{}}',
  '"choices":[{"index":0,"delta":[],"finish_reason":"stop"}]',
  '"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{"}}]}}]',
  '\u00ef\u00bb\u00bf',
];

describe('fuzz: nothing crashes with a foreign error, nothing hangs', () => {
  it('random bytes in random chunks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.uint8Array({ maxLength: 600 }),
        fc.array(fc.nat(600), { maxLength: 30 }),
        (kind, bytes, cuts) => expectNoForeignError(kind, splitAt(bytes, cuts)),
      ),
      { numRuns: 500 },
    );
  });

  it('malformed SSE built from stream-shaped pieces', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.array(fc.constantFrom(...SSE_PIECES), { maxLength: 120 }),
        fc.array(fc.nat(2000), { maxLength: 20 }),
        (kind, pieces, cuts) => expectNoForeignError(kind, splitAt(encode(pieces.join('')), cuts)),
      ),
      { numRuns: 1000 },
    );
  });

  it('recorded streams with bytes deleted, inserted or flipped', () => {
    const mutation = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('delete', 'insert', 'flip'),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(3000), { maxLength: 10 }),
        ({ kind, bytes }, mutations, cuts) => {
          let mutated = [...bytes];
          for (const m of mutations) {
            const at = m.at % (mutated.length + 1);
            if (m.kind === 'delete') mutated.splice(at, m.bytes.length);
            else if (m.kind === 'insert') mutated.splice(at, 0, ...m.bytes);
            else
              mutated = mutated.map((b, i) =>
                i >= at && i < at + m.bytes.length ? b ^ (m.bytes[i - at] ?? 0) : b,
              );
          }
          expectNoForeignError(kind, splitAt(new Uint8Array(mutated), cuts));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('Anthropic events with fields of any JSON type', () => {
    const anyValue = fc.jsonValue({ maxDepth: 3 });
    const index = fc.oneof(fc.nat(4), anyValue);
    const block = fc.record(
      {
        type: fc.constantFrom(
          'text',
          'tool_use',
          'server_tool_use',
          'thinking',
          'redacted_thinking',
          'mystery',
        ),
        text: anyValue,
        id: anyValue,
        name: anyValue,
        input: anyValue,
        thinking: anyValue,
        signature: anyValue,
        citations: anyValue,
      },
      { requiredKeys: ['type'] },
    );
    const delta = fc.record(
      {
        type: fc.constantFrom(
          'text_delta',
          'input_json_delta',
          'thinking_delta',
          'signature_delta',
          'citations_delta',
          'x',
        ),
        text: anyValue,
        partial_json: fc.oneof(fc.string(), anyValue),
        thinking: anyValue,
        signature: anyValue,
        citation: anyValue,
        stop_reason: anyValue,
        stop_sequence: anyValue,
      },
      { requiredKeys: ['type'] },
    );
    const event = fc.record(
      {
        type: fc.constantFrom(
          'message_start',
          'content_block_start',
          'content_block_delta',
          'content_block_stop',
          'message_delta',
          'message_stop',
          'ping',
          'error',
        ),
        index,
        message: fc.oneof(
          anyValue,
          fc.record({ id: anyValue, model: anyValue, usage: anyValue, content: anyValue }),
        ),
        content_block: fc.oneof(block, anyValue),
        delta: fc.oneof(delta, anyValue),
        usage: anyValue,
        error: anyValue,
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (events) => {
        const accumulator = createAccumulator('anthropic');
        for (const e of events)
          onlyToolkitErrors(() =>
            accumulator.push({ event: undefined, data: JSON.stringify(e), id: undefined }),
          );
        onlyToolkitErrors(() => accumulator.snapshot());
        onlyToolkitErrors(() => accumulator.end());
      }),
      { numRuns: 1000 },
    );
  });

  it('chat-completion chunks with fields of any JSON type', () => {
    const anyValue = fc.jsonValue({ maxDepth: 3 });
    const toolCall = fc.record(
      {
        index: fc.oneof(fc.nat(3), anyValue),
        id: fc.oneof(fc.constantFrom('call_1', 'call_2', ''), anyValue),
        function: fc.oneof(
          fc.record(
            { name: fc.oneof(fc.string(), anyValue), arguments: fc.oneof(fc.string(), anyValue) },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
      },
      { requiredKeys: [] },
    );
    const delta = fc.oneof(
      fc.constant([]),
      anyValue,
      fc.record(
        {
          role: anyValue,
          content: fc.oneof(fc.string(), anyValue),
          tool_calls: fc.oneof(fc.array(toolCall), anyValue),
          reasoning: anyValue,
        },
        { requiredKeys: [] },
      ),
    );
    const chunk = fc.record(
      {
        id: anyValue,
        model: anyValue,
        choices: fc.oneof(
          fc.array(fc.record({ index: anyValue, delta, finish_reason: anyValue }, { requiredKeys: [] })),
          anyValue,
        ),
        usage: anyValue,
        error: anyValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            chunk.map((c) => JSON.stringify(c)),
            fc.constant('[DONE]'),
          ),
          { maxLength: 20 },
        ),
        (datas) => {
          const accumulator = createAccumulator('openai');
          for (const data of datas)
            onlyToolkitErrors(() => accumulator.push({ event: undefined, data, id: undefined }));
          onlyToolkitErrors(() => accumulator.end());
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('error responses of any status, headers and body', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 999 }),
        fc.dictionary(
          fc.constantFrom(
            'retry-after',
            'retry-after-ms',
            'content-type',
            'request-id',
            'location',
            'x-should-retry',
          ),
          fc.string(),
        ),
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        fc.array(fc.string(), { maxLength: 3 }),
        (status, headers, bodyText, secrets) => {
          const error = createAPIError({ status, headers, bodyText, secrets, now: 0 });
          expect(ResayilError.isInstance(error)).toBe(true);
          for (const secret of secrets.filter((s) => s.length >= 8))
            expect(error.message).not.toContain(secret);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('non-streamed bodies and partial JSON of any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          onlyToolkitErrors(() => parseMessage(text));
          onlyToolkitErrors(() => parseJsonBody(text, null));
          onlyToolkitErrors(() => chatCompletionToMessage(parseJsonBody<ChatCompletion>(text, null)));
          parsePartialJson(text);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** Decodes the chunks with the decoder under test. */
function decodeChunks(chunks: readonly Uint8Array[]): SSEMessage[] {
  const decoder = createSSEDecoder();
  return [...chunks.flatMap((chunk) => decoder.push(chunk)), ...decoder.end()];
}

/** Pieces of SSE that reach the corners of the specification. */
const SPEC_PIECES = [
  ...SSE_PIECES,
  'data',
  'event',
  'event:',
  'id',
  'id: \u0000x',
  'retry: 10',
  'Data: x',
  ':',
  ' data: x',
  'data:\u00a0x',
  '\ufeff',
  '\u2028',
  'ö',
];

describe('fuzz with an oracle: the SSE decoder equals a reference decoder written from the specification', () => {
  const agrees = (bytes: Uint8Array, cuts: number[]): void => {
    expect(decodeChunks(splitAt(bytes, cuts))).toEqual(referenceDecode(bytes));
  };

  it('random bytes in random chunks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat(400), { maxLength: 30 }), agrees),
      { numRuns: 500 },
    );
  });

  it('SSE built from pieces of the specification, in random chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SPEC_PIECES), { maxLength: 80 }),
        fc.array(fc.nat(1500), { maxLength: 20 }),
        (pieces, cuts) => agrees(encode(pieces.join('')), cuts),
      ),
      { numRuns: 1000 },
    );
  });

  it('the recorded streams, with every line ending and a byte-order mark, in random chunks', () => {
    const variants = fixtures.flatMap(({ bytes }) => Object.values(lineEndingVariants(bytes)));
    fc.assert(fc.property(fc.constantFrom(...variants), fc.array(fc.nat(6000), { maxLength: 40 }), agrees), {
      numRuns: 300,
    });
  });
});

/** Where a whole event may be inserted in a recorded (LF) stream: after a blank line, before the terminal event. */
function eventBoundaries(bytes: Uint8Array, kind: StreamKind): number[] {
  const text = new TextDecoder().decode(bytes);
  const terminal = text.indexOf(kind === 'anthropic' ? '"message_stop"' : '[DONE]');
  const boundaries = [0];
  for (let at = text.indexOf('\n\n'); at !== -1 && at < terminal; at = text.indexOf('\n\n', at + 1)) {
    boundaries.push(encode(text.slice(0, at + 2)).length);
  }
  return boundaries.filter((offset) => offset < encode(text.slice(0, terminal)).length);
}

/** One line of data that is not an event object: not JSON, or JSON of another kind. */
const notAnEvent = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
  )
  .filter((data) => {
    if (/[\r\n]/u.test(data) || data.trim() === '' || data.trim() === '[DONE]') return false;
    try {
      const value: unknown = JSON.parse(data);
      return typeof value !== 'object' || value === null || Array.isArray(value);
    } catch {
      return true;
    }
  });

describe('fuzz with an oracle: data that is not an event is a StreamParseError naming it', () => {
  it('a recorded stream with such a line inserted: the events before it, then the error quoting the line', () => {
    const cases = fixtures.flatMap(({ kind, bytes }) =>
      eventBoundaries(bytes, kind).map((offset) => ({ kind, bytes, offset })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        notAnEvent,
        fc.array(fc.nat(6000), { maxLength: 20 }),
        ({ kind, bytes, offset }, data, cuts) => {
          const line = encode(`data: ${data}\n\n`);
          const mutated = new Uint8Array([...bytes.subarray(0, offset), ...line, ...bytes.subarray(offset)]);
          const run = runStream(kind, splitAt(mutated, cuts));
          expect(run.error).toBeInstanceOf(StreamParseError);
          const error = run.error as StreamParseError;
          expect(error.dataSnippet).toBe(sanitizeSnippet(data.trim()));
          expect(error.message).toContain(`"${error.dataSnippet}"`);
          // Nothing lost and nothing invented: exactly the events of the stream up to that line.
          expect(run.events).toEqual(runStream(kind, [bytes.subarray(0, offset)]).events);
        },
      ),
      { numRuns: 500 },
    );
  });
});
