import type { GatewayConnection } from './get-gateway-connection.ts';
import type { GatewayContext } from './gateway-context.ts';
import { readBodyChunks } from './read-body-chunks.ts';
import type { RequestDeadline } from './request-deadline.ts';

/**
 * A response body read under the node's timeout as idle limit and the request's deadline, stopped
 * by the caller's signal and the execution's cancel signal: for bodies read whole (error bodies, the
 * model list, a JSON reply), so that one whose bytes stop coming, or never end, fails with a
 * `TimeoutError` instead of hanging.
 */
export function watchBody(
	ctx: GatewayContext,
	connection: GatewayConnection,
	response: { body: AsyncIterable<unknown>; deadline?: RequestDeadline | undefined },
	signal?: AbortSignal,
): AsyncGenerator<Uint8Array, void, undefined> {
	return readBodyChunks(response.body, {
		signals: [signal, executionCancelSignal(ctx)],
		idleTimeoutMs: connection.timeoutMs,
		deadline: response.deadline,
	});
}

/** The execution's cancel signal (the Stop button), where the context has one. */
export function executionCancelSignal(ctx: GatewayContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
}
