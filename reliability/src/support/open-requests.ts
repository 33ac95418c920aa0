import type { Emulator } from '@resayil/emulator';

/** Problems with the emulator's log: every request must have ended, completed or disconnected (or been cut on purpose). */
export function openRequests(emulator: Emulator): string[] {
  return emulator.requests
    .filter(
      (request) =>
        request.completedAt === undefined && !request.clientDisconnected && request.fault !== 'cut',
    )
    .map((request) => `${request.id} ${request.method} ${request.path} was left open`);
}
