import { NodeApiError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { useGateway } from '../support/use-gateway.ts';
import { messageParameters, runResayilNode } from '../support/run-resayil-node.ts';

interface SentMessages {
	model: string;
	max_tokens: number;
	stream: boolean;
	system?: string;
	temperature?: number;
	top_p?: number;
	top_k?: number;
	stop_sequences?: string[];
	messages: Array<{ role: string; content: unknown }>;
}

describe('Resayil node: Text → Message a Model', () => {
	const { emulator, credentials } = useGateway();

	it('returns the answer with its text, stop reason, model and usage, paired with the input item', async () => {
		const { output, tokenUsage } = await runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('Say hello.'),
		});
		expect(output).toHaveLength(1);
		const [item] = output;
		expect(item?.pairedItem).toEqual({ item: 0 });
		expect(item?.json.text).toEqual(expect.stringContaining('Say hello.'));
		expect(item?.json.stopReason).toBe('end_turn');
		expect(item?.json.toolCalls).toEqual([]);
		expect(item?.json.model).toBe('qwen3.5:397b-cloud');
		const usage = item?.json.usage as { inputTokens: number; outputTokens: number };
		expect(usage.inputTokens).toBeGreaterThan(0);
		expect(usage.outputTokens).toBeGreaterThan(0);
		expect(tokenUsage()).toEqual(usage);
	});

	it('sends the model, the messages, the system message and the sampling options it was given', async () => {
		await runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('Continue the story.', {
				messages: {
					values: [
						{ content: 'Tell me a story.', role: 'user' },
						{ content: 'Once upon a time', role: 'assistant' },
						{ content: 'Continue the story.', role: 'user' },
					],
				},
				options: {
					system: 'You are terse.',
					maxTokens: 300,
					temperature: 0.3,
					topP: 0.8,
					topK: 20,
					stopSequences: 'END, STOP',
				},
			}),
		});
		const request = await emulator().waitForRequest((r) => r.path === '/v1/messages');
		const body = request.body as SentMessages;
		expect(body).toMatchObject({
			model: 'qwen3.5:397b',
			max_tokens: 300,
			stream: true,
			system: 'You are terse.',
			temperature: 0.3,
			top_p: 0.8,
			top_k: 20,
			stop_sequences: ['END', 'STOP'],
		});
		expect(body.messages).toEqual([
			{ role: 'user', content: 'Tell me a story.' },
			{ role: 'assistant', content: 'Once upon a time' },
			{ role: 'user', content: 'Continue the story.' },
		]);
		expect(request.headers['anthropic-version']).toBe('2023-06-01');
	});

	it('returns the raw message plus the usage totals when Simplify Output is off', async () => {
		const { output } = await runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('Hi.', { simplify: false }),
		});
		const json = output[0]?.json;
		expect(json).toMatchObject({ type: 'message', role: 'assistant', stop_reason: 'end_turn' });
		expect(Array.isArray(json?.content)).toBe(true);
		expect(json?.totalUsage).toEqual({
			inputTokens: (json?.usage as { input_tokens: number }).input_tokens,
			outputTokens: (json?.usage as { output_tokens: number }).output_tokens,
		});
	});

	it('answers every input item, each paired with its own item', async () => {
		const { output } = await runResayilNode({
			credentials: credentials(),
			items: [{ json: { n: 1 } }, { json: { n: 2 } }],
			parameters: messageParameters('Hello.'),
		});
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(emulator().requests.filter((r) => r.path === '/v1/messages')).toHaveLength(2);
	});

	it('asks for a model when none is selected, before sending anything', async () => {
		const run = runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('Hello.', { modelId: { __rl: true, mode: 'list', value: '' } }),
		});
		await expect(run).rejects.toThrow('No model is selected');
		expect(emulator().requests).toHaveLength(0);
	});

	it('rejects an empty prompt before sending anything', async () => {
		const run = runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('   '),
		});
		await expect(run).rejects.toThrow('Message 1 is empty');
		expect(emulator().requests).toHaveLength(0);
	});
});

