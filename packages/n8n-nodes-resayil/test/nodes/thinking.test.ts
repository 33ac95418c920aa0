import type { Message, StreamChunk, Tool } from '@n8n/ai-node-sdk';
import { REDACTED_THINKING_TRIGGER } from '@resayil/emulator';
import { describe, expect, it } from 'vitest';

import { ResayilChatModel } from '../../nodes/LmChatResayil/resayil-chat-model.ts';
import type { ConnectedTool } from '../../nodes/Resayil/actions/text/connected-tool.ts';
import { toThinkingConfig } from '../../shared/thinking-options.ts';
import { streamMessage } from '../../shared/transport/stream-message.ts';
import { useGateway } from '../support/use-gateway.ts';
import {
	messageParameters,
	resayilExecuteContext,
	runResayilNode,
} from '../support/run-resayil-node.ts';

interface SentBlock {
	type: string;
	thinking?: string;
	signature?: string;
}
interface SentBody {
	thinking?: unknown;
	messages: Array<{ role: string; content: string | SentBlock[] }>;
}

const getTime: ConnectedTool = {
	name: 'get_time',
	description: 'The local time in a city',
	schema: {
		type: 'object',
		properties: { city: { type: 'string', description: 'A city' } },
		required: ['city'],
	},
	invoke: async () => 'It is 14:05.',
};

const THINKING_OPTIONS = { thinkingBudget: 1024, maxTokens: 2048, includeThinking: true };

describe.each(['resayil', 'anthropic'] as const)('thinking in n8n, %s profile', (profile) => {
	const { emulator, credentials } = useGateway(profile);
	const bodies = () =>
		emulator()
			.requests.filter((request) => request.path === '/v1/messages')
			.map((request) => request.body as SentBody);

	it('Resayil node: sends the budget, returns the thinking and streams it in marked chunks', async () => {
		const { output, chunks } = await runResayilNode({
			credentials: credentials(),
			streaming: true,
			parameters: messageParameters('Why is the sea salty?', { options: THINKING_OPTIONS }),
		});
		expect(bodies()[0]?.thinking).toEqual({ type: 'enabled', budget_tokens: 1024 });
		const json = output[0]?.json as { thinking: string; text: string };
		expect(json.thinking).toContain('Why is the sea salty?');
		const items = chunks.filter((chunk) => chunk.type === 'item');
		const thinking = items.filter((chunk) => typeof chunk.content === 'object');
		expect(thinking.length).toBeGreaterThan(0);
		expect(thinking.map((chunk) => (chunk.content as { thinking: string }).thinking).join('')).toBe(
			json.thinking,
		);
		expect(thinking.every((chunk) => (chunk.content as { type: string }).type === 'thinking')).toBe(
			true,
		);
		const text = items.filter((chunk) => typeof chunk.content === 'string');
		expect(text.map((chunk) => chunk.content).join('')).toBe(json.text);
	});

	it('Resayil node: without Include Thinking, no thinking field and no thinking chunks', async () => {
		const { output, chunks } = await runResayilNode({
			credentials: credentials(),
			streaming: true,
			parameters: messageParameters('Why?', {
				options: { ...THINKING_OPTIONS, includeThinking: false },
			}),
		});
		expect(output[0]?.json).not.toHaveProperty('thinking');
		expect(chunks.some((chunk) => typeof chunk.content === 'object')).toBe(false);
	});

	it('Resayil node Tools input: thinking and its signature go back unchanged with the tool results', async () => {
		await runResayilNode({
			credentials: credentials(),
			tools: [getTime],
			parameters: messageParameters('Use the get_time tool for Doha.', {
				options: THINKING_OPTIONS,
			}),
		});
		const [first, second] = bodies();
		expect(second).toBeDefined();
		const assistant = second?.messages[1];
		expect(assistant?.role).toBe('assistant');
		const blocks = assistant?.content as SentBlock[];
		expect(blocks.map((block) => block.type)).toEqual(['thinking', 'tool_use']);
		expect(blocks[0]?.signature).toMatch(/^sig_/u);
		expect(first?.thinking).toEqual(second?.thinking);
	});

	it('Resayil node Tools input: redacted thinking goes back unchanged with the tool results', async () => {
		const { output } = await runResayilNode({
			credentials: credentials(),
			tools: [getTime],
			parameters: messageParameters(
				`${REDACTED_THINKING_TRIGGER} Use the get_time tool for Doha.`,
				{ options: THINKING_OPTIONS },
			),
		});
		const [, second] = bodies();
		const blocks = second?.messages[1]?.content as Array<SentBlock & { data?: string }>;
		expect(blocks.map((block) => block.type)).toEqual(['redacted_thinking', 'tool_use']);
		expect(blocks[0]?.data).toEqual(expect.any(String));
		// The emulator refuses (400) a tool turn whose thinking is missing or altered, as the API does.
		expect((output[0]?.json as { text: string }).text).toContain('14:05');
	});

	it('chat model: streams reasoning and sends it back signed in the next turn', async () => {
		const creds = credentials();
		const { ctx } = resayilExecuteContext({ credentials: creds, parameters: {} });
		const connection = { baseURL: creds.url, apiKey: creds.apiKey, timeoutMs: 120_000 };
		const tool: Tool = {
			type: 'function',
			name: 'get_time',
			description: 'The local time in a city',
			inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
		};
		const model = new ResayilChatModel(
			'qwen3.5:397b',
			(params, signal) => streamMessage(ctx, connection, params, signal),
			{ maxTokens: 2048 },
			toThinkingConfig(1024),
		).withTools([tool]);
		const question: Message = {
			role: 'user',
			content: [{ type: 'text', text: 'Use the get_time tool for Doha.' }],
		};
		const chunks: StreamChunk[] = [];
		for await (const chunk of model.stream([question])) chunks.push(chunk);
		const reasoning = chunks.flatMap((c) => (c.type === 'reasoning-delta' ? [c.delta] : []));
		expect(reasoning.length).toBeGreaterThan(1);
		const call = chunks.find((c) => c.type === 'tool-call-delta');
		expect(call).toBeDefined();
		const callId = call?.type === 'tool-call-delta' ? (call.id ?? '') : '';
		// The agent hands reasoning back as plain text, one block per delta, without the signature.
		const history: Message[] = [
			question,
			{
				role: 'assistant',
				content: [
					...reasoning.map((text) => ({ type: 'reasoning' as const, text })),
					{
						type: 'tool-call',
						toolCallId: callId,
						toolName: 'get_time',
						input: '{"city":"Doha"}',
					},
				],
			},
			{
				role: 'tool',
				content: [
					{
						type: 'tool-result',
						toolCallId: callId,
						result: 'It is 14:05.',
					},
				],
			},
		];
		await model.generate(history);
		const sent = bodies().at(-1);
		const blocks = sent?.messages[1]?.content as SentBlock[];
		expect(blocks[0]).toEqual({
			type: 'thinking',
			thinking: reasoning.join(''),
			signature: expect.stringMatching(/^sig_/u),
		});
		expect(sent?.thinking).toEqual({ type: 'enabled', budget_tokens: 1024 });
	});
});
