/**
 * Resolves once the event loop has polled for I/O at least once more. In Node (and Bun, Deno) a
 * `setImmediate` runs after the poll phase of its loop iteration, and one queued from it runs
 * after the next poll phase whatever phase the first was queued in; elsewhere a zero timeout
 * stands in. Internal.
 */
export function afterIo(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(() => setImmediate(resolve));
    else setTimeout(resolve, 0);
  });
}
