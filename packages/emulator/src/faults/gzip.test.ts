import { once } from 'node:events';
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGunzip, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chatBody, messagesBody } from '../../test/support/http-client.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';
import { GzipWriter } from './gzip-writer.ts';

/** POSTs with node:http, which (unlike fetch) hands out the body as sent: still compressed. */
async function post(url: string, body: unknown, fault?: unknown): Promise<IncomingMessage> {
  const req = request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(fault ? { 'x-resayil-emulator': JSON.stringify({ fault }) } : {}),
    },
  });
  req.end(JSON.stringify(body));
  const [res] = (await once(req, 'response')) as [IncomingMessage];
  return res;
}

async function bytesOf(res: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe.each(['anthropic', 'resayil'] as const)('the gzip fault, %s profile', (profile) => {
  const emulator = withEmulator({ profile });

  it.each([
    ['a streamed Messages reply', '/v1/messages', messagesBody('Tell me about the sea', { stream: true })],
    ['a Messages reply', '/v1/messages', messagesBody('Tell me about the sea')],
    [
      'a streamed chat completion',
      '/v1/chat/completions',
      chatBody('Tell me about the sea', { stream: true }),
    ],
  ])('sends %s gzip-encoded, the same bytes once decompressed', async (_name, path, body) => {
    const url = `${emulator.current.url}${path}`;
    const plain = await post(url, body);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const expected = await bytesOf(plain);
    const gzipped = await post(url, body, { type: 'gzip' });
    expect(gzipped.statusCode).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-length']).toBeUndefined();
    const compressed = await bytesOf(gzipped);
    expect(compressed.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(gunzipSync(compressed).toString('utf8')).toBe(expected.toString('utf8'));
    expect(emulator.current.requests.at(-1)).toMatchObject({ fault: 'gzip', status: 200 });
  });
});

describe('GzipWriter', () => {
  it('flushes each write at once: the client decompresses one before the next is written', async () => {
    const decoded: string[] = [];
    let gotFirst: () => void = () => {};
    const firstArrived = new Promise<void>((resolve) => {
      gotFirst = resolve;
    });
    const server = createServer((_req, res) => {
      void (async () => {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'content-encoding': 'gzip' });
        const writer = new GzipWriter(res, new AbortController().signal);
        await writer.write(Buffer.from('data: one\n\n'));
        // Without a flush per write this would wait for ever: the client has nothing to decompress.
        await firstArrived;
        await writer.write(Buffer.from('data: two\n\n'));
        await writer.end();
      })();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const req = request(`http://127.0.0.1:${port}/`);
      req.end();
      const [res] = (await once(req, 'response')) as [IncomingMessage];
      for await (const chunk of res.pipe(createGunzip())) {
        decoded.push((chunk as Buffer).toString('utf8'));
        if (decoded.join('') === 'data: one\n\n') gotFirst();
      }
      expect(decoded.join('')).toBe('data: one\n\ndata: two\n\n');
    } finally {
      server.close();
    }
  });
});
