import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { toToolDefinition } from '../../../../shared/to-tool-definition.ts';
import { getGatewayConnection } from '../../../../shared/transport/get-gateway-connection.ts';
import { buildMessageParams } from './build-message-params.ts';
import { getConnectedTools } from './connected-tool.ts';
import { formatOutput } from './format-output.ts';
import { DEFAULT_MAX_TOOL_ROUNDS, type MessageOptions } from './message-options.ts';
import { parseToolDefinitions } from './parse-tool-definitions.ts';
import { runConversation } from './run-conversation.ts';

/**
 * Text → Message a Model, for one input item.
 *
 * Streams the answer from the gateway. When n8n streams to its client (`isStreaming()`), the node
 * is not running as an AI Agent tool, and the `Enable Streaming` option is on, it sends `begin`,
 * one `item` per text delta as it arrives (with `Include Thinking`, thinking deltas too, as
 * `{ type: 'thinking', thinking }` objects), and `end`; it returns the full item either way.
 * Connected tools are run by the node (see `runConversation`); without them, tools declared in
 * `Tool Definitions (JSON)` are offered to the model and its calls are returned as `toolCalls`.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as MessageOptions;
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const connection = await getGatewayConnection(this, options.timeout, options.totalTimeout);
	const params = await buildMessageParams(this, itemIndex, options);

	const connectedTools = await getConnectedTools(this);
	const tools =
		connectedTools.length > 0
			? connectedTools.map((tool) => toToolDefinition(tool.name, tool.description, tool.schema))
			: parseToolDefinitions(this, itemIndex, options.toolDefinitions);
	if (tools.length > 0) params.tools = tools;

	const streaming = shouldStream(this, options);
	if (streaming) await this.sendChunk('begin', itemIndex);
	const result = await runConversation(this, {
		connection,
		params,
		tools: connectedTools,
		maxToolRounds: options.maxToolRounds ?? DEFAULT_MAX_TOOL_ROUNDS,
		maxCostUsd: options.maxCostUsd,
		...(streaming
			? { onText: async (text: string) => await this.sendChunk('item', itemIndex, text) }
			: {}),
		...(streaming && options.includeThinking === true
			? {
					onThinking: async (thinking: string) =>
						await this.sendChunk('item', itemIndex, { type: 'thinking', thinking }),
				}
			: {}),
	});
	if (streaming) await this.sendChunk('end', itemIndex);

	const output = formatOutput(result, simplify, options.includeThinking === true);
	return [{ json: output, pairedItem: { item: itemIndex } }];
}

/**
 * Whether to stream this item to n8n's client: n8n streams (a streaming Webhook or Chat Trigger),
 * the node is not running as an AI Agent tool, and the option is on. n8n versions without
 * streaming lack the methods.
 */
function shouldStream(ctx: IExecuteFunctions, options: MessageOptions): boolean {
	if (options.enableStreaming === false) return false;
	if (typeof ctx.isStreaming !== 'function' || !ctx.isStreaming()) return false;
	return !(typeof ctx.isToolExecution === 'function' && ctx.isToolExecution());
}
