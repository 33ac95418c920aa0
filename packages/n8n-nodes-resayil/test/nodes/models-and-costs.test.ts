import { NodeApiError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { useGateway } from '../support/use-gateway.ts';
import { messageParameters, runResayilNode } from '../support/run-resayil-node.ts';

// A 1×1 transparent PNG.
const PNG =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const LONG_PROMPT = 'Tell me about the Gulf. '.repeat(300);

function withModel(model: string, prompt: string, extra: Record<string, unknown> = {}) {
	return messageParameters(prompt, {
		modelId: { __rl: true, mode: 'id', value: model },
		...extra,
	});
}

function explain(error: Error | undefined): string {
	return `${error?.message ?? ''} ${(error as NodeApiError | undefined)?.description ?? ''}`;
}

async function failureOf(run: Promise<unknown>): Promise<Error> {
	try {
		await run;
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected the node to fail');
}

describe.each(['resayil', 'anthropic'] as const)(
	'Resayil node: models and costs, %s profile',
	(profile) => {
		const { emulator, credentials } = useGateway(profile);
		const modelRequests = () => emulator().requests.filter((r) => r.path === '/v1/messages');

		it('refuses an image for a text-only model before the request, naming the models that read images', async () => {
			const error = await failureOf(
				runResayilNode({
					credentials: credentials(),
					items: [{ json: {}, binary: { photo: { data: PNG, mimeType: 'image/png' } } }],
					parameters: withModel('glm-5.1', 'What is this?', {
						addAttachments: true,
						attachmentsInputType: 'binary',
						binaryPropertyName: 'photo',
					}),
				}),
			);
			expect(error).toBeInstanceOf(NodeApiError);
			expect(`${error.message} ${(error as NodeApiError).description ?? ''}`).toMatch(
				/"glm-5\.1" cannot read images.*qwen3\.5:397b/u,
			);
			expect(modelRequests()).toHaveLength(0);
		});

		it('Max Cost refuses a prompt estimated over it before sending', async () => {
			const error = await failureOf(
				runResayilNode({
					credentials: credentials(),
					parameters: withModel('qwen3.5:397b', LONG_PROMPT, { options: { maxCostUsd: 0.001 } }),
				}),
			);
			expect(`${error.message} ${(error as NodeApiError).description ?? ''}`).toMatch(
				/Not sent.*\$0\.0010/u,
			);
			expect(modelRequests()).toHaveLength(0);
		});

		it('Max Cost stops a streamed reply that runs over, and closes the request', async () => {
			emulator().enqueue({
				reply: { content: [{ type: 'text', text: 'The Gulf is warm and salty. '.repeat(60) }] },
				fault: { type: 'slow', tokenIntervalMs: 5 },
			});
			const error = await failureOf(
				runResayilNode({
					credentials: credentials(),
					parameters: withModel('qwen3.5:397b', 'Hi', { options: { maxCostUsd: 0.0002 } }),
				}),
			);
			expect(`${error.message} ${(error as NodeApiError).description ?? ''}`).toContain(
				'Stopped while streaming',
			);
			const latest = modelRequests().at(-1);
			expect(latest).toBeDefined();
			expect((await emulator().waitForDisconnect(latest!.id)).clientDisconnected).toBe(true);
		});

		it("the credential's Spending Limit holds across executions", async () => {
			const limited = { ...credentials(), spendingLimitUsd: 0.00015 };
			const run = () =>
				runResayilNode({
					credentials: limited,
					parameters: withModel('qwen3.5:397b', 'Hello there'),
				});
			let refused: Error | undefined;
			for (let i = 0; i < 20 && !refused; i++)
				refused = await run().then(
					() => undefined,
					(e: Error) => e,
				);
			expect(refused).toBeDefined();
			// The request that crosses the limit is stopped while streaming, or refused before it is sent;
			// once the limit is spent, every request is refused before it is sent.
			expect(explain(refused)).toMatch(/Not sent|Stopped while streaming/u);
			const before = modelRequests().length;
			expect(
				explain(
					await run().then(
						() => undefined,
						(e: Error) => e,
					),
				),
			).toContain('Not sent');
			expect(modelRequests()).toHaveLength(before);
			expect(modelRequests().length).toBeGreaterThan(0);
		});

		it('Cache System Message marks the system prompt, and the usage reports cache reads', async () => {
			const parameters = withModel('qwen3.5:397b', 'Hi', {
				options: { system: 'You are a guide to Kuwait. '.repeat(40), cacheSystemMessage: true },
			});
			await runResayilNode({ credentials: credentials(), parameters });
			const { output } = await runResayilNode({ credentials: credentials(), parameters });
			const body = modelRequests()[0]?.body as { system: unknown };
			expect(body.system).toEqual([
				{
					type: 'text',
					text: 'You are a guide to Kuwait. '.repeat(40),
					cache_control: { type: 'ephemeral' },
				},
			]);
			const usage = (output[0]?.json as { usage: { cacheReadTokens?: number } }).usage;
			expect(usage.cacheReadTokens).toBeGreaterThan(100);
		});
	},
);
