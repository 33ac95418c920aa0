import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { RateLimitError } from '../protocol/index.ts';
import type { ToolRunEvent } from '../client/tool-run.ts';
import { createChatStreamMapper } from './chat-stream-mapper.ts';
import { toChatEventStream } from './to-chat-event-stream.ts';

const begin: ToolRunEvent = { type: 'message_begin', id: 'msg_1', model: 'm', usage: {} };
const text = (t: string): ToolRunEvent => ({ type: 'text_delta', index: 0, text: t });
const end: ToolRunEvent = {
  type: 'message_end',
  message: {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    model: 'm',
    content: [],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { output_tokens: 3 },
  },
};
/** A later turn of the event loop, far enough that a loaded machine does not run it early. */
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 10));

/** Events in groups: the events of a group come in one turn of the event loop, groups in separate turns. */
async function* inTurns(groups: ToolRunEvent[][], log: string[] = []): AsyncGenerator<ToolRunEvent> {
  try {
    for (const group of groups) {
      await macrotask();
      yield* group;
    }
  } finally {
    log.push('returned');
  }
}

/** Every chunk of the stream, decoded. */
async function chunksOf(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(decoder.decode(next.value));
  }
  return chunks;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** A run whose events (`begin`, `end`) come only once `release()` is called. */
function gatedRun(): { gated: () => AsyncGenerator<ToolRunEvent>; release: () => void } {
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  async function* gated(): AsyncGenerator<ToolRunEvent> {
    await gate;
    yield begin;
    yield end;
  }
  return { gated, release: () => release() };
}

const data = (event: object) => `data: ${JSON.stringify(event)}\n\n`;
const map = () => createChatStreamMapper(false);

describe('toChatEventStream', () => {
  it('holds none of the events it has sent while an upstream that is already buffered keeps it in one turn', async () => {
    // 20,000 events of 1,000 fresh characters (20 MB of text), all within one turn of the event loop.
    async function* buffered(): AsyncGenerator<ToolRunEvent> {
      yield begin;
      for (let i = 0; i < 20_000; i++) yield text(String(i).padEnd(1000, '.'));
      yield end;
    }
    const before = heapAfterGc();
    const reader = (await toChatEventStream(buffered, map())).getReader();
    let bytes = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.length;
    const held = heapAfterGc() - before; // measured before the turn ends: nothing has been let go by a timer
    expect(bytes).toBeGreaterThan(20_000_000);
    expect(held).toBeLessThan(4_000_000);
  });

  it('splits a turn that brings more than 16 KiB of events, so no chunk holds much more than that', async () => {
    const piece = 'x'.repeat(1000);
    const many = Array.from({ length: 100 }, () => text(piece));
    const chunks = await chunksOf(
      await toChatEventStream(() => inTurns([[begin, text('a'), ...many], [end]]), map()),
    );
    const textChunks = chunks.filter((c) => c.includes(piece));
    expect(textChunks.length).toBeGreaterThan(4);
    for (const chunk of textChunks) expect(chunk.length).toBeLessThan(16 * 1024 + 1100);
    expect(chunks.join('').split(piece).length - 1).toBe(100);
  });

  it('sends the first token at once, then the events of each turn as one chunk', async () => {
    const stream = await toChatEventStream(
      () => inTurns([[begin, text('a'), text('b'), text('c')], [text('d'), text('e')], [end]]),
      map(),
    );
    expect(await chunksOf(stream)).toEqual([
      data({ type: 'start', id: 'msg_1', model: 'm' }) + data({ type: 'text', text: 'a' }),
      data({ type: 'text', text: 'b' }) + data({ type: 'text', text: 'c' }),
      data({ type: 'text', text: 'd' }) + data({ type: 'text', text: 'e' }),
      data({ type: 'finish', stopReason: 'end_turn', usage: { output_tokens: 3 } }),
    ]);
  });

  it('counts reasoning as the first token too', async () => {
    const thinking: ToolRunEvent = { type: 'thinking_delta', index: 0, thinking: 'hmm' };
    const stream = await toChatEventStream(
      () => inTurns([[begin, thinking, text('a'), text('b')], [end]]),
      map(),
    );
    const [first, ...rest] = await chunksOf(stream);
    expect(first).toBe(
      data({ type: 'start', id: 'msg_1', model: 'm' }) + data({ type: 'thinking', text: 'hmm' }),
    );
    expect(rest.join('')).toBe(
      data({ type: 'text', text: 'a' }) +
        data({ type: 'text', text: 'b' }) +
        data({ type: 'finish', stopReason: 'end_turn', usage: { output_tokens: 3 } }),
    );
  });

  it('resolves only once the first event has arrived', async () => {
    const { gated, release } = gatedRun();
    let resolved = false;
    const pending = toChatEventStream(() => gated(), map()).then((stream) => {
      resolved = true;
      return stream;
    });
    await macrotask();
    expect(resolved).toBe(false);
    release();
    const chunks = await chunksOf(await pending);
    expect(chunks.join('')).toContain('"type":"finish"');
  });

  it('resolves once the run says the gateway has answered, before its first event', async () => {
    const { gated, release } = gatedRun();
    const stream = await toChatEventStream(
      () => Object.assign(gated(), { connected: Promise.resolve() }),
      map(),
    );
    release();
    expect((await chunksOf(stream)).join('')).toContain('"type":"finish"');
  });

  it('ends with an error event when the run fails mid-stream, after what it sent', async () => {
    async function* failing(): AsyncGenerator<ToolRunEvent> {
      yield begin;
      yield text('a');
      await macrotask();
      throw new RateLimitError({ status: 429, retryAfterMs: 2000 });
    }
    const body = (await chunksOf(await toChatEventStream(() => failing(), map()))).join('');
    expect(body).toContain(data({ type: 'text', text: 'a' }));
    expect(body.endsWith('\n\n')).toBe(true);
    const last = JSON.parse(body.trim().split('\n\n').at(-1)?.slice('data: '.length) ?? '') as {
      type: string;
      error: { name: string; retryAfterMs?: number };
    };
    expect(last).toMatchObject({ type: 'error', error: { name: 'RateLimitError', retryAfterMs: 2000 } });
  });

  it('reports a run that cannot start as an error event, hiding an unexpected error', async () => {
    const stream = await toChatEventStream(() => {
      throw new Error('secret server detail');
    }, map());
    const body = (await chunksOf(stream)).join('');
    expect(body).toContain('"name":"InternalError"');
    expect(body).not.toContain('secret server detail');
  });

  it('cancelling the response ends the run', async () => {
    const log: string[] = [];
    const stream = await toChatEventStream(
      () => inTurns([[begin, text('a')], [text('b')], [text('c')], [end]], log),
      map(),
    );
    const reader = stream.getReader();
    await reader.read(); // start + the first turn's token
    await reader.cancel();
    expect(log).toEqual(['returned']);
  });
});
