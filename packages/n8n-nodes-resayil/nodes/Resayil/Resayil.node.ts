import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { credentialSecrets } from '../../shared/credential-secrets.ts';
import { RESAYIL_API_CREDENTIAL } from '../../shared/credential-type.ts';
import { searchModels } from '../../shared/search-models.ts';
import { errorToJson, toNodeError } from '../../shared/to-node-error.ts';
import { modelDescription } from './actions/model/index.ts';
import { route } from './actions/router.ts';
import { textDescription } from './actions/text/index.ts';

/**
 * The `Resayil` node: Text → Message a Model (streamed to the client when the workflow streams,
 * with connected or declared tools, images, token usage) and Model → List. Usable as an AI Agent
 * tool. Errors become `NodeApiError`s with the item index; with "continue on fail" the failed item
 * carries `{ error, errorType, status?, requestId? }` instead.
 */
export class Resayil implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Resayil',
		name: 'resayil',
		icon: { light: 'file:resayil.svg', dark: 'file:resayil.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Message a model on LLM Resayil (streaming, tool calls, images) and list its models',
		defaults: { name: 'Resayil' },
		usableAsTool: true,
		// Text → Message a Model also takes tools (AI Agent tool nodes) that the node runs itself.
		inputs: `={{
			$parameter.resource === 'text' && $parameter.operation === 'message'
				? [{ type: '${NodeConnectionTypes.Main}' }, { type: '${NodeConnectionTypes.AiTool}', displayName: 'Tools', required: false }]
				: ['${NodeConnectionTypes.Main}']
		}}`,
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: RESAYIL_API_CREDENTIAL, required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Model', value: 'model' },
					{ name: 'Text', value: 'text' },
				],
				default: 'text',
			},
			...textDescription,
			...modelDescription,
		],
	};

	methods = { listSearch: { searchModels } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const returnData: INodeExecutionData[] = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			try {
				returnData.push(...(await route.call(this, itemIndex)));
			} catch (error) {
				const secrets = await credentialSecrets(this);
				if (this.continueOnFail()) {
					returnData.push({ json: errorToJson(error, secrets), pairedItem: { item: itemIndex } });
					continue;
				}
				throw toNodeError(this.getNode(), error, itemIndex, secrets);
			}
		}
		return [returnData];
	}
}