describe('Resayil node: streaming to n8n', () => {
	const { emulator, credentials } = useGateway();

	it('sends begin, one item per text delta as it arrives, then end, and still returns the full item', async () => {
		emulator().enqueue({ fault: { type: 'slow', tokenIntervalMs: 5 } });
		const { output, chunks, timeline } = await runResayilNode({
			credentials: credentials(),
			streaming: true,
			parameters: messageParameters('Explain streaming in a few words.'),
		});
		expect(chunks[0]).toEqual({ type: 'begin', itemIndex: 0 });
		expect(chunks.at(-1)).toEqual({ type: 'end', itemIndex: 0 });
		const items = chunks.filter((chunk) => chunk.type === 'item');
		expect(items.length).toBeGreaterThan(3);
		expect(items.map((chunk) => chunk.content).join('')).toBe(output[0]?.json.text);
		// Deltas go out while the body is still being read, not after it.
		const firstItem = timeline.indexOf('sendChunk:item');
		const lastBodyRead = timeline.lastIndexOf('body');
		expect(firstItem).toBeGreaterThan(-1);
		expect(firstItem).toBeLessThan(lastBodyRead);
		expect(
			timeline.slice(firstItem, lastBodyRead).filter((entry) => entry === 'body').length,
		).toBeGreaterThan(2);
	});

	it('sends nothing when n8n does not stream', async () => {
		const { output, chunks } = await runResayilNode({
			credentials: credentials(),
			streaming: false,
			parameters: messageParameters('Hello.'),
		});
		expect(chunks).toEqual([]);
		expect(output[0]?.json.text).toEqual(expect.stringContaining('Hello.'));
	});

	it('sends nothing when the streaming option is off', async () => {
		const { chunks } = await runResayilNode({
			credentials: credentials(),
			streaming: true,
			parameters: messageParameters('Hello.', { options: { enableStreaming: false } }),
		});
		expect(chunks).toEqual([]);
	});

	it('sends nothing when it runs as an AI Agent tool', async () => {
		const { chunks, output } = await runResayilNode({
			credentials: credentials(),
			streaming: true,
			toolExecution: true,
			parameters: messageParameters('Hello.'),
		});
		expect(chunks).toEqual([]);
		expect(output).toHaveLength(1);
	});
});

