import { describe, expect, it } from 'vitest';
import { messagesBody } from '../../test/support/http-client.ts';
import { chunkPieces, rawRequest } from '../../test/support/raw-http.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

/** Whether a chunk ends inside a UTF-8 sequence (its tail is an incomplete multi-byte character). */
function endsMidCharacter(chunk: Buffer): boolean {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back;
  }
  return false;
}

describe('tiny_writes fault', () => {
  const emulator = withEmulator({ profile: 'anthropic' });
  const arabic = messagesBody('اكتب لي قصة قصيرة عن البحر');

  it('writes a non-streamed body 1-3 bytes per socket write, splitting UTF-8 sequences', async () => {
    const body = JSON.stringify(arabic);
    const headers = { 'content-type': 'application/json', accept: 'application/json' };
    const normal = await rawRequest(emulator.current.url, 'POST', '/v1/messages', headers, body);
    const tiny = await rawRequest(
      emulator.current.url,
      'POST',
      '/v1/messages',
      { ...headers, 'x-resayil-emulator': '{"fault":{"type":"tiny_writes"}}' },
      body,
    );
    expect(tiny.body.equals(normal.body)).toBe(true);
    expect(normal.bodyChunks).toBeLessThanOrEqual(2);
    // About one socket chunk per 2 bytes; allow the receiver to coalesce some of them.
    expect(tiny.bodyChunks).toBeGreaterThan(tiny.body.length / 6);
    expect(tiny.chunks.some(endsMidCharacter)).toBe(true);
  });

  it('streams in 1-3 byte writes with CRLF lines, splitting CRLF pairs and UTF-8 sequences', async () => {
    const body = JSON.stringify({ ...arabic, stream: true });
    const headers = {
      'content-type': 'application/json',
      'x-resayil-emulator': '{"fault":{"type":"tiny_writes"}}',
    };
    const tiny = await rawRequest(emulator.current.url, 'POST', '/v1/messages', headers, body);
    const pieces = chunkPieces(tiny.body);
    const payload = Buffer.concat(pieces).toString('utf8');
    expect(payload.startsWith('event: message_start\r\ndata: ')).toBe(true);
    expect(payload).toContain('event: message_stop\r\n');
    expect(pieces.every((p) => p.length >= 1 && p.length <= 3)).toBe(true);
    expect(pieces.some((p, i) => p.at(-1) === 0x0d && pieces[i + 1]?.[0] === 0x0a)).toBe(true);
    expect(pieces.some(endsMidCharacter)).toBe(true);
    expect(tiny.bodyChunks).toBeGreaterThan(pieces.length / 3);
  });
});
