import {
	checkCapabilities,
	CostGuard,
	ModelCapabilityError,
	requiredCapabilities,
	resolveCapabilities,
	type MessageCreateParams,
	type StreamEvent,
	withAlternatives,
} from '../protocol.ts';
import { fetchPrice } from './fetch-price.ts';
import type { GatewayConnection } from './get-gateway-connection.ts';
import type { GatewayContext } from './gateway-context.ts';
import { listModels } from './list-models.ts';
import { streamMessage } from './stream-message.ts';

/** The spending limit of one request (the credential's budget comes with the connection). */
export interface RequestLimits {
	/** The most this request may cost, in USD. */
	maxCostUsd?: number | undefined;
}

/**
 * `streamMessage` with the checks of core's client: images for a model that cannot read them fail
 * before the request with `ModelCapabilityError` (also when the gateway is the one to refuse, with
 * the catalog's models that can), and with a `Max Cost` or the credential's spending limit, the
 * cost is estimated before sending (`BudgetExceededError`) and followed while streaming (the
 * stream and the request end with the same error), or checked on a whole JSON reply's usage when
 * the gateway sends one (the same error, with the reply on it); the budget is charged at the end
 * either way.
 */
export async function* guardedStream(
	ctx: GatewayContext,
	connection: GatewayConnection,
	params: MessageCreateParams,
	signal: AbortSignal | undefined,
	limits: RequestLimits = {},
): AsyncGenerator<StreamEvent, void, undefined> {
	if (requiredCapabilities(params).length > 0)
		checkCapabilities(params, await catalog(ctx, connection));
	const guard = await costGuard(ctx, connection, params, limits);
	let finished = false;
	try {
		for await (const event of streamMessage(
			ctx,
			connection,
			params,
			signal,
			guard ? (e, snapshot) => guard.observe(e, snapshot) : undefined,
		)) {
			if (event.type === 'message_end') {
				finished = true;
				guard?.settle(event.message.usage);
			}
			yield event;
		}
	} catch (error) {
		throw await explain(ctx, connection, error);
	} finally {
		if (!finished) guard?.settle(undefined);
	}
}

async function costGuard(
	ctx: GatewayContext,
	connection: GatewayConnection,
	params: MessageCreateParams,
	limits: RequestLimits,
): Promise<CostGuard | undefined> {
	const maxCostUsd =
		limits.maxCostUsd !== undefined && limits.maxCostUsd > 0 ? limits.maxCostUsd : undefined;
	if (maxCostUsd === undefined && connection.budget === undefined) return undefined;
	const price = await fetchPrice(ctx, connection, params.model);
	const guard = new CostGuard({ params, price, maxCostUsd, budget: connection.budget });
	guard.checkBeforeSend();
	return guard;
}

async function catalog(ctx: GatewayContext, connection: GatewayConnection) {
	const models = await listModels(ctx, connection);
	return models.map((model) => ({ id: model.id, capabilities: resolveCapabilities(model) }));
}

/** The gateway's refusal of an image, with the catalog's models that can read it. */
async function explain(
	ctx: GatewayContext,
	connection: GatewayConnection,
	error: unknown,
): Promise<unknown> {
	if (!ModelCapabilityError.isInstance(error) || error.alternatives.length > 0) return error;
	const models = await catalog(ctx, connection).then(
		(list) => list,
		() => undefined,
	);
	return models ? withAlternatives(error, models) : error;
}
