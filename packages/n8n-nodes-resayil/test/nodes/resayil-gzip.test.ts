import { describe, expect, it } from 'vitest';

import { messageParameters, runResayilNode } from '../support/run-resayil-node.ts';
import { useGateway } from '../support/use-gateway.ts';

describe.each(['anthropic', 'resayil'] as const)(
	"Resayil node: a gzip-encoded stream through n8n's HTTP helper, %s profile",
	(profile) => {
		// A pause between events, so that "token by token" can be told from "all at the end".
		const { emulator, credentials } = useGateway(profile, { latency: { tokenIntervalMs: 25 } });
		const parameters = messageParameters('Tell me about the sea near Kuwait.', {
			options: { maxTokens: 120 },
		});

		/** Runs the node streaming to n8n; counts the items it sent while the emulator was still sending. */
		async function run() {
			let whileSending = 0;
			const result = await runResayilNode({
				credentials: credentials(),
				parameters,
				streaming: true,
				onChunk: (chunk) => {
					if (chunk.type === 'item' && emulator().requests.at(-1)?.completedAt === undefined) {
						whileSending++;
					}
				},
			});
			return { ...result, whileSending };
		}

		it('axios decompresses it as it arrives: items go to n8n token by token, and the reply completes', async () => {
			const plain = await run();
			emulator().enqueue({ path: '/v1/messages', fault: { type: 'gzip' } });
			const gzipped = await run();
			expect(emulator().requests.at(-1)?.fault).toBe('gzip');
			expect(gzipped.whileSending).toBeGreaterThan(1);
			const items = (run: typeof plain) => run.chunks.filter((chunk) => chunk.type === 'item');
			expect(items(gzipped)).toEqual(items(plain));
			expect(gzipped.chunks.at(-1)?.type).toBe('end');
			expect(gzipped.output[0]?.json.text).toBe(plain.output[0]?.json.text);
			expect(gzipped.output[0]?.json.stopReason).toBe('end_turn');
		});
	},
);
