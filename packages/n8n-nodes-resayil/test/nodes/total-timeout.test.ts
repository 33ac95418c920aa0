import { NodeApiError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { LmChatResayil } from '../../nodes/LmChatResayil/LmChatResayil.node.ts';
import { createSupplyContext } from '../support/create-supply-context.ts';
import { messageParameters, runResayilNode } from '../support/run-resayil-node.ts';
import { useGateway } from '../support/use-gateway.ts';

/** The options of a node whose silence limit is far off, so that only the Total Timeout can end a reply. */
const OPTIONS = { timeout: 60_000, totalTimeout: 600 };

async function failureOf(run: Promise<unknown>): Promise<NodeApiError> {
	const error = await run.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(NodeApiError);
	return error as NodeApiError;
}

function expectTotalTimeout(error: NodeApiError): void {
	expect(error.message).toMatch(
		/^The call did not finish in time \(the `totalTimeout` of 600 ms ran out\)/,
	);
	expect(error.description).toMatch(
		/^Raise the Total Timeout option of the node .* \(TimeoutError\)$/,
	);
}

describe.each(['anthropic', 'resayil'] as const)(
	'the Total Timeout option, %s profile',
	(profile) => {
		const { emulator, credentials } = useGateway(profile);

		async function expectClosed(path: string) {
			const request = emulator().requests.find((r) => r.path === path);
			expect((await emulator().waitForDisconnect(request!.id, 3_000)).clientDisconnected).toBe(
				true,
			);
		}

		it.each([
			['pings', false, false],
			['comments', true, false],
			['pings', false, true],
		])(
			'Resayil node: ends a reply of keep-alive %s for ever and closes the request (comments: %s, streaming to n8n: %s)',
			async (_kind, comments, streaming) => {
				emulator().enqueue({
					path: '/v1/messages',
					fault: { type: 'keepalive', intervalMs: 20, comments },
				});
				const error = await failureOf(
					runResayilNode({
						credentials: credentials(),
						parameters: messageParameters('Hello.', { options: OPTIONS }),
						streaming,
					}),
				);
				expectTotalTimeout(error);
				expect((error.errorResponse as { errorType?: unknown } | undefined)?.errorType).toBe(
					'TimeoutError',
				);
				await expectClosed('/v1/messages');
			},
		);

		it.each([
			['an error body that never ends', { type: 'status', status: 500, stallBody: true }],
			['the wait for the first byte, the smaller limit here', { type: 'stall', afterEvents: 0 }],
		] as const)('Resayil node: bounds %s too', async (_name, fault) => {
			emulator().enqueue({ path: '/v1/messages', fault });
			expectTotalTimeout(
				await failureOf(
					runResayilNode({
						credentials: credentials(),
						parameters: messageParameters('Hello.', { options: OPTIONS }),
					}),
				),
			);
			await expectClosed('/v1/messages');
		});

		it('Resayil node: 0 means no limit, and a reply that finishes in time is untouched', async () => {
			const { output } = await runResayilNode({
				credentials: credentials(),
				parameters: messageParameters('Say hello.', { options: { totalTimeout: 0 } }),
			});
			expect(output[0]?.json.text).toEqual(expect.stringContaining('Say hello.'));
			const bounded = await runResayilNode({
				credentials: credentials(),
				parameters: messageParameters('Say hello.', { options: { totalTimeout: 30_000 } }),
			});
			expect(bounded.output[0]?.json.text).toBe(output[0]?.json.text);
		});

		it('Resayil Chat Model: ends a reply of keep-alive pings for ever', async () => {
			emulator().enqueue({ path: '/v1/messages', fault: { type: 'keepalive', intervalMs: 20 } });
			const { ctx } = createSupplyContext({
				credentials: credentials(),
				parameters: {
					modelId: { __rl: true, mode: 'list', value: 'qwen3.5:397b' },
					options: OPTIONS,
				},
			});
			const { response } = await new LmChatResayil().supplyData.call(ctx, 0);
			const model = response as { invoke(input: string): Promise<unknown> };
			expectTotalTimeout(await failureOf(model.invoke('Hello.')));
			await expectClosed('/v1/messages');
		});
	},
);