describe('Resayil node: errors', () => {
	const { emulator, credentials } = useGateway();

	it('turns a wrong key into a NodeApiError with the cause, the fix and the item index, without the key', async () => {
		const wrongKey = 'dummy-wrong-key-0123456789';
		const error = await runResayilNode({
			credentials: { ...credentials(), apiKey: wrongKey },
			parameters: messageParameters('Hello.'),
		}).then(
			() => undefined,
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(NodeApiError);
		const apiError = error as NodeApiError;
		expect(apiError.message).toMatch(/^Authentication failed \(401\)/);
		expect(apiError.httpCode).toBe('401');
		expect(apiError.context.itemIndex).toBe(0);
		expect(
			JSON.stringify({ ...apiError, message: apiError.message, description: apiError.description }),
		).not.toContain(wrongKey);
	});

	it('returns the error as the item when the node continues on fail', async () => {
		emulator().enqueue({ fault: { type: 'status', status: 429, bodyRetryAfter: 7 } });
		const { output } = await runResayilNode({
			credentials: credentials(),
			continueOnFail: true,
			items: [{ json: {} }, { json: {} }],
			parameters: messageParameters('Hello.'),
		});
		expect(output[0]).toMatchObject({
			json: { errorType: 'RateLimitError', status: 429 },
			pairedItem: { item: 0 },
		});
		expect(String(output[0]?.json.error)).toMatch(/429/);
		expect(output[1]?.json.text).toEqual(expect.stringContaining('Hello.'));
		expect(output[1]?.pairedItem).toEqual({ item: 1 });
	});

	it('reports an error event in the middle of the stream', async () => {
		emulator().enqueue({
			fault: { type: 'error_event', afterEvents: 3, errorType: 'overloaded_error' },
		});
		const run = runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('Hello.'),
		});
		await expect(run).rejects.toThrow(/overloaded_error/);
	});

	it('reports a stream cut before its end as truncated, never as a short answer', async () => {
		emulator().enqueue({ fault: { type: 'cut', afterEvents: 4 } });
		const error = await runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('Tell me something long.'),
		}).then(
			() => undefined,
			(caught: unknown) => caught as Error,
		);
		expect(error?.message).toMatch(/incomplete/);
	});

	it('stops the request when the execution is cancelled', async () => {
		emulator().enqueue({ fault: { type: 'stall', afterEvents: 2 } });
		const controller = new AbortController();
		const run = runResayilNode({
			credentials: credentials(),
			cancelSignal: controller.signal,
			parameters: messageParameters('Hello.'),
		});
		const request = await emulator().waitForRequest((r) => r.path === '/v1/messages');
		controller.abort();
		await expect(run).rejects.toThrow(/aborted/);
		const seen = await emulator().waitForDisconnect(request.id);
		expect(seen.clientDisconnected).toBe(true);
	});

	describe('Timeout option', () => {
		const failure = async (run: Promise<unknown>) =>
			await run.then(
				() => undefined,
				(caught: unknown) => caught as NodeApiError,
			);

		it('fails with a timeout when the gateway does not start answering in time, and closes the request', async () => {
			emulator().enqueue({ fault: { type: 'stall', afterEvents: 0 } });
			const error = await failure(
				runResayilNode({
					credentials: credentials(),
					parameters: messageParameters('Hello.', { options: { timeout: 300 } }),
				}),
			);
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error?.message).toMatch(
				/^Timed out waiting for the gateway to answer \(the `timeout` of 300 ms ran out/,
			);
			expect(error?.description).toMatch(/^Raise the Timeout option of the node/);
			const [request] = emulator().requests;
			expect((await emulator().waitForDisconnect(request!.id)).clientDisconnected).toBe(true);
		});

		it('fails with a timeout when a started reply goes silent, and closes the request', async () => {
			emulator().enqueue({ fault: { type: 'stall', afterEvents: 2 } });
			const error = await failure(
				runResayilNode({
					credentials: credentials(),
					streaming: true,
					parameters: messageParameters('Hello.', { options: { timeout: 300 } }),
				}),
			);
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error?.message).toMatch(
				/^The response stalled: no data arrived while its body was being read \(the `idleTimeout` of 300 ms ran out\)/,
			);
			const [request] = emulator().requests;
			expect((await emulator().waitForDisconnect(request!.id)).clientDisconnected).toBe(true);
		});

		it('lets a slow but steady reply finish: the timeout is for silence, not for the whole reply', async () => {
			emulator().enqueue({ fault: { type: 'slow', tokenIntervalMs: 60 } });
			const { output } = await runResayilNode({
				credentials: credentials(),
				parameters: messageParameters('Hello.', { options: { timeout: 500 } }),
			});
			// The reply takes well over 500 ms in all: about 30 deltas, 60 ms apart.
			expect(String(output[0]?.json.text).split(' ').length).toBeGreaterThan(15);
		});

		it('does not count the time n8n takes to pass a chunk on as silence', async () => {
			emulator().enqueue({
				reply: { content: [{ type: 'text', text: 'One two three four five' }] },
			});
			const { output, chunks } = await runResayilNode({
				credentials: credentials(),
				streaming: true,
				sendChunkDelayMs: 350,
				parameters: messageParameters('Hello.', { options: { timeout: 250 } }),
			});
			expect(output[0]?.json.text).toBe('One two three four five');
			expect(chunks.at(-1)?.type).toBe('end');
		});
	});
});
