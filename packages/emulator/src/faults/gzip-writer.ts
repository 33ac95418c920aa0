import type { ServerResponse } from 'node:http';
import { constants, createGzip } from 'node:zlib';

/**
 * Writes response bytes gzip-encoded, the way a compressing proxy in front of a streaming gateway
 * does: each write is compressed and flushed at once (`Z_SYNC_FLUSH`), so every SSE event leaves
 * as soon as it is written instead of waiting for the compressor's buffer to fill.
 */
export class GzipWriter {
  private readonly gzip = createGzip();

  constructor(
    private readonly res: ServerResponse,
    signal: AbortSignal,
  ) {
    this.gzip.on('data', (chunk: Buffer) => {
      if (!res.destroyed) res.write(chunk);
    });
    signal.addEventListener('abort', () => this.gzip.destroy(), { once: true });
  }

  /** Compresses the bytes and sends them at once. */
  write(bytes: Uint8Array): Promise<void> {
    if (this.gzip.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      this.gzip.write(bytes);
      this.gzip.flush(constants.Z_SYNC_FLUSH, () => resolve());
    });
  }

  /** Ends the gzip stream (its trailer) and then the response. */
  end(): Promise<void> {
    if (this.gzip.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      this.gzip.once('end', () => {
        this.res.end();
        resolve();
      });
      this.gzip.end();
    });
  }
}
