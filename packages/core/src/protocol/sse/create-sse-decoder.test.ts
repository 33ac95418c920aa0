import { describe, expect, it } from 'vitest';
import { createSSEDecoder, type SSEMessage } from './create-sse-decoder.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function decodeAll(chunks: Array<string | Uint8Array>): SSEMessage[] {
  const decoder = createSSEDecoder();
  const messages: SSEMessage[] = [];
  for (const chunk of chunks)
    messages.push(...decoder.push(typeof chunk === 'string' ? encode(chunk) : chunk));
  messages.push(...decoder.end());
  return messages;
}

describe('createSSEDecoder', () => {
  it('dispatches an event with its name, data and id at the blank line', () => {
    expect(decodeAll(['event: ping\nid: 7\ndata: {"type":"ping"}\n\n'])).toEqual([
      { event: 'ping', data: '{"type":"ping"}', id: '7' },
    ]);
  });

  it('returns messages from push as soon as they are complete', () => {
    const decoder = createSSEDecoder();
    expect(decoder.push(encode('data: a\n'))).toEqual([]);
    expect(decoder.push(encode('\ndata: b'))).toEqual([{ event: undefined, data: 'a', id: undefined }]);
    expect(decoder.push(encode('\n\n'))).toEqual([{ event: undefined, data: 'b', id: undefined }]);
    expect(decoder.end()).toEqual([]);
  });

  it('leaves event undefined when there is no event line (Resayil)', () => {
    expect(decodeAll(['data: {"x":1}\n\ndata: [DONE]\n\n'])).toEqual([
      { event: undefined, data: '{"x":1}', id: undefined },
      { event: undefined, data: '[DONE]', id: undefined },
    ]);
  });

  it('joins multi-line data with a newline and strips one space after the colon', () => {
    expect(decodeAll(['data:  two spaces\ndata:none\n\n'])[0]?.data).toBe(' two spaces\nnone');
  });

  it('skips comments and unknown fields', () => {
    expect(decodeAll([': keep-alive\n\nfoo: bar\ndata: x\n\n'])).toEqual([
      { event: undefined, data: 'x', id: undefined },
    ]);
  });

  it('treats CRLF and lone CR as line ends, also when a CRLF is split across chunks', () => {
    const expected = [
      { event: 'a', data: '1', id: undefined },
      { event: undefined, data: '2', id: undefined },
    ];
    expect(decodeAll(['event: a\r\ndata: 1\r\n\r\ndata: 2\r\n\r\n'])).toEqual(expected);
    expect(decodeAll(['event: a\r', '\ndata: 1\r', '\n\r', '\ndata: 2\r\n\r', '\n'])).toEqual(expected);
    expect(decodeAll(['event: a\rdata: 1\r\rdata: 2\r\r'])).toEqual(expected);
  });

  it('keeps a multi-byte character split across chunks intact', () => {
    const bytes = encode('data: مرحبا 👋🏽\n\n');
    const messages = decodeAll([...bytes].map((byte) => new Uint8Array([byte])));
    expect(messages).toEqual([{ event: undefined, data: 'مرحبا 👋🏽', id: undefined }]);
  });

  it('drops a byte-order mark, even split across chunks', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    expect(decodeAll([bom.subarray(0, 1), bom.subarray(1), 'data: x\n\n'])).toEqual([
      { event: undefined, data: 'x', id: undefined },
    ]);
  });

  it('keeps "ï»¿" at the start of the body as text: only the real byte-order mark is dropped', () => {
    expect(decodeAll(['\u00ef\u00bb\u00bfdata: x\n\ndata: y\n\n'])).toEqual([
      { event: undefined, data: 'y', id: undefined },
    ]);
  });

  it('keeps U+2028 inside data (it is not an SSE line end)', () => {
    expect(decodeAll(['data: a\u2028b\n\n'])[0]?.data).toBe('a\u2028b');
  });

  it('discards a final event that has no blank line after it, as the SSE specification says', () => {
    expect(decodeAll(['data: complete\n\ndata: cut'])).toEqual([
      { event: undefined, data: 'complete', id: undefined },
    ]);
    expect(decodeAll(['data: complete\n\ndata: cut\n'])).toHaveLength(1);
  });

  it('treats a CR at the very end of the body as a complete line end', () => {
    expect(decodeAll(['data: x\r\r'])).toEqual([{ event: undefined, data: 'x', id: undefined }]);
    expect(decodeAll(['data: x\r\n\r'])).toEqual([{ event: undefined, data: 'x', id: undefined }]);
    // An empty chunk after the CR changes nothing.
    expect(decodeAll(['data: x\r\r', new Uint8Array(0)])).toEqual([
      { event: undefined, data: 'x', id: undefined },
    ]);
  });

  it('replaces invalid UTF-8 instead of throwing, and flushes a dangling partial character at the end', () => {
    expect(decodeAll([new Uint8Array([0x64, 0x61, 0x74, 0x61, 0x3a, 0xff, 0x0a, 0x0a])])[0]?.data).toBe(
      '\ufffd',
    );
    const decoder = createSSEDecoder();
    expect(decoder.push(encode('data: a\n'))).toEqual([]);
    expect(decoder.push(new Uint8Array([0x0a, 0xd8]))).toHaveLength(1);
    expect(decoder.end()).toEqual([]);
  });

  it('ignores input after end()', () => {
    const decoder = createSSEDecoder();
    expect(decoder.end()).toEqual([]);
    expect(decoder.push(encode('data: late\n\n'))).toEqual([]);
    expect(decoder.end()).toEqual([]);
  });
});
