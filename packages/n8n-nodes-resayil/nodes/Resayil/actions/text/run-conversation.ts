import { accumulateTokenUsage, type IExecuteFunctions } from 'n8n-workflow';

import {
	UserAbortError,
	type ContentBlockParam,
	type Message,
	type MessageCreateParams,
	type MessageParam,
	type ToolResultBlockParam,
	type ToolUseBlock,
} from '../../../../shared/protocol.ts';
import type { GatewayConnection } from '../../../../shared/transport/get-gateway-connection.ts';
import { collectMessage } from '../../../../shared/transport/collect-message.ts';
import { guardedStream } from '../../../../shared/transport/guarded-stream.ts';
import type { ConnectedTool } from './connected-tool.ts';

/** One call of a connected tool that the node ran. */
export interface ToolRun {
	id: string;
	name: string;
	input: unknown;
	output: string;
	isError: boolean;
}

/** What a conversation with the model produced. */
export interface ConversationResult {
	/** The model's last message. */
	message: Message;
	/** How many requests were sent (1 + the tool rounds). */
	requests: number;
	/** Tokens over every request (cache reads and writes when the gateway reports them). */
	usage: ConversationUsage;
	/** The connected tools the node ran, in order. */
	toolRuns: ToolRun[];
	/** True when the model still asked for tools after the last allowed round. */
	maxToolRoundsReached: boolean;
}

/** Tokens over every request of a conversation. */
export interface ConversationUsage {
	inputTokens: number;
	outputTokens: number;
	/** Input tokens read from the prompt cache. */
	cacheReadTokens?: number;
	/** Input tokens written to the prompt cache. */
	cacheCreationTokens?: number;
}

/** What {@link runConversation} needs. */
export interface ConversationInput {
	connection: GatewayConnection;
	params: MessageCreateParams;
	/** Tools the node runs itself; when empty, tool calls are returned to the workflow. */
	tools: ConnectedTool[];
	maxToolRounds: number;
	/** Called with each text delta as it arrives. */
	onText?: (text: string) => unknown;
	/** Called with each thinking delta as it arrives. */
	onThinking?: (thinking: string) => unknown;
	/** The most each request may cost, in USD. */
	maxCostUsd?: number | undefined;
}

/**
 * Sends the messages and, while the model stops with `tool_use` and tools are connected, runs
 * every requested tool (in parallel), sends the results back and asks again, up to
 * `maxToolRounds` rounds. Text and thinking deltas of every round reach `onText` / `onThinking` as
 * they stream in; thinking blocks (with their signatures) and redacted thinking go back unchanged
 * with the tool results. Token usage
 * of every request is recorded with n8n's `accumulateTokenUsage`. The execution's cancel signal
 * stops the loop (and n8n's HTTP helper aborts the request in flight).
 */
export async function runConversation(
	ctx: IExecuteFunctions,
	input: ConversationInput,
): Promise<ConversationResult> {
	const messages: MessageParam[] = [...input.params.messages];
	const usage: ConversationUsage = { inputTokens: 0, outputTokens: 0 };
	const toolRuns: ToolRun[] = [];
	const signal = ctx.getExecutionCancelSignal();
	for (let request = 1; ; request++) {
		const message = await collectMessage(
			guardedStream(ctx, input.connection, { ...input.params, messages }, signal, {
				maxCostUsd: input.maxCostUsd,
			}),
			(event) => {
				if (event.type === 'text_delta') return input.onText?.(event.text);
				if (event.type === 'thinking_delta') return input.onThinking?.(event.thinking);
				return undefined;
			},
		);
		const inputTokens = message.usage.input_tokens ?? 0;
		const outputTokens = message.usage.output_tokens ?? 0;
		// n8n versions before token-usage metadata lack the helper; the output carries the usage anyway.
		if (typeof accumulateTokenUsage === 'function')
			accumulateTokenUsage(ctx, inputTokens, outputTokens);
		usage.inputTokens += inputTokens;
		usage.outputTokens += outputTokens;
		addCacheUsage(usage, message.usage);

		const calls = message.content.filter(
			(block): block is ToolUseBlock => block.type === 'tool_use',
		);
		const wantsTools = message.stop_reason === 'tool_use' && calls.length > 0;
		const done = !wantsTools || input.tools.length === 0 || request > input.maxToolRounds;
		if (done) {
			return {
				message,
				requests: request,
				usage,
				toolRuns,
				maxToolRoundsReached: wantsTools && input.tools.length > 0,
			};
		}
		if (signal?.aborted) throw new UserAbortError();
		const runs = await Promise.all(
			calls.map(async (call) => await runTool(input.tools, call, signal)),
		);
		toolRuns.push(...runs);
		messages.push(
			{ role: 'assistant', content: toAssistantContent(message) },
			{ role: 'user', content: runs.map(toToolResult) },
		);
	}
}

async function runTool(
	tools: ConnectedTool[],
	call: ToolUseBlock,
	signal: AbortSignal | undefined,
): Promise<ToolRun> {
	const base = { id: call.id, name: call.name, input: call.input };
	const tool = tools.find((candidate) => candidate.name === call.name);
	if (!tool) {
		const known = tools.map((candidate) => candidate.name).join(', ');
		return {
			...base,
			output: `There is no tool named "${call.name}". Tools: ${known}.`,
			isError: true,
		};
	}
	return await tool.invoke(call.input, signal ? { signal } : {}).then(
		(output) => ({ ...base, output: stringify(output), isError: false }),
		(error: unknown) => ({
			...base,
			output: `The tool failed: ${error instanceof Error ? error.message : String(error)}`,
			isError: true,
		}),
	);
}

function stringify(output: unknown): string {
	if (typeof output === 'string') return output;
	if (output === undefined) return '';
	return JSON.stringify(output);
}

/** The assistant turn to send back: the message's blocks, minus empty text (the API rejects it). */
function toAssistantContent(message: Message): ContentBlockParam[] {
	const content: ContentBlockParam[] = [];
	for (const block of message.content) {
		if (block.type === 'text') {
			if (block.text !== '') content.push({ type: 'text', text: block.text });
		} else if (block.type === 'tool_use') {
			content.push({ type: 'tool_use', id: block.id, name: block.name, input: block.input });
		} else {
			content.push(block);
		}
	}
	return content;
}

function addCacheUsage(usage: ConversationUsage, reported: Message['usage']): void {
	const read = reported.cache_read_input_tokens;
	const written = reported.cache_creation_input_tokens;
	if (typeof read === 'number') usage.cacheReadTokens = (usage.cacheReadTokens ?? 0) + read;
	if (typeof written === 'number')
		usage.cacheCreationTokens = (usage.cacheCreationTokens ?? 0) + written;
}

function toToolResult(run: ToolRun): ToolResultBlockParam {
	const result: ToolResultBlockParam = {
		type: 'tool_result',
		tool_use_id: run.id,
		content: run.output,
	};
	if (run.isError) result.is_error = true;
	return result;
}
