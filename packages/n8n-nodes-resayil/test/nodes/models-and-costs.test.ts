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

		describe('when the gateway answers with a whole JSON reply', () => {
			// A gateway that ignores `stream: true`; the reply's own usage is what it cost.
			const wholeReply = (usage: { input_tokens: number; output_tokens: number }) =>
				emulator().enqueue({
					reply: { content: [{ type: 'text', text: 'The Gulf is warm.' }], usage },
					fault: { type: 'whole_reply' },
				});

			it('Max Cost refuses a prompt estimated over it before sending', async () => {
				wholeReply({ input_tokens: 10, output_tokens: 10 });
				const error = await failureOf(
					runResayilNode({
						credentials: credentials(),
						parameters: withModel('qwen3.5:397b', LONG_PROMPT, { options: { maxCostUsd: 0.001 } }),
					}),
				);
				expect(explain(error)).toMatch(/Not sent.*\$0\.0010/u);
				expect(modelRequests()).toHaveLength(0);
			});

			it("Max Cost checks the reply's usage: a reply that cost more fails the node with the figures", async () => {
				// qwen3.5:397b: $0.6 in, $3.6 out per million tokens → 2000 output tokens ≈ $0.0072.
				wholeReply({ input_tokens: 10, output_tokens: 2000 });
				const error = await failureOf(
					runResayilNode({
						credentials: credentials(),
						parameters: withModel('qwen3.5:397b', 'Hi', { options: { maxCostUsd: 0.001 } }),
					}),
				);
				expect(explain(error)).toMatch(
					/may spend \$0\.0010.*the reply had cost an estimated \$0\.0072/u,
				);
				expect(modelRequests()).toHaveLength(1);
			});

			it("the credential's Spending Limit is charged with the reply's usage, then refuses", async () => {
				const limited = { ...credentials(), spendingLimitUsd: 0.01 };
				const run = () =>
					runResayilNode({ credentials: limited, parameters: withModel('qwen3.5:397b', 'Hi') });
				wholeReply({ input_tokens: 10, output_tokens: 2000 });
				const first = await run();
				expect((first.output[0]?.json as { text: string }).text).toBe('The Gulf is warm.');
				// $0.0072 spent of $0.01: the same reply again costs more than what is left.
				wholeReply({ input_tokens: 10, output_tokens: 2000 });
				expect(explain(await failureOf(run()))).toMatch(
					/may spend \$0\.0027\d+, and the reply had cost an estimated \$0\.0072/u,
				);
				expect(modelRequests()).toHaveLength(2);
				// Both replies were charged: nothing is left, and the next request is not sent.
				expect(explain(await failureOf(run()))).toContain('Not sent');
				expect(modelRequests()).toHaveLength(2);
			});
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
