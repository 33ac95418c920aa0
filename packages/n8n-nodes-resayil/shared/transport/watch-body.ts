import type { GatewayConnection } from './get-gateway-connection.ts';
import type { GatewayContext } from './gateway-context.ts';
import { readBodyChunks } from './read-body-chunks.ts';

/**
 * A response body read under the node's timeout as idle limit, stopped by the caller's signal and
 * the execution's cancel signal: for bodies read whole (error bodies, the model list, a JSON reply),
 * so that one whose bytes stop coming ends with a `TimeoutError` instead of hanging.
 */
export function watchBody(
	ctx: GatewayContext,
	connection: GatewayConnection,
	body: AsyncIterable<unknown>,
	signal?: AbortSignal,
): AsyncGenerator<Uint8Array, void, undefined> {
	return readBodyChunks(body, {
		signals: [signal, executionCancelSignal(ctx)],
		idleTimeoutMs: connection.timeoutMs,
	});
}

/** The execution's cancel signal (the Stop button), where the context has one. */
export function executionCancelSignal(ctx: GatewayContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
}
