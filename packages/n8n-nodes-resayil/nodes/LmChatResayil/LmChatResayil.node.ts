import { supplyModel, type ChatModel } from '@n8n/ai-node-sdk';
import {
	NodeConnectionTypes,
	type INodeType,
	type INodeTypeDescription,
	type ISupplyDataFunctions,
	type SupplyData,
} from 'n8n-workflow';

import { RESAYIL_API_CREDENTIAL } from '../../shared/credential-type.ts';
import { createModelProperty } from '../../shared/create-model-property.ts';
import type { MessageCreateParams, StreamEvent } from '../../shared/protocol.ts';
import { readModelId } from '../../shared/read-model-id.ts';
import { maxCostOption } from '../../shared/max-cost-option.ts';
import { samplingOptions, sortOptions } from '../../shared/sampling-options.ts';
import { thinkingBudgetOption, toThinkingConfig } from '../../shared/thinking-options.ts';
import { searchModels } from '../../shared/search-models.ts';
import { timeoutOption } from '../../shared/timeout-option.ts';
import { totalTimeoutOption } from '../../shared/total-timeout-option.ts';
import { toNodeError } from '../../shared/to-node-error.ts';
import { getGatewayConnection } from '../../shared/transport/get-gateway-connection.ts';
import { guardedStream } from '../../shared/transport/guarded-stream.ts';
import { toChatModelConfig, type ChatModelOptions } from './chat-model-options.ts';
import { ResayilChatModel } from './resayil-chat-model.ts';

/**
 * The `Resayil Chat Model` sub-node: supplies a {@link ResayilChatModel} to the AI Agent (and any
 * other node with a Chat Model input) through the AI node SDK's `supplyModel`, which adds n8n's
 * token-usage tracing. The model streams from the gateway, so the Agent streams to the client
 * when the workflow does, and it calls the Agent's tools.
 */
export class LmChatResayil implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Resayil Chat Model',
		name: 'lmChatResayil',
		icon: { light: 'file:../Resayil/resayil.svg', dark: 'file:../Resayil/resayil.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["modelId"]?.value ?? $parameter["modelId"] }}',
		description: 'Chat model on LLM Resayil for the AI Agent: streaming and tool calling',
		defaults: { name: 'Resayil Chat Model' },
		codex: {
			categories: ['AI'],
			subcategories: {
				AI: ['Language Models', 'Root Nodes'],
				'Language Models': ['Chat Models (Recommended)'],
			},
			resources: {
				primaryDocumentation: [
					{
						url: 'https://github.com/resayil/resayil-toolkit/tree/main/packages/n8n-nodes-resayil#resayil-chat-model',
					},
				],
			},
		},
		inputs: [],
		outputs: [NodeConnectionTypes.AiLanguageModel],
		outputNames: ['Model'],
		credentials: [{ name: RESAYIL_API_CREDENTIAL, required: true }],
		properties: [
			createModelProperty(),
			{
				displayName: 'Options',
				name: 'options',
				placeholder: 'Add Option',
				type: 'collection',
				default: {},
				options: sortOptions([
					...samplingOptions,
					timeoutOption,
					totalTimeoutOption,
					thinkingBudgetOption,
					maxCostOption,
				]),
			},
		],
	};

	methods = { listSearch: { searchModels } };

	async supplyData(this: ISupplyDataFunctions, itemIndex: number): Promise<SupplyData> {
		const modelId = readModelId(this, itemIndex);
		const options = this.getNodeParameter('options', itemIndex, {}) as ChatModelOptions;
		const connection = await getGatewayConnection(this, options.timeout, options.totalTimeout);
		const node = this.getNode();
		const openStream = async function* (
			this: ISupplyDataFunctions,
			params: MessageCreateParams,
			signal?: AbortSignal,
		): AsyncGenerator<StreamEvent> {
			try {
				yield* guardedStream(this, connection, params, signal, { maxCostUsd: options.maxCostUsd });
			} catch (error) {
				throw toNodeError(node, error, itemIndex, [connection.apiKey]);
			}
		};
		const model = new ResayilChatModel(
			modelId,
			(params, signal) => openStream.call(this, params, signal),
			toChatModelConfig(options),
			toThinkingConfig(options.thinkingBudget),
		);
		// The SDK's types are written without exactOptionalPropertyTypes (`defaultConfig?:`).
		return supplyModel(this, model as ChatModel);
	}
}
