import type { Message as ChatMessage, MessageContent } from '@n8n/ai-node-sdk';

import { isImageMediaType } from '../../shared/image-media-type.ts';
import {
	InvalidRequestError,
	toolUseId,
	type ContentBlockParam,
	type ImageBlockParam,
	type MessageParam,
} from '../../shared/protocol.ts';
import type { ThinkingBlock } from './thinking-memory.ts';

/** Where the thinking the agent did not carry back is found (see `ThinkingMemory`). */
export interface ThinkingLookup {
	/** The signature of this exact thinking text. */
	signatureOf(thinking: string): string | undefined;
	/** The thinking blocks that preceded this tool call in the model's reply. */
	thinkingBefore(toolUseId: string): ThinkingBlock[] | undefined;
}

const NOTHING_KNOWN: ThinkingLookup = {
	signatureOf: () => undefined,
	thinkingBefore: () => undefined,
};

/** The conversation in the Messages API's shape. */
export interface AnthropicConversation {
	system?: string;
	messages: MessageParam[];
}

/**
 * Converts the AI node SDK's messages (what the AI Agent sends) into the Messages API's: system
 * messages become `system`; user text and images become user content; assistant text and tool
 * calls become `text` and `tool_use` blocks; tool results become `tool_result` blocks in a user
 * turn. Consecutive turns of the same role are merged, consecutive text blocks of a message are
 * joined, and empty text is dropped (the API rejects empty text). An assistant turn with tool
 * calls starts with the thinking blocks that preceded its first call in the model's reply, as
 * they came (`lookup.thinkingBefore`: n8n's agent does not carry them); otherwise its reasoning
 * goes back as a `thinking` block when its signature is known (from the part's
 * `providerMetadata`, or `lookup.signatureOf`), and reasoning without one is not sent. A file
 * that is not an image throws `InvalidRequestError`.
 */
export function toAnthropicMessages(
	messages: ChatMessage[],
	lookup: ThinkingLookup = NOTHING_KNOWN,
): AnthropicConversation {
	const system: string[] = [];
	const turns: MessageParam[] = [];
	for (const message of messages) {
		if (message.role === 'system') {
			for (const part of message.content)
				if (part.type === 'text' && part.text !== '') system.push(part.text);
			continue;
		}
		const role = message.role === 'assistant' ? 'assistant' : 'user';
		const blocks = restoreThinking(
			mergeAdjacent(message.content.flatMap((part, index) => toBlocks(part, message, index))),
			lookup,
		);
		if (blocks.length === 0) continue;
		const previous = turns[turns.length - 1];
		if (previous && previous.role === role && Array.isArray(previous.content)) {
			previous.content.push(...blocks);
		} else {
			turns.push({ role, content: blocks });
		}
	}
	return system.length > 0 ? { system: system.join('\n\n'), messages: turns } : { messages: turns };
}

/** The blocks of one part; a tool call without an id gets core's id for its message and position. */
function toBlocks(part: MessageContent, message: ChatMessage, index: number): ContentBlockParam[] {
	const role = message.role;
	switch (part.type) {
		case 'text':
			return part.text === '' ? [] : [{ type: 'text', text: part.text }];
		case 'tool-call':
			return [
				{
					type: 'tool_use',
					id: toolUseId(part.toolCallId, message.id ?? '', index),
					name: part.toolName,
					input: parseToolInput(part.input),
				},
			];
		case 'reasoning': {
			if (role !== 'assistant' || part.text === '') return [];
			const signature = part.providerMetadata?.signature;
			return [
				{
					type: 'thinking',
					thinking: part.text,
					signature: typeof signature === 'string' ? signature : '',
				},
			];
		}
		case 'tool-result':
			return [
				{
					type: 'tool_result',
					tool_use_id: part.toolCallId,
					content: typeof part.result === 'string' ? part.result : JSON.stringify(part.result),
					...(part.isError === true ? { is_error: true } : {}),
				},
			];
		case 'file':
			return role === 'assistant'
				? []
				: [toImage(part.mediaType, part.data, part.providerMetadata)];
		default:
			// Citations and provider blocks have no Messages API request form here.
			return [];
	}
}

/**
 * Joins consecutive text blocks, and consecutive thinking blocks, of one message: LangChain keeps
 * every streamed delta of an earlier answer as its own block, and sending hundreds of one-word
 * blocks back helps nobody (and a thinking block's signature covers the whole of its text).
 */
function mergeAdjacent(blocks: ContentBlockParam[]): ContentBlockParam[] {
	const merged: ContentBlockParam[] = [];
	for (const block of blocks) {
		const previous = merged[merged.length - 1];
		if (block.type === 'text' && previous?.type === 'text') {
			merged[merged.length - 1] = { type: 'text', text: previous.text + block.text };
		} else if (block.type === 'thinking' && previous?.type === 'thinking') {
			merged[merged.length - 1] = {
				type: 'thinking',
				thinking: previous.thinking + block.thinking,
				signature: previous.signature || block.signature,
			};
		} else {
			merged.push(block);
		}
	}
	return merged;
}

/**
 * Puts the remembered thinking of a tool-call turn first, in place of whatever reasoning the agent
 * sent; otherwise signs the turn's thinking blocks.
 */
function restoreThinking(blocks: ContentBlockParam[], lookup: ThinkingLookup): ContentBlockParam[] {
	const call = blocks.find((block) => block.type === 'tool_use');
	const kept = call ? lookup.thinkingBefore(call.id) : undefined;
	if (!kept) return signThinking(blocks, (text) => lookup.signatureOf(text));
	return [
		...kept,
		...blocks.filter((b) => b.type !== 'thinking' && b.type !== 'redacted_thinking'),
	];
}

/** Gives each thinking block its signature; drops those without one (the API would reject them). */
function signThinking(
	blocks: ContentBlockParam[],
	signatureOf: (thinking: string) => string | undefined,
): ContentBlockParam[] {
	return blocks.flatMap((block): ContentBlockParam[] => {
		if (block.type !== 'thinking') return [block];
		const signature = block.signature || signatureOf(block.thinking);
		return signature ? [{ ...block, signature }] : [];
	});
}

function parseToolInput(input: string): unknown {
	if (input.trim() === '') return {};
	try {
		return JSON.parse(input) as unknown;
	} catch {
		return {};
	}
}

function toImage(
	mediaType: string | undefined,
	data: string | Uint8Array,
	metadata: Record<string, unknown> | undefined,
): ImageBlockParam {
	const url = metadata?.url;
	if (typeof url === 'string' && url !== '' && (typeof data !== 'string' || data === '')) {
		return { type: 'image', source: { type: 'url', url } };
	}
	const type = (mediaType ?? '').toLowerCase();
	if (!isImageMediaType(type)) {
		throw new InvalidRequestError(
			'messages',
			`contain a ${type || 'file without a media type'} attachment`,
			'Only JPEG, PNG, GIF and WebP images can be sent to the model; remove other files.',
		);
	}
	const base64 =
		typeof data === 'string' ? stripDataUrl(data) : Buffer.from(data).toString('base64');
	return { type: 'image', source: { type: 'base64', media_type: type, data: base64 } };
}

function stripDataUrl(data: string): string {
	const comma = data.startsWith('data:') ? data.indexOf(',') : -1;
	return comma === -1 ? data : data.slice(comma + 1);
}
