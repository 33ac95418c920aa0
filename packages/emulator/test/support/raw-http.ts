import { connect } from 'node:net';

/** What a raw socket received: every `data` chunk, in order. */
export interface RawExchange {
  chunks: Buffer[];
  all: Buffer;
  /** Chunks that arrived after the header block ended. */
  bodyChunks: number;
  head: string;
  body: Buffer;
}

/** Sends a raw HTTP/1.1 request with `Connection: close` on a `node:net` socket; resolves when the server closes. */
export function rawRequest(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<RawExchange> {
  const { hostname, port } = new URL(url);
  const payload = Buffer.from(body, 'utf8');
  const lines = [
    `${method} ${path} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    'Connection: close',
    `Content-Length: ${payload.length}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      let seen = 0;
      let bodyChunks = 0;
      for (const chunk of chunks) {
        seen += chunk.length;
        if (seen > end + 4) bodyChunks += 1;
      }
      resolve({
        chunks,
        all,
        bodyChunks,
        head: all.subarray(0, end).toString('latin1'),
        body: all.subarray(end + 4),
      });
    });
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    socket.write(payload);
  });
}

/** Decodes an HTTP/1.1 chunked body. */
export function dechunk(body: Buffer): Buffer {
  return Buffer.concat(chunkPieces(body));
}

/** The payload of each HTTP/1.1 chunk (one per server write), in order. */
export function chunkPieces(body: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return parts;
}
