import type { Emulator } from '@resayil/emulator';

/**
 * The JSON bodies of the requests the emulator received on one endpoint (`/v1/messages` unless
 * `path` says otherwise, e.g. `/v1/chat/completions`), oldest first: what a client really sent.
 */
export function requestBodies(emulator: Emulator, path = '/v1/messages'): Array<Record<string, unknown>> {
  return emulator.requests
    .filter((request) => request.path.endsWith(path))
    .map((request) => request.body as Record<string, unknown>);
}
