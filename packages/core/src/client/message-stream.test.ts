import { describe, expect, it } from 'vitest';
import { MessageAccumulator, StreamEventError, UserAbortError, type StreamEvent } from '../protocol/index.ts';
import { MessageStream, type StreamWatcher } from './message-stream.ts';
import { RequestController } from './request-controller.ts';

// MessageStream decodes each chunk of the body into a batch of events and hands them out one by
// one. These tests give it bodies whose chunks hold several events each, through its `open` seam
// (the HTTP side is covered against the emulator in test/), to check that a batch behaves like
// the events one at a time would.

const sse = (...events: object[]): string => events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('');
const START = { type: 'message_start', message: { id: 'msg_1', model: 'm', content: [], usage: {} } };
const BLOCK = { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } };
const text = (t: string) => ({
  type: 'content_block_delta',
  index: 0,
  delta: { type: 'text_delta', text: t },
});
const END = [
  { type: 'content_block_stop', index: 0 },
  { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 3 } },
  { type: 'message_stop' },
];

/** A stream over the given chunks, with what happened to its body and request. */
function streamOf(
  chunks: string[],
  watcher?: StreamWatcher,
  onRawEvent?: (message: { data: string }) => void,
) {
  const seen = { cancelled: false, abortReason: undefined as unknown };
  const controller = new RequestController();
  controller.signal.addEventListener('abort', () => {
    seen.abortReason = controller.signal.reason;
  });
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      const chunk = chunks[next++];
      if (chunk === undefined) c.close();
      else c.enqueue(encoder.encode(chunk));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  const response = new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  const stream = new MessageStream(
    () => Promise.resolve({ response, controller, requestId: 'req_1' }),
    new MessageAccumulator(),
    { idleTimeout: 60_000, secrets: ['sk-secret'] },
    undefined,
    onRawEvent,
    watcher,
  );
  return { stream, seen };
}

const types = (events: StreamEvent[]) => events.map((e) => e.type);

