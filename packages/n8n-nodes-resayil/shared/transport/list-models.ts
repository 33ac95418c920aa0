import {
	buildGetRequest,
	isRecord,
	parseJsonBody,
	UnexpectedResponseError,
	type Model,
	type ModelList,
} from '../protocol.ts';
import type { GatewayConnection } from './get-gateway-connection.ts';
import type { GatewayContext } from './gateway-context.ts';
import { readBodyText } from './read-body-text.ts';
import { sendGatewayRequest } from './send-gateway-request.ts';
import { watchBody } from './watch-body.ts';

/** The largest catalog accepted: far above the gateway's ~40 models. */
const MAX_CATALOG_BYTES = 4 * 1024 * 1024;

/**
 * Lists the gateway's models (`GET /v1/models`) through n8n's HTTP helper. Throws core's typed
 * errors: `AuthenticationError` for a wrong key, `UnexpectedResponseError` when something other
 * than the catalog answered (an HTML page, JSON without a `data` array).
 */
export async function listModels(
	ctx: GatewayContext,
	connection: GatewayConnection,
): Promise<Model[]> {
	const request = buildGetRequest(connection, '/v1/models');
	const response = await sendGatewayRequest(ctx, connection, request);
	const bodyText = await readBodyText(watchBody(ctx, connection, response), MAX_CATALOG_BYTES);
	const contentType = response.headers['content-type'] ?? null;
	const list = parseJsonBody<unknown>(bodyText, contentType, response.statusCode);
	const data = isRecord(list) ? (list as Partial<ModelList>).data : undefined;
	if (!Array.isArray(data)) {
		throw new UnexpectedResponseError({
			status: response.statusCode,
			contentType,
			bodyText,
			secrets: [connection.apiKey],
			problem: 'JSON without the `data` array of a model list',
		});
	}
	return data.filter((model): model is Model => isRecord(model) && typeof model.id === 'string');
}
