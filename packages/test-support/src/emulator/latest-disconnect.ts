import type { Emulator, RecordedRequest } from '@resayil/emulator';

/**
 * Resolves once the client of the emulator's latest request has disconnected: proof that an
 * abort reached the server. Rejects after `timeoutMs` (an event bound, not a measured time).
 */
export function latestDisconnect(emulator: Emulator, timeoutMs = 5_000): Promise<RecordedRequest> {
  const latest = emulator.requests.at(-1);
  if (!latest) throw new Error('No request was recorded.');
  return emulator.waitForDisconnect(latest.id, timeoutMs);
}