/** Iterates a stream to its end or its error, pushing each event; returns the error, if any. */
async function iterate(stream: MessageStream, events: StreamEvent[], onEvent?: () => void): Promise<unknown> {
  try {
    for await (const event of stream) {
      events.push(event);
      onEvent?.();
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('MessageStream batches', () => {
  it('hands out the first chunk message by message, so its first token does not wait for the rest; later chunks whole', async () => {
    let decoded = 0;
    const { stream } = streamOf(
      [sse(START, BLOCK, text('a'), text('b'), text('c')), sse(text('d'), text('e'), ...END)],
      undefined,
      () => decoded++,
    );
    const decodedAt: Array<[string, number]> = [];
    for await (const event of stream) decodedAt.push([event.type, decoded]);
    expect(decodedAt.slice(0, 5)).toEqual([
      ['message_begin', 1],
      ['text_delta', 3],
      ['text_delta', 4],
      ['text_delta', 5],
      ['text_delta', 10], // the second chunk was decoded whole before its first event
    ]);
    expect((await stream.finalMessage()).content).toEqual([{ type: 'text', text: 'abcde' }]);
  });

  it('is connected once the response has arrived, before its first event; and when it fails first', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const body = new ReadableStream<Uint8Array>({
      async pull(c) {
        await gate;
        c.enqueue(new TextEncoder().encode(sse(START, BLOCK, text('a'), ...END)));
        c.close();
      },
    });
    const response = new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    const stream = new MessageStream(
      () => Promise.resolve({ response, controller: new RequestController(), requestId: 'req_1' }),
      new MessageAccumulator(),
      { idleTimeout: 60_000, secrets: [] },
    );
    let connected = false;
    void stream.connected.then(() => (connected = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(connected).toBe(false); // nothing is sent before the stream is iterated
    const first = stream[Symbol.asyncIterator]().next();
    let eventArrived = false;
    void first.then(() => (eventArrived = true));
    await stream.connected;
    expect([connected, eventArrived]).toEqual([true, false]);
    release();
    expect((await first).value).toMatchObject({ type: 'message_begin' });

    const failing = new MessageStream(() => Promise.reject(new Error('refused')), new MessageAccumulator(), {
      idleTimeout: 60_000,
      secrets: [],
    });
    const failed = failing[Symbol.asyncIterator]().next();
    await failing.connected;
    await expect(failed).rejects.toThrow('refused');
  });

  it('hands out every event of a chunk in order, and the final message', async () => {
    const { stream } = streamOf([sse(START, BLOCK, text('Hello'), text(', world')), sse(...END)]);
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    expect(types(events)).toEqual([
      'message_begin',
      'text_delta',
      'text_delta',
      'block_end',
      'usage_update',
      'stop_reason_update',
      'message_end',
    ]);
    expect((await stream.finalMessage()).content).toEqual([{ type: 'text', text: 'Hello, world' }]);
    expect(stream.requestId).toBe('req_1');
  });

  it('delivers the events before an error in the same chunk, then the error', async () => {
    const error = { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } };
    const { stream } = streamOf([sse(START, BLOCK, text('Hel'), text('lo'), error, text('never'))]);
    const events: StreamEvent[] = [];
    expect(await iterate(stream, events)).toBeInstanceOf(StreamEventError);
    expect(types(events)).toEqual(['message_begin', 'text_delta', 'text_delta']);
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(StreamEventError);
  });

  it('answers calls made before the previous one settled, in order', async () => {
    const { stream } = streamOf([sse(START, BLOCK), sse(text('a')), sse(text('b'), ...END)]);
    const iterator = stream[Symbol.asyncIterator]();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => iterator.next()));
    expect(results.map((r) => (r.done ? 'done' : r.value.type))).toEqual([
      'message_begin',
      'text_delta',
      'text_delta',
      'block_end',
      'usage_update',
    ]);
    expect(results.filter((r) => !r.done && r.value.type === 'text_delta').map((r) => r.value)).toEqual([
      { type: 'text_delta', index: 0, text: 'a' },
      { type: 'text_delta', index: 0, text: 'b' },
    ]);
  });

  it('a consumer that stops in the middle of a batch cancels the body and aborts the request', async () => {
    const settled: unknown[] = [];
    const watcher: StreamWatcher = { observe: () => undefined, settle: (usage) => settled.push(usage) };
    const { stream, seen } = streamOf(
      [sse(START, BLOCK, text('a'), text('b'), text('c')), sse(...END)],
      watcher,
    );
    for await (const event of stream) if (event.type === 'text_delta') break;
    expect(seen.cancelled).toBe(true);
    // The spending watcher is settled with no usage: the running estimate is charged.
    expect(settled).toEqual([undefined]);
    expect(seen.abortReason).toBeInstanceOf(UserAbortError);
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(UserAbortError);
  });

  it('abort() between two events of a batch ends the stream at once', async () => {
    const { stream } = streamOf([sse(START, BLOCK, text('a'), text('b'), ...END)]);
    const events: StreamEvent[] = [];
    const error = await iterate(stream, events, () => {
      if (events.at(-1)?.type === 'text_delta') stream.abort();
    });
    expect(error).toBeInstanceOf(UserAbortError);
    expect(types(events)).toEqual(['message_begin', 'text_delta']);
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(UserAbortError);
  });

  it("a watcher's stop ends the batch after the event that crossed the line, and aborts the request", async () => {
    const over = new Error('over budget');
    const settled: unknown[] = [];
    let texts = 0;
    const watcher: StreamWatcher = {
      observe: (event) => (event.type === 'text_delta' && ++texts === 2 ? over : undefined),
      settle: (usage) => settled.push(usage),
    };
    const { stream, seen } = streamOf([sse(START, BLOCK, text('a'), text('b'), text('c'), ...END)], watcher);
    const events: StreamEvent[] = [];
    expect(await iterate(stream, events)).toBe(over);
    expect(types(events)).toEqual(['message_begin', 'text_delta', 'text_delta']);
    expect(seen.abortReason).toBe(over);
    expect(settled).toEqual([undefined]);
  });

  it('settles the watcher once with the final usage when the stream completes', async () => {
    const settled: unknown[] = [];
    const watcher: StreamWatcher = { observe: () => undefined, settle: (usage) => settled.push(usage) };
    const { stream } = streamOf([sse(START, BLOCK, text('a'), ...END)], watcher);
    await stream.finalMessage();
    expect(settled).toEqual([{ output_tokens: 3 }]);
  });
});
