import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import type {
	ContentBlockParam,
	MessageCreateParams,
	MessageParam,
} from '../../../../shared/protocol.ts';
import { readModelId } from '../../../../shared/read-model-id.ts';
import { DEFAULT_MAX_TOKENS } from '../../../../shared/protocol.ts';
import { splitList } from '../../../../shared/split-list.ts';
import { toThinkingConfig } from '../../../../shared/thinking-options.ts';
import { buildAttachments } from './build-attachments.ts';
import type { MessageOptions } from './message-options.ts';

interface MessageValue {
	content?: string;
	role?: string;
}

/**
 * Reads the parameters of Text → Message a Model into the body of `POST /v1/messages` (without
 * tools): the model, the messages (attachments go with the last user message, images first), the
 * system message, the sampling options that were set and the thinking budget.
 */
export async function buildMessageParams(
	ctx: IExecuteFunctions,
	itemIndex: number,
	options: MessageOptions,
): Promise<MessageCreateParams> {
	const model = readModelId(ctx, itemIndex);
	const values = ctx.getNodeParameter('messages.values', itemIndex, []) as MessageValue[];
	const messages = values.map((value, index) => toMessageParam(ctx, itemIndex, value, index));
	const attachments = await buildAttachments(ctx, itemIndex);
	if (attachments.length > 0) attachToLastUserMessage(ctx, itemIndex, messages, attachments);

	const params: MessageCreateParams = {
		model,
		max_tokens: options.maxTokens ?? DEFAULT_MAX_TOKENS,
		messages,
	};
	if (options.system !== undefined && options.system.trim() !== '') {
		params.system = options.cacheSystemMessage
			? [{ type: 'text', text: options.system, cache_control: { type: 'ephemeral' } }]
			: options.system;
	}
	if (options.temperature !== undefined) params.temperature = options.temperature;
	if (options.topP !== undefined) params.top_p = options.topP;
	if (options.topK !== undefined) params.top_k = options.topK;
	const stop = splitList(options.stopSequences ?? '');
	if (stop.length > 0) params.stop_sequences = stop;
	const thinking = toThinkingConfig(options.thinkingBudget);
	if (thinking) params.thinking = thinking;
	return params;
}

function toMessageParam(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: MessageValue,
	index: number,
): MessageParam {
	const content = typeof value.content === 'string' ? value.content : '';
	if (content.trim() === '') {
		throw new NodeOperationError(
			ctx.getNode(),
			`Message ${index + 1} is empty: write a prompt or remove the message.`,
			{ itemIndex },
		);
	}
	return { role: value.role === 'assistant' ? 'assistant' : 'user', content };
}

function attachToLastUserMessage(
	ctx: IExecuteFunctions,
	itemIndex: number,
	messages: MessageParam[],
	attachments: ContentBlockParam[],
): void {
	const last = [...messages].reverse().find((message) => message.role === 'user');
	if (!last) {
		throw new NodeOperationError(
			ctx.getNode(),
			'Attachments need a user message to go with: add a message with the role "User".',
			{ itemIndex },
		);
	}
	const text: ContentBlockParam[] =
		typeof last.content === 'string' ? [{ type: 'text', text: last.content }] : last.content;
	last.content = [...attachments, ...text];
}
