import {
	buildGetRequest,
	NotFoundError,
	parseJsonBody,
	priceOf,
	type ModelPrice,
	type PricingList,
} from '../protocol.ts';
import type { GatewayConnection } from './get-gateway-connection.ts';
import type { GatewayContext } from './gateway-context.ts';
import { readBodyText } from './read-body-text.ts';
import { sendGatewayRequest } from './send-gateway-request.ts';
import { watchBody } from './watch-body.ts';

/** The largest price list accepted. */
const MAX_PRICING_BYTES = 1024 * 1024;

/**
 * The model's price from the gateway's `GET /v1/pricing`. Throws core's `FeatureUnavailableError`
 * when the gateway publishes no prices or none for this model: the cost is then unknown, and the
 * node says so rather than guessing.
 */
export async function fetchPrice(
	ctx: GatewayContext,
	connection: GatewayConnection,
	model: string,
): Promise<ModelPrice> {
	const outcome = await loadPricing(ctx, connection).then(
		(list) => ({ list }),
		(error: unknown) => ({ error }),
	);
	if ('error' in outcome && !NotFoundError.isInstance(outcome.error)) throw outcome.error;
	const list = 'list' in outcome ? outcome.list : undefined;
	return priceOf(list, model);
}

async function loadPricing(
	ctx: GatewayContext,
	connection: GatewayConnection,
): Promise<PricingList> {
	const request = buildGetRequest(connection, '/v1/pricing');
	const response = await sendGatewayRequest(ctx, connection, request);
	// Under the idle timeout and the deadline, like every body: a price list that stalls must not hang the node.
	const text = await readBodyText(watchBody(ctx, connection, response), MAX_PRICING_BYTES);
	const contentType = response.headers['content-type'] ?? null;
	return parseJsonBody<PricingList>(text, contentType, response.statusCode);
}
