/**
 * Runs a callback once the current turn of the event loop is over (after every microtask):
 * `setImmediate` where there is one (Node, Bun, Deno), which runs after the poll for I/O of its
 * loop iteration; a zero timeout elsewhere. Internal.
 */
export const afterTurn: (callback: () => void) => void =
  typeof setImmediate === 'function'
    ? (callback) => setImmediate(callback)
    : (callback) => setTimeout(callback, 0);
