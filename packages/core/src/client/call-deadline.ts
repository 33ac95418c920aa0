import { TimeoutError } from '../protocol/index.ts';

/** The signal one call runs under: the caller's, and the call's total deadline if it has one. */
export interface CallDeadline {
  /** Aborts with the caller's reason, or with a `TimeoutError` of kind `total` at the deadline. */
  readonly signal: AbortSignal | undefined;
  /** Clears the deadline's timer once the call has settled. */
  dispose(): void;
}

/**
 * Starts the total deadline of one call (retries, the whole body and keep-alive pings included).
 * Without `totalTimeout`, the caller's signal is used as it is.
 */
export function startCallDeadline(
  callerSignal: AbortSignal | undefined,
  totalTimeout: number | undefined,
): CallDeadline {
  if (totalTimeout === undefined) return { signal: callerSignal, dispose: () => undefined };
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new TimeoutError({ kind: 'total', timeoutMs: totalTimeout })),
    totalTimeout,
  );
  return {
    signal: callerSignal ? AbortSignal.any([callerSignal, deadline.signal]) : deadline.signal,
    dispose: () => clearTimeout(timer),
  };
}
