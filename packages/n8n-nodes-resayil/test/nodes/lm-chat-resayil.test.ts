import type { ChatModel, Message, StreamChunk, Tool } from '@n8n/ai-node-sdk';
import type { TestCredentials } from '@resayil-internal/test-support/n8n';
import { NodeApiError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { LmChatResayil } from '../../nodes/LmChatResayil/LmChatResayil.node.ts';
import { ResayilChatModel } from '../../nodes/LmChatResayil/resayil-chat-model.ts';
import { DEFAULT_MAX_TOKENS } from '../../shared/protocol.ts';
import { streamMessage } from '../../shared/transport/stream-message.ts';
import { createSupplyContext } from '../support/create-supply-context.ts';
import { resayilExecuteContext } from '../support/run-resayil-node.ts';
import { useGateway } from '../support/use-gateway.ts';

interface SentBody {
	model: string;
	max_tokens: number;
	system?: string;
	temperature?: number;
	tools?: Array<{ name: string }>;
	messages: Array<{ role: string; content: unknown }>;
}

const weatherTool: Tool = {
	type: 'function',
	name: 'get_weather',
	description: 'Current weather for a city',
	inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

const conversation: Message[] = [
	{ role: 'system', content: [{ type: 'text', text: 'You are terse.' }] },
	{ role: 'user', content: [{ type: 'text', text: 'Say hello.' }] },
];

/** A model wired to the emulator the way supplyData wires it to n8n's HTTP helper. */
function createModel(credentials: TestCredentials, config = {}): ResayilChatModel {
	const { ctx } = resayilExecuteContext({ credentials, parameters: {} });
	const connection = { baseURL: credentials.url, apiKey: credentials.apiKey, timeoutMs: 120_000 };
	return new ResayilChatModel(
		'qwen3.5:397b',
		(params, signal) => streamMessage(ctx, connection, params, signal),
		{ maxTokens: 256, ...config },
	);
}

async function collect(stream: AsyncIterable<StreamChunk>): Promise<StreamChunk[]> {
	const chunks: StreamChunk[] = [];
	for await (const chunk of stream) chunks.push(chunk);
	return chunks;
}

/** The tool calls assembled from `tool-call-delta` chunks, by id (as LangChain merges them). */
function assembleToolCalls(chunks: StreamChunk[]): Map<string, { name: string; args: string }> {
	const calls = new Map<string, { name: string; args: string }>();
	for (const chunk of chunks) {
		if (chunk.type !== 'tool-call-delta' || chunk.id === undefined) continue;
		const call = calls.get(chunk.id) ?? { name: chunk.name ?? '', args: '' };
		call.args += chunk.argumentsDelta ?? '';
		calls.set(chunk.id, call);
	}
	return calls;
}

describe('ResayilChatModel', () => {
	const { emulator, credentials } = useGateway();
	const sent = () =>
		emulator()
			.requests.filter((request) => request.path === '/v1/messages')
			.map((request) => request.body as SentBody);

	it('generates an answer with its finish reason and usage', async () => {
		const result = await createModel(credentials(), { temperature: 0.2 }).generate(conversation);
		expect(result.finishReason).toBe('stop');
		expect(result.message.role).toBe('assistant');
		const text = result.message.content.find((part) => part.type === 'text');
		expect(text && 'text' in text ? text.text : '').toContain('Say hello.');
		expect(result.usage?.promptTokens).toBeGreaterThan(0);
		expect(result.usage?.totalTokens).toBe(
			(result.usage?.promptTokens ?? 0) + (result.usage?.completionTokens ?? 0),
		);
		expect(sent()[0]).toMatchObject({
			model: 'qwen3.5:397b',
			max_tokens: 256,
			system: 'You are terse.',
			temperature: 0.2,
			messages: [{ role: 'user', content: [{ type: 'text', text: 'Say hello.' }] }],
		});
	});

	it('streams text deltas and finishes with the usage', async () => {
		const model = createModel(credentials());
		const generated = await model.generate(conversation);
		const chunks = await collect(model.stream(conversation));
		const deltas = chunks.filter((chunk) => chunk.type === 'text-delta');
		expect(deltas.length).toBeGreaterThan(3);
		const text = generated.message.content.find((part) => part.type === 'text');
		expect(deltas.map((chunk) => chunk.delta).join('')).toBe(
			text && 'text' in text ? text.text : undefined,
		);
		const finish = chunks.at(-1);
		expect(finish).toMatchObject({ type: 'finish', finishReason: 'stop' });
		expect(finish?.type === 'finish' && finish.usage?.completionTokens).toBeGreaterThan(0);
	});

	it('declares bound tools and streams the tool call the model makes', async () => {
		const model = createModel(credentials()).withTools([weatherTool]) as ChatModel;
		const chunks = await collect(
			model.stream([
				{ role: 'user', content: [{ type: 'text', text: 'Use get_weather for Doha.' }] },
			]),
		);
		expect(sent()[0]?.tools?.map((tool) => tool.name)).toEqual(['get_weather']);
		const calls = assembleToolCalls(chunks);
		expect(calls.size).toBe(1);
		const [call] = [...calls.values()];
		expect(call?.name).toBe('get_weather');
		expect(typeof (JSON.parse(call?.args ?? '') as { city?: unknown }).city).toBe('string');
		expect(chunks.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
	});

	it('keeps parallel tool calls apart by id', async () => {
		emulator().enqueue({
			reply: {
				content: [
					{ type: 'tool_use', id: 'toolu_a', name: 'get_weather', input: { city: 'Doha' } },
					{ type: 'tool_use', id: 'toolu_b', name: 'get_weather', input: { city: 'Muscat' } },
				],
			},
		});
		const model = createModel(credentials()).withTools([weatherTool]) as ChatModel;
		const calls = assembleToolCalls(await collect(model.stream(conversation)));
		expect(
			Object.fromEntries([...calls].map(([id, call]) => [id, JSON.parse(call.args) as unknown])),
		).toEqual({
			toolu_a: { city: 'Doha' },
			toolu_b: { city: 'Muscat' },
		});
	});

	it("gives the agent core's ids for tool calls the gateway sent without one, also in a JSON reply", async () => {
		emulator().enqueue({
			fault: {
				type: 'status',
				status: 200,
				body: {
					id: 'msg_noid',
					model: 'qwen3.5:397b',
					content: [
						{ type: 'tool_use', id: '', name: 'get_weather', input: { city: 'Doha' } },
						{ type: 'tool_use', name: 'get_weather', input: { city: 'Muscat' } },
					],
					stop_reason: 'tool_use',
				},
			},
		});
		const model = createModel(credentials()).withTools([weatherTool]) as ChatModel;
		const calls = assembleToolCalls(await collect(model.stream(conversation)));
		expect(Object.fromEntries([...calls].map(([id, call]) => [id, JSON.parse(call.args)]))).toEqual(
			{
				toolu_msg_noid_0: { city: 'Doha' },
				toolu_msg_noid_1: { city: 'Muscat' },
			},
		);
	});

	it("asks for core's default max_tokens when none is set", async () => {
		const { ctx } = resayilExecuteContext({ credentials: credentials(), parameters: {} });
		const connection = {
			baseURL: credentials().url,
			apiKey: credentials().apiKey,
			timeoutMs: 120_000,
		};
		const model = new ResayilChatModel('qwen3.5:397b', (params, signal) =>
			streamMessage(ctx, connection, params, signal),
		);
		await model.generate(conversation);
		expect(sent().at(-1)?.max_tokens).toBe(DEFAULT_MAX_TOKENS);
		expect(DEFAULT_MAX_TOKENS).toBe(4096);
	});

	it('returns tool calls from generate() as tool-call content', async () => {
		const model = createModel(credentials()).withTools([weatherTool]) as ChatModel;
		const result = await model.generate([
			{ role: 'user', content: [{ type: 'text', text: 'Use get_weather for Doha.' }] },
		]);
		expect(result.finishReason).toBe('tool-calls');
		const call = result.message.content.find((part) => part.type === 'tool-call');
		expect(call).toMatchObject({ type: 'tool-call', toolName: 'get_weather' });
		expect(
			call && 'input' in call ? (JSON.parse(call.input) as { city?: unknown }).city : undefined,
		).toEqual(expect.any(String));
	});

	it('sends tool results back in the Messages API shape', async () => {
		await createModel(credentials()).generate([
			{ role: 'user', content: [{ type: 'text', text: 'Weather in Doha?' }] },
			{
				role: 'assistant',
				content: [
					{ type: 'text', text: 'Let me ' },
					{ type: 'text', text: 'check.' },
					{
						type: 'tool-call',
						toolCallId: 'toolu_1',
						toolName: 'get_weather',
						input: '{"city":"Doha"}',
					},
				],
			},
			{
				role: 'tool',
				content: [{ type: 'tool-result', toolCallId: 'toolu_1', result: { temp: 41 } }],
			},
		]);
		expect(sent()[0]?.messages).toEqual([
			{ role: 'user', content: [{ type: 'text', text: 'Weather in Doha?' }] },
			{
				role: 'assistant',
				content: [
					{ type: 'text', text: 'Let me check.' },
					{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Doha' } },
				],
			},
			{
				role: 'user',
				content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '{"temp":41}' }],
			},
		]);
	});

	it('stops the request when the caller aborts', async () => {
		emulator().enqueue({ fault: { type: 'stall', afterEvents: 2 } });
		const controller = new AbortController();
		const run = collect(
			createModel(credentials()).stream(conversation, { abortSignal: controller.signal }),
		);
		const request = await emulator().waitForRequest((r) => r.path === '/v1/messages');
		controller.abort();
		await expect(run).rejects.toThrow(/aborted by the caller/);
		const seen = await emulator().waitForDisconnect(request.id);
		expect(seen.clientDisconnected).toBe(true);
	});
});

describe('ResayilChatModel with the official Anthropic wire format', () => {
	const anthropic = useGateway('anthropic');

	it('assembles tool input that arrives in many fragments', async () => {
		const model = createModel(anthropic.credentials()).withTools([weatherTool]) as ChatModel;
		const chunks = await collect(
			model.stream([
				{ role: 'user', content: [{ type: 'text', text: 'Use get_weather for Doha.' }] },
			]),
		);
		const deltas = chunks.filter((chunk) => chunk.type === 'tool-call-delta');
		expect(deltas.length).toBeGreaterThan(1);
		const [call] = [...assembleToolCalls(chunks).values()];
		expect(JSON.parse(call?.args ?? '')).toEqual({ city: expect.any(String) });
	});
});

describe('Resayil Chat Model node (supplyData)', () => {
	const { emulator, credentials } = useGateway();
	const parameters = {
		modelId: { __rl: true, mode: 'list', value: 'kimi-k2:1t' },
		options: { maxTokens: 200, temperature: 0.4, stopSequences: 'END' },
	};

	interface LangChainModel {
		invoke(input: string): Promise<{ content: unknown; text: string }>;
		stream(input: string): Promise<AsyncIterable<{ text: string }>>;
	}

	it('supplies a LangChain chat model that answers through the gateway and reports to n8n', async () => {
		const { ctx, outputData } = createSupplyContext({ credentials: credentials(), parameters });
		const { response } = await new LmChatResayil().supplyData.call(ctx, 0);
		const answer = await (response as LangChainModel).invoke('Hello from the agent.');
		expect(answer.text).toContain('Hello from the agent.');
		expect(emulator().requests.find((r) => r.path === '/v1/messages')?.body).toMatchObject({
			model: 'kimi-k2:1t',
			max_tokens: 200,
			temperature: 0.4,
			stop_sequences: ['END'],
		});
		expect(outputData.length).toBeGreaterThan(0);
	});

	it('streams through LangChain', async () => {
		const { ctx } = createSupplyContext({ credentials: credentials(), parameters });
		const { response } = await new LmChatResayil().supplyData.call(ctx, 0);
		const pieces: string[] = [];
		for await (const chunk of await (response as LangChainModel).stream('Stream this.'))
			pieces.push(chunk.text);
		expect(pieces.filter((piece) => piece !== '').length).toBeGreaterThan(3);
		expect(pieces.join('')).toContain('Stream this.');
	});

	it('asks for a model when none is selected', async () => {
		const { ctx } = createSupplyContext({
			credentials: credentials(),
			parameters: { ...parameters, modelId: { __rl: true, mode: 'list', value: ' ' } },
		});
		await expect(new LmChatResayil().supplyData.call(ctx, 0)).rejects.toThrow(
			'No model is selected',
		);
	});

	it('fails with a NodeApiError naming the cause for a wrong key, without the key', async () => {
		const wrongKey = 'dummy-wrong-key-for-the-model';
		const { ctx } = createSupplyContext({
			credentials: { ...credentials(), apiKey: wrongKey },
			parameters,
		});
		const { response } = await new LmChatResayil().supplyData.call(ctx, 0);
		const error = await (response as LangChainModel).invoke('Hello.').then(
			() => undefined,
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toMatch(/^Authentication failed \(401\)/);
		expect(
			JSON.stringify({ ...(error as object), message: (error as Error).message }),
		).not.toContain(wrongKey);
	});

	it('applies its Timeout option to a reply that goes silent, and closes the request', async () => {
		emulator().enqueue({ fault: { type: 'stall', afterEvents: 2 } });
		const { ctx } = createSupplyContext({
			credentials: credentials(),
			parameters: { ...parameters, options: { ...parameters.options, timeout: 300 } },
		});
		const { response } = await new LmChatResayil().supplyData.call(ctx, 0);
		const error = await (response as LangChainModel).invoke('Hello.').then(
			() => undefined,
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toMatch(
			/^The response stalled: no data arrived while its body was being read \(the `idleTimeout` of 300 ms ran out\)/,
		);
		const request = emulator().requests.find((r) => r.path === '/v1/messages');
		expect((await emulator().waitForDisconnect(request!.id)).clientDisconnected).toBe(true);
	});
});
