import type { FinishReason, GenerateResult, MessageContent, TokenUsage } from '@n8n/ai-node-sdk';

import type { Message, StopReason, Usage } from '../../shared/protocol.ts';

/**
 * The Messages API's final message as the AI node SDK's `GenerateResult`: one text block (all
 * text joined), reasoning (its signature in `providerMetadata`), tool calls (input as a JSON string), the finish reason and the usage.
 */
export function toGenerateResult(message: Message): GenerateResult {
	const content: MessageContent[] = [];
	const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
	for (const block of message.content) {
		if (block.type === 'thinking') {
			content.push({
				type: 'reasoning',
				text: block.thinking,
				providerMetadata: { signature: block.signature },
			});
		}
	}
	if (text !== '') content.push({ type: 'text', text });
	for (const block of message.content) {
		if (block.type === 'tool_use') {
			content.push({
				type: 'tool-call',
				toolCallId: block.id,
				toolName: block.name,
				input: JSON.stringify(block.input ?? {}),
			});
		}
	}
	if (content.length === 0) content.push({ type: 'text', text: '' });
	return {
		id: message.id,
		finishReason: toFinishReason(message.stop_reason),
		usage: toTokenUsage(message.usage),
		message: { role: 'assistant', content, id: message.id },
		providerMetadata: { model: message.model, stopReason: message.stop_reason },
	};
}

/** Maps the Messages API's stop reason to the SDK's finish reason. */
export function toFinishReason(stopReason: StopReason | null): FinishReason {
	switch (stopReason) {
		case 'end_turn':
		case 'stop_sequence':
		case 'pause_turn':
			return 'stop';
		case 'max_tokens':
		case 'model_context_window_exceeded':
			return 'length';
		case 'tool_use':
			return 'tool-calls';
		case 'refusal':
			return 'content-filter';
		default:
			return 'other';
	}
}

/**
 * Maps the Messages API's usage to the SDK's token usage (missing counts are 0); cache reads go to
 * `inputTokenDetails.cacheRead`, cache writes to `additionalMetadata.cacheCreationTokens`.
 */
export function toTokenUsage(usage: Usage): TokenUsage {
	const promptTokens = usage.input_tokens ?? 0;
	const completionTokens = usage.output_tokens ?? 0;
	const result: TokenUsage = {
		promptTokens,
		completionTokens,
		totalTokens: promptTokens + completionTokens,
	};
	if (typeof usage.cache_read_input_tokens === 'number' && usage.cache_read_input_tokens > 0) {
		result.inputTokenDetails = { cacheRead: usage.cache_read_input_tokens };
	}
	const written = usage.cache_creation_input_tokens;
	if (typeof written === 'number' && written > 0) {
		// The SDK's usage has no field for cache writes.
		result.additionalMetadata = { cacheCreationTokens: written };
	}
	return result;
}
