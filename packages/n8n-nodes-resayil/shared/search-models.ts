import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { resolveCapabilities, type ModelCapabilities } from './protocol.ts';
import { toNodeError } from './to-node-error.ts';
import { getGatewayConnection } from './transport/get-gateway-connection.ts';
import { listModels } from './transport/list-models.ts';

/**
 * The `searchModels` list-search method of both nodes: the gateway's catalog (`GET /v1/models`),
 * sorted by id, filtered by the text typed in the model picker (case-insensitive, anywhere in the
 * id). Each entry shows the family, category and size the gateway reports, and what the model can
 * do (core's capabilities: the gateway's fields, else the bundled snapshot, else the category).
 */
export async function searchModels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const connection = await getGatewayConnection(this);
	const models = await listModels(this, connection).then(
		(list) => ({ list }),
		(error: unknown) => ({ failure: toNodeError(this.getNode(), error, 0, [connection.apiKey]) }),
	);
	if ('failure' in models) throw models.failure;
	const needle = filter?.trim().toLowerCase() ?? '';
	const results = models.list
		.filter((model) => needle === '' || model.id.toLowerCase().includes(needle))
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((model) => {
			const details = [
				model.family,
				model.category,
				model.size,
				capabilityNote(resolveCapabilities(model)),
			].filter((part): part is string => typeof part === 'string' && part !== '');
			return details.length > 0
				? { name: model.id, value: model.id, description: details.join(' · ') }
				: { name: model.id, value: model.id };
		});
	return { results };
}

/** "reads images, thinks, calls tools", or what of it is known. */
function capabilityNote(capabilities: ModelCapabilities): string {
	const can = [
		capabilities.images === true ? 'reads images' : undefined,
		capabilities.images === false ? 'text only' : undefined,
		capabilities.thinking === true ? 'thinks' : undefined,
		capabilities.tools === true ? 'calls tools' : undefined,
	].filter((part): part is string => part !== undefined);
	return can.join(', ');
}
