import { chunkBytes } from '../fixtures/chunk-bytes.ts';
import { responseFromChunks } from '../fixtures/response-from-chunks.ts';

/**
 * A `fetch` that answers every `POST …/v1/messages` with the same recorded stream, one SSE event
 * per read as a paced server sends it, with no socket and no server. Given to both providers, it
 * leaves only the client's own work between the call and the first token.
 */
export function replayFetch(bytes: Uint8Array): typeof fetch {
  const chunks = chunkBytes(bytes, { kind: 'event' });
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (method !== 'POST' || !new URL(url).pathname.endsWith('/v1/messages'))
      return Promise.reject(new Error(`The replayed stream answers POST /v1/messages, not ${method} ${url}`));
    return Promise.resolve(responseFromChunks(chunks));
  };
}
