/** When one request to the gateway must be over: the node's `Total Timeout`, counted from the send. */
export interface RequestDeadline {
	/** When the request was sent (a `Date.now()` time). */
	startedAt: number;
	/** Milliseconds it may take in all. */
	timeoutMs: number;
}

/** The deadline of a request sent now, or `undefined` without a total timeout (unset or 0). */
export function startRequestDeadline(
	totalTimeoutMs: number | undefined,
): RequestDeadline | undefined {
	if (totalTimeoutMs === undefined || !(totalTimeoutMs > 0)) return undefined;
	return { startedAt: Date.now(), timeoutMs: totalTimeoutMs };
}
