import {
	BaseChatModel,
	type ChatModelConfig,
	type GenerateResult,
	type Message as ChatMessage,
	type StreamChunk,
} from '@n8n/ai-node-sdk';

import {
	DEFAULT_MAX_TOKENS,
	type MessageCreateParams,
	type StreamEvent,
	type ThinkingConfig,
	type Tool,
} from '../../shared/protocol.ts';
import { toToolDefinition } from '../../shared/to-tool-definition.ts';
import { collectMessage } from '../../shared/transport/collect-message.ts';
import { processThinkingMemory, type ThinkingMemory } from './thinking-memory.ts';
import { toAnthropicMessages } from './to-anthropic-messages.ts';
import { toFinishReason, toGenerateResult, toTokenUsage } from './to-generate-result.ts';
import { endsWithToolTurnWithoutThinking } from './tool-turn-without-thinking.ts';

/** Sends one Messages API request and yields core's stream events (see `streamMessage`). */
export type OpenMessageStream = (
	params: MessageCreateParams,
	signal?: AbortSignal,
) => AsyncIterable<StreamEvent>;

/**
 * The Resayil chat model for n8n's AI Agent, on the AI node SDK's `BaseChatModel`. It speaks the
 * Messages API through `openStream` (the node wires it to n8n's HTTP helper) and always streams
 * from the gateway: `stream()` forwards text, reasoning and tool-call deltas as they arrive and
 * ends with `finish` (finish reason and usage); `generate()` collects the same stream into one
 * result. With `thinking`, reasoning streams as `reasoning-delta`, and the thinking blocks of a
 * reply (signed or redacted) go back unchanged with the tool results of the agent's next turn,
 * restored from `memory` (see `ThinkingMemory`). When they cannot be restored (the n8n process
 * no longer has them), that one request is sent without thinking, which the API accepts, instead
 * of failing.
 */
export class ResayilChatModel extends BaseChatModel<ChatModelConfig> {
	constructor(
		modelId: string,
		private readonly openStream: OpenMessageStream,
		defaultConfig?: ChatModelConfig,
		private readonly thinking?: ThinkingConfig,
		private readonly memory: ThinkingMemory = processThinkingMemory,
	) {
		super('resayil', modelId, defaultConfig);
	}

	async generate(messages: ChatMessage[], config?: ChatModelConfig): Promise<GenerateResult> {
		const merged = this.mergeConfig(config);
		const message = await collectMessage(
			this.openStream(this.buildParams(messages, merged), merged.abortSignal),
		);
		this.memory.remember(message);
		return toGenerateResult(message);
	}

	async *stream(messages: ChatMessage[], config?: ChatModelConfig): AsyncIterable<StreamChunk> {
		const merged = this.mergeConfig(config);
		const calls = new Map<number, { id: string; name: string; sentArguments: boolean }>();
		for await (const event of this.openStream(
			this.buildParams(messages, merged),
			merged.abortSignal,
		)) {
			switch (event.type) {
				case 'text_delta':
					yield { type: 'text-delta', delta: event.text };
					break;
				case 'thinking_delta':
					yield { type: 'reasoning-delta', delta: event.thinking };
					break;
				case 'tool_use_begin':
					calls.set(event.index, { id: event.id, name: event.name, sentArguments: false });
					break;
				case 'tool_input_delta': {
					const call = calls.get(event.index);
					if (!call) break;
					call.sentArguments = true;
					// The id on every fragment keeps parallel calls apart when LangChain merges the chunks.
					yield {
						type: 'tool-call-delta',
						id: call.id,
						name: call.name,
						argumentsDelta: event.partialJson,
					};
					break;
				}
				case 'block_end': {
					const call = calls.get(event.index);
					if (call && !call.sentArguments && event.block.type === 'tool_use') {
						// The whole input came with the block's start (or there was none): send it once.
						const input = (event.block as { input?: unknown }).input ?? {};
						yield {
							type: 'tool-call-delta',
							id: call.id,
							name: call.name,
							argumentsDelta: JSON.stringify(input),
						};
					}
					break;
				}
				case 'message_end':
					this.memory.remember(event.message);
					yield {
						type: 'finish',
						finishReason: toFinishReason(event.message.stop_reason),
						usage: toTokenUsage(event.message.usage),
					};
					break;
				default:
					break;
			}
		}
	}

	private buildParams(messages: ChatMessage[], config: ChatModelConfig): MessageCreateParams {
		const conversation = toAnthropicMessages(messages, this.memory);
		const params: MessageCreateParams = {
			model: this.modelId,
			max_tokens: config.maxTokens ?? DEFAULT_MAX_TOKENS,
			messages: conversation.messages,
		};
		if (conversation.system !== undefined) params.system = conversation.system;
		if (config.temperature !== undefined) params.temperature = config.temperature;
		if (config.topP !== undefined) params.top_p = config.topP;
		if (config.topK !== undefined) params.top_k = config.topK;
		if (config.stopSequences !== undefined && config.stopSequences.length > 0) {
			params.stop_sequences = config.stopSequences;
		}
		const tools = this.toolDefinitions();
		if (tools.length > 0) params.tools = tools;
		if (this.thinking && !endsWithToolTurnWithoutThinking(params.messages))
			params.thinking = this.thinking;
		return params;
	}

	private toolDefinitions(): Tool[] {
		return this.tools.flatMap((tool) =>
			tool.type === 'function'
				? [toToolDefinition(tool.name, tool.description, tool.inputSchema)]
				: [],
		);
	}
}
