import { NodeOperationError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import type { ConnectedTool } from '../../nodes/Resayil/actions/text/connected-tool.ts';
import { useGateway } from '../support/use-gateway.ts';
import { messageParameters, runResayilNode } from '../support/run-resayil-node.ts';

interface SentBlock {
	type: string;
	id?: string;
	name?: string;
	input?: unknown;
	tool_use_id?: string;
	content?: unknown;
	is_error?: boolean;
}

interface SentBody {
	tools?: Array<{ name: string; description?: string; input_schema: Record<string, unknown> }>;
	messages: Array<{ role: string; content: string | SentBlock[] }>;
}

function tool(
	name: string,
	invoke: ConnectedTool['invoke'],
	description = `The ${name} tool`,
): ConnectedTool {
	return {
		name,
		description,
		schema: {
			$schema: 'http://json-schema.org/draft-07/schema#',
			type: 'object',
			properties: { city: { type: 'string', description: 'A city' } },
			required: ['city'],
		},
		invoke,
	};
}

describe('Resayil node: connected tools', () => {
	const { emulator, credentials } = useGateway();
	const bodies = () =>
		emulator()
			.requests.filter((request) => request.path === '/v1/messages')
			.map((request) => request.body as SentBody);

	it('declares the connected tools to the model with their JSON Schema', async () => {
		await runResayilNode({
			credentials: credentials(),
			tools: [tool('get_weather', async () => 'sunny')],
			parameters: messageParameters('Hello there.'),
		});
		expect(bodies()[0]?.tools).toEqual([
			{
				name: 'get_weather',
				description: 'The get_weather tool',
				input_schema: {
					type: 'object',
					properties: { city: { type: 'string', description: 'A city' } },
					required: ['city'],
				},
			},
		]);
	});

	it('converts a zod schema (what n8n tool nodes have) to JSON Schema', async () => {
		await runResayilNode({
			credentials: credentials(),
			tools: [
				{
					name: 'calculator',
					description: 'Evaluates arithmetic',
					schema: z.object({ input: z.string().describe('An expression, e.g. 6 * 7') }),
					invoke: async () => '42',
				},
			],
			parameters: messageParameters('Hello.'),
		});
		expect(bodies()[0]?.tools?.[0]).toMatchObject({
			name: 'calculator',
			input_schema: {
				type: 'object',
				properties: { input: { type: 'string', description: 'An expression, e.g. 6 * 7' } },
				required: ['input'],
			},
		});
		expect(bodies()[0]?.tools?.[0]?.input_schema).not.toHaveProperty('$schema');
	});

	it('runs the tools the model asks for, in parallel, and sends the results back until it answers', async () => {
		emulator().enqueue({
			reply: {
				content: [
					{ type: 'text', text: 'Checking both.' },
					{ type: 'tool_use', id: 'toolu_weather', name: 'get_weather', input: { city: 'Kuwait' } },
					{ type: 'tool_use', id: 'toolu_time', name: 'get_time', input: { city: 'Kuwait' } },
				],
			},
		});
		// Each tool waits until both have started: run one after the other, they would never finish.
		let started = 0;
		let bothStarted: () => void = () => undefined;
		const barrier = new Promise<void>((resolve) => (bothStarted = resolve));
		const calls: unknown[] = [];
		const waitForBoth = async (input: unknown) => {
			calls.push(input);
			if (++started === 2) bothStarted();
			await barrier;
		};
		const { output, tokenUsage } = await runResayilNode({
			credentials: credentials(),
			tools: [
				tool('get_weather', async (input) => {
					await waitForBoth(input);
					return 'Sunny, 41 °C';
				}),
				tool('get_time', async (input) => {
					await waitForBoth(input);
					return { time: '12:00' };
				}),
			],
			parameters: messageParameters('What is the weather and the time in Kuwait?'),
		});

		expect(calls).toEqual([{ city: 'Kuwait' }, { city: 'Kuwait' }]);
		const [first, second] = bodies();
		expect(bodies()).toHaveLength(2);
		expect(second?.messages.slice(first?.messages.length)).toEqual([
			{
				role: 'assistant',
				content: [
					{ type: 'text', text: 'Checking both.' },
					{ type: 'tool_use', id: 'toolu_weather', name: 'get_weather', input: { city: 'Kuwait' } },
					{ type: 'tool_use', id: 'toolu_time', name: 'get_time', input: { city: 'Kuwait' } },
				],
			},
			{
				role: 'user',
				content: [
					{ type: 'tool_result', tool_use_id: 'toolu_weather', content: 'Sunny, 41 °C' },
					{ type: 'tool_result', tool_use_id: 'toolu_time', content: '{"time":"12:00"}' },
				],
			},
		]);
		const json = output[0]?.json;
		expect(json?.stopReason).toBe('end_turn');
		expect(json?.toolCalls).toEqual([]);
		expect(json?.toolRuns).toEqual([
			{
				id: 'toolu_weather',
				name: 'get_weather',
				input: { city: 'Kuwait' },
				output: 'Sunny, 41 °C',
				isError: false,
			},
			{
				id: 'toolu_time',
				name: 'get_time',
				input: { city: 'Kuwait' },
				output: '{"time":"12:00"}',
				isError: false,
			},
		]);
		// Usage and n8n's token count cover both requests.
		const usage = json?.usage as { inputTokens: number; outputTokens: number };
		const perRequest = emulator().requests.length;
		expect(perRequest).toBe(2);
		expect(tokenUsage()).toEqual(usage);
		expect(usage.inputTokens).toBeGreaterThan(0);
	});

	it('reports a failing tool and an unknown tool to the model as errors, and goes on', async () => {
		emulator().enqueue({
			reply: {
				content: [
					{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Doha' } },
					{ type: 'tool_use', id: 'toolu_2', name: 'launch_rocket', input: {} },
				],
			},
		});
		const { output } = await runResayilNode({
			credentials: credentials(),
			tools: [
				tool('get_weather', async () => {
					throw new NodeOperationError({ name: 'Weather' } as never, 'the weather service is down');
				}),
			],
			parameters: messageParameters('Weather in Doha?'),
		});
		const results = (bodies()[1]?.messages.at(-1)?.content ?? []) as SentBlock[];
		expect(results).toEqual([
			{
				type: 'tool_result',
				tool_use_id: 'toolu_1',
				content: 'The tool failed: the weather service is down',
				is_error: true,
			},
			{
				type: 'tool_result',
				tool_use_id: 'toolu_2',
				content: 'There is no tool named "launch_rocket". Tools: get_weather.',
				is_error: true,
			},
		]);
		expect(output[0]?.json.stopReason).toBe('end_turn');
	});

	it('stops after the maximum number of tool rounds and returns the pending tool calls', async () => {
		const call = { type: 'tool_use' as const, name: 'get_weather', input: { city: 'Riyadh' } };
		emulator().enqueue([
			{ reply: { content: [{ ...call, id: 'toolu_a' }] } },
			{ reply: { content: [{ ...call, id: 'toolu_b' }] } },
		]);
		let runs = 0;
		const { output } = await runResayilNode({
			credentials: credentials(),
			tools: [tool('get_weather', async () => `run ${++runs}`)],
			parameters: messageParameters('Weather?', { options: { maxToolRounds: 1 } }),
		});
		expect(runs).toBe(1);
		expect(bodies()).toHaveLength(2);
		expect(output[0]?.json).toMatchObject({
			stopReason: 'tool_use',
			maxToolRoundsReached: true,
			toolCalls: [{ id: 'toolu_b', name: 'get_weather', input: { city: 'Riyadh' } }],
		});
	});

	it('stops between rounds when the execution is cancelled', async () => {
		emulator().enqueue({
			reply: {
				content: [
					{ type: 'tool_use', id: 'toolu_x', name: 'get_weather', input: { city: 'Muscat' } },
				],
			},
		});
		const controller = new AbortController();
		const run = runResayilNode({
			credentials: credentials(),
			cancelSignal: controller.signal,
			tools: [
				tool('get_weather', async () => {
					controller.abort();
					return 'cloudy';
				}),
			],
			parameters: messageParameters('Weather in Muscat?'),
		});
		await expect(run).rejects.toThrow(/aborted/);
		expect(bodies()).toHaveLength(1);
	});
});

describe('Resayil node: tools declared as JSON', () => {
	const { emulator, credentials } = useGateway();
	const definitions = JSON.stringify([
		{
			name: 'get_weather',
			description: 'Current weather for a city',
			input_schema: {
				type: 'object',
				properties: { city: { type: 'string' } },
				required: ['city'],
			},
		},
	]);

	it('offers them to the model and returns its tool calls as data for the workflow, without running them', async () => {
		const { output } = await runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('Use get_weather for Kuwait City.', {
				options: { toolDefinitions: definitions },
			}),
		});
		const request = emulator().requests.find((r) => r.path === '/v1/messages');
		expect((request?.body as SentBody).tools?.map((t) => t.name)).toEqual(['get_weather']);
		const json = output[0]?.json as {
			stopReason: string;
			toolCalls: Array<{ id: string; name: string; input: { city?: unknown } }>;
		};
		expect(json.stopReason).toBe('tool_use');
		expect(json.toolCalls).toHaveLength(1);
		expect(json.toolCalls[0]?.name).toBe('get_weather');
		expect(typeof json.toolCalls[0]?.input.city).toBe('string');
		expect(json.toolCalls[0]?.id).toMatch(/\S/);
		expect(emulator().requests.filter((r) => r.path === '/v1/messages')).toHaveLength(1);
	});

	it.each([
		['{ not json', 'this is not valid JSON'],
		['{"name":"x"}', 'expected an array of tools'],
		['[{"name":"has spaces"}]', 'needs a "name"'],
		['[{"name":"ok","input_schema":[]}]', 'must be a JSON Schema object'],
	])('rejects %s before sending anything', async (toolDefinitions, message) => {
		const run = runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('Hi.', { options: { toolDefinitions } }),
		});
		await expect(run).rejects.toThrow(message);
		expect(emulator().requests).toHaveLength(0);
	});
});
