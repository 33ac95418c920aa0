import { afterTurn } from './after-turn.ts';

/** What `TurnWatch.next` gives when the turn of the event loop ended first. */
export const TURN_OVER = Symbol('turn over');

/**
 * The end of one turn of the event loop, to wait for beside the next event: after every
 * microtask, so after every event already decoded from the bytes at hand. `setImmediate` runs in
 * the same loop iteration as the I/O that brought them (Node, Bun, Deno); elsewhere a zero timeout
 * does. Only the step being awaited is woken: a turn that spans many events (an upstream that is
 * already buffered) holds none of them, where a `Promise.race` per event would keep every event's
 * result alive until the turn ended.
 */
export class TurnWatch {
  #wake: ((value: typeof TURN_OVER) => void) | undefined;

  constructor() {
    afterTurn(() => this.#wake?.(TURN_OVER));
  }

  /** The next step's result, or `TURN_OVER` if the turn ends first. */
  next<T>(step: Promise<T>): Promise<T | typeof TURN_OVER> {
    // Replacing the waker releases the previous step's promise, and with it its result.
    return new Promise<T | typeof TURN_OVER>((resolve, reject) => {
      this.#wake = resolve;
      step.then(resolve, reject);
    });
  }

  /** Stops watching: the turn's end, when it comes, holds nothing. */
  close(): void {
    this.#wake = undefined;
  }
}
