import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StreamParseError, TruncatedStreamError } from '../src/protocol/index.ts';
import { ChatStreamError, readChatStream, type ChatStreamEvent } from '../src/web/index.ts';
import { responseOf } from './support/response-of.ts';

const EVENTS: ChatStreamEvent[] = [
  { type: 'start', id: 'msg_1', model: 'qwen3.5:397b' },
  { type: 'text', text: 'مرحبا بالعالم ' },
  { type: 'text', text: '👋🏽 hello' },
  { type: 'finish', stopReason: 'end_turn', usage: { input_tokens: 3, output_tokens: 5 } },
];

function sse(events: unknown[]): Uint8Array {
  return new TextEncoder().encode(
    `: stream-open\n\n${events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('')}`,
  );
}

async function collect(response: Response): Promise<ChatStreamEvent[]> {
  const events: ChatStreamEvent[] = [];
  for await (const event of readChatStream(response)) events.push(event);
  return events;
}

describe('readChatStream', () => {
  it('decodes Arabic and emoji split anywhere across chunks', async () => {
    const bytes = sse(EVENTS);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (cuts) => {
        expect(await collect(responseOf(bytes, cuts))).toEqual(EVENTS);
      }),
      { numRuns: 200 },
    );
  });

  it('decodes one byte at a time', async () => {
    const bytes = sse(EVENTS);
    expect(await collect(responseOf(bytes, [...bytes.keys()]))).toEqual(EVENTS);
  });

  it('throws TruncatedStreamError when finish never comes', async () => {
    await expect(collect(responseOf(sse(EVENTS.slice(0, 2)), []))).rejects.toBeInstanceOf(
      TruncatedStreamError,
    );
  });

  it('throws ChatStreamError for an error event, with its details', async () => {
    const error = {
      name: 'RateLimitError',
      message: 'Slow down',
      status: 429,
      retryable: true,
      retryAfterMs: 2000,
    };
    const caught = await collect(responseOf(sse([EVENTS[0], { type: 'error', error }]), [])).catch(
      (e: unknown) => e,
    );
    expect(caught).toBeInstanceOf(ChatStreamError);
    expect((caught as ChatStreamError).info).toEqual(error);
    expect((caught as ChatStreamError).status).toBe(429);
  });
});

describe('readChatStream on foreign data', () => {
  it.each([
    ['not JSON', 'data: hello\n\n'],
    ['null', 'data: null\n\n'],
    ['an object without a type', 'data: {"text":"x"}\n\n'],
    ['an error event without an error', 'data: {"type":"error","error":null}\n\n'],
  ])('raises StreamParseError for %s', async (_name, body) => {
    await expect(collect(new Response(body))).rejects.toBeInstanceOf(StreamParseError);
  });
});
