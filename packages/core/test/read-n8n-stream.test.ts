import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { StreamParseError, TruncatedStreamError } from '../src/protocol/index.ts';
import { N8nStreamError, readN8nStream, type N8nStreamEvent } from '../src/web/index.ts';
import { responseOf } from './support/response-of.ts';

const meta = (itemIndex = 0, nodeName = 'Resayil') => ({
  nodeId: `id-${nodeName}`,
  nodeName,
  itemIndex,
  runIndex: 0,
  timestamp: 1_764_000_000_000,
});

const STREAM: N8nStreamEvent[] = [
  { type: 'begin', metadata: meta() },
  { type: 'item', content: 'مرحبا بالعالم ', metadata: meta() },
  { type: 'item', content: '👋🏽 hello', metadata: meta() },
  { type: 'end', metadata: meta() },
];

const ndjson = (chunks: unknown[]) =>
  new TextEncoder().encode(chunks.map((chunk) => `${JSON.stringify(chunk)}\n`).join(''));

async function collect(response: Response): Promise<N8nStreamEvent[]> {
  const events: N8nStreamEvent[] = [];
  for await (const event of readN8nStream(response)) events.push(event);
  return events;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the stream to fail');
    },
    (error: unknown) => error,
  );

describe('readN8nStream on whole bodies', () => {
  it('yields begin, items and end, with text split anywhere across chunks', async () => {
    const bytes = ndjson([{ type: 'keepalive' }, ...STREAM]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (cuts) => {
        expect(await collect(responseOf(bytes, cuts))).toEqual(STREAM);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts CRLF line ends, a last line without a newline, and skips unknown chunk types', async () => {
    const text = [...STREAM.slice(0, 3), { type: 'progress', content: 'x' }, STREAM[3]]
      .map((chunk) => JSON.stringify(chunk))
      .join('\r\n');
    expect(await collect(responseOf(new TextEncoder().encode(text)))).toEqual(STREAM);
  });

  it('tracks each item and node run: all ended is complete, one left open is truncated', async () => {
    const both = [
      { type: 'begin', metadata: meta(0) },
      { type: 'begin', metadata: meta(1) },
      { type: 'item', content: 'a', metadata: meta(0) },
      { type: 'item', content: 'b', metadata: meta(1) },
      { type: 'end', metadata: meta(0) },
    ];
    const caught = await failure(collect(responseOf(ndjson(both))));
    expect(caught).toBeInstanceOf(TruncatedStreamError);
    expect((caught as TruncatedStreamError).partial.content).toEqual([{ type: 'text', text: 'ab' }]);
    const complete = await collect(responseOf(ndjson([...both, { type: 'end', metadata: meta(1) }])));
    expect(complete.filter((event) => event.type === 'end')).toHaveLength(2);
  });

  it('a stream that stops without its end line is truncated, naming the node, with the text so far', async () => {
    const caught = await failure(collect(responseOf(ndjson([...STREAM.slice(0, 3), { type: 'keepalive' }]))));
    expect(caught).toBeInstanceOf(TruncatedStreamError);
    const error = caught as TruncatedStreamError;
    expect(error.message).toContain('"Resayil" had not finished');
    expect(error.message).toContain('worker');
    expect(error.eventCount).toBe(4);
    expect(error.partial.content).toEqual([{ type: 'text', text: 'مرحبا بالعالم 👋🏽 hello' }]);
  });

  it('an empty body (no node streamed) is truncated, not an empty answer', async () => {
    const caught = await failure(collect(responseOf(new Uint8Array())));
    expect(caught).toBeInstanceOf(TruncatedStreamError);
    expect((caught as Error).message).toContain('before any node streamed');
  });

  it('an error line throws N8nStreamError naming the node and what it said', async () => {
    const lines = [
      STREAM[0],
      STREAM[1],
      {
        type: 'error',
        content: 'Credits exhausted: top up at https://llm.resayil.io/billing',
        metadata: meta(),
      },
    ];
    const caught = await failure(collect(responseOf(ndjson(lines))));
    expect(caught).toBeInstanceOf(N8nStreamError);
    const error = caught as N8nStreamError;
    expect(error.nodeName).toBe('Resayil');
    expect(error.nodeId).toBe('id-Resayil');
    expect(error.message).toBe(
      'The n8n node "Resayil" failed: Credits exhausted: top up at https://llm.resayil.io/billing. Open the execution in n8n to see the whole error.',
    );
  });

  it('an error line without details or metadata still fails clearly', async () => {
    const caught = await failure(collect(responseOf(ndjson([{ type: 'error' }]))));
    expect((caught as Error).message).toBe(
      'An n8n node failed without details. Open the execution in n8n to see the whole error.',
    );
  });

  it("an HTTP error carries n8n's message and hint, the status and what to check", async () => {
    const body = JSON.stringify({
      code: 404,
      message: 'The requested webhook "POST chat" is not registered.',
      hint: 'Activate the workflow.',
    });
    const caught = await failure(collect(new Response(body, { status: 404 })));
    expect(caught).toBeInstanceOf(N8nStreamError);
    const error = caught as N8nStreamError;
    expect(error.status).toBe(404);
    expect(error.retryable).toBe(false);
    expect(error.message).toBe(
      'The n8n webhook answered 404: The requested webhook "POST chat" is not registered. Activate the workflow. Check the webhook URL, and that the workflow is active (production URL) or listening (test URL).',
    );
    const server = await failure(collect(new Response('Internal Server Error', { status: 500 })));
    expect((server as N8nStreamError).retryable).toBe(true);
    expect((server as Error).message).toContain('answered 500: Internal Server Error');
  });

  it('a whole (non-streaming) reply says how to turn streaming on', async () => {
    for (const body of ['{"output":"Hello there"}', '[{"text":"hi"}]', 'Workflow was started']) {
      const caught = await failure(collect(new Response(body)));
      expect(caught).toBeInstanceOf(N8nStreamError);
      expect((caught as Error).message).toContain('Respond option to "Streaming"');
    }
  });

  it('a malformed line after the stream began is a StreamParseError', async () => {
    const bytes = new TextEncoder().encode(`${JSON.stringify(STREAM[0])}\n<html>proxy error</html>\n`);
    expect(await failure(collect(responseOf(bytes)))).toBeInstanceOf(StreamParseError);
    const noMeta = ndjson([STREAM[0], { type: 'item', content: 'x' }]);
    expect(await failure(collect(responseOf(noMeta)))).toBeInstanceOf(StreamParseError);
  });
});

describe('readN8nStream over HTTP (127.0.0.1)', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  async function serve(handler: (res: ServerResponse) => void): Promise<string> {
    server = createServer((_req, res) => handler(res));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/chat`;
  }

  const write = (res: ServerResponse, chunk: unknown) => res.write(`${JSON.stringify(chunk)}\n`);

  it('yields each chunk as it arrives, before the reply is complete', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      write(res, STREAM[0]);
      write(res, STREAM[1]);
      void released.then(() => {
        write(res, STREAM[2]);
        write(res, STREAM[3]);
        res.end();
      });
    });
    const seen: string[] = [];
    for await (const event of readN8nStream(await fetch(url, { method: 'POST' }))) {
      seen.push(event.type);
      if (event.type === 'item' && seen.length === 2) release();
    }
    expect(seen).toEqual(['begin', 'item', 'item', 'end']);
  });

  it('a reply that n8n ends without the end line (its worker died) throws TruncatedStreamError', async () => {
    const url = await serve((res) => {
      write(res, STREAM[0]);
      write(res, STREAM[1]);
      write(res, { type: 'keepalive' });
      res.end();
    });
    const caught = await failure(collect(await fetch(url, { method: 'POST' })));
    expect(caught).toBeInstanceOf(TruncatedStreamError);
    expect((caught as TruncatedStreamError).cause).toBeUndefined();
  });

  it('a connection cut mid-body throws TruncatedStreamError with the network error as cause', async () => {
    const url = await serve((res) => {
      write(res, STREAM[0]);
      write(res, STREAM[1]);
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const caught = await failure(collect(await fetch(url, { method: 'POST' })));
    expect(caught).toBeInstanceOf(TruncatedStreamError);
    expect((caught as Error).message).toContain('The connection to n8n failed');
    expect((caught as TruncatedStreamError).cause).toBeDefined();
    expect((caught as TruncatedStreamError).partial.content).toEqual([
      { type: 'text', text: 'مرحبا بالعالم ' },
    ]);
  });

  it('breaking out of the loop closes the connection to n8n', async () => {
    let closed!: () => void;
    const serverSawClose = new Promise<void>((resolve) => (closed = resolve));
    const url = await serve((res) => {
      res.on('close', () => closed());
      write(res, STREAM[0]);
      write(res, STREAM[1]);
    });
    for await (const event of readN8nStream(await fetch(url, { method: 'POST' }))) {
      if (event.type === 'item') break;
    }
    await serverSawClose;
  });

  it('an abort signal rejects with the AbortError, not a truncated stream', async () => {
    const url = await serve((res) => {
      write(res, STREAM[0]);
    });
    const controller = new AbortController();
    const response = await fetch(url, { method: 'POST', signal: controller.signal });
    const iterator = readN8nStream(response);
    expect((await iterator.next()).value).toEqual(STREAM[0]);
    const pending = iterator.next();
    controller.abort();
    const caught = await failure(pending);
    expect((caught as Error).name).toBe('AbortError');
  });
});
