import { BodyReader } from './body-reader.ts';
import type { OpenResponse } from './transport.ts';

/**
 * Reads a response's body to the end as text, aborting with an idle `TimeoutError` when no
 * byte arrives for `idleTimeout` milliseconds. Internal.
 */
export async function readText(open: OpenResponse, idleTimeout: number): Promise<string> {
  const decoder = new TextDecoder();
  const body = new BodyReader(open, idleTimeout);
  let text = '';
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await body.read();
      } catch (error) {
        throw body.failure(error);
      }
      if (result.done) return text + decoder.decode();
      text += decoder.decode(result.value, { stream: true });
    }
  } finally {
    body.close();
  }
}
