import { afterTurn } from './after-turn.ts';

/**
 * Resolves once the event loop has polled for I/O at least once more: a turn's end queued from
 * another one runs after the next poll, whatever phase the first was queued in. Internal.
 */
export function afterIo(): Promise<void> {
  return new Promise((resolve) => afterTurn(() => afterTurn(resolve)));
}
