import type { IExecuteFunctions } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import type { StreamEvent } from '../../shared/protocol.ts';
import { collectMessage } from '../../shared/transport/collect-message.ts';
import { streamMessage } from '../../shared/transport/stream-message.ts';

const connection = { baseURL: 'https://gateway.invalid', apiKey: 'dummy-key', timeoutMs: 120_000 };
const params = {
	model: 'm',
	max_tokens: 100,
	messages: [{ role: 'user' as const, content: 'Hi' }],
};

/** A context whose HTTP helper answers with a fixed response (these cases the emulator never sends). */
function contextAnswering(response: {
	statusCode: number;
	headers: Record<string, string>;
	body: string;
}) {
	const encoded = new TextEncoder().encode(response.body);
	return {
		getExecutionCancelSignal: () => undefined,
		helpers: {
			httpRequestWithAuthentication: async () => ({
				...response,
				body: (async function* () {
					yield encoded;
				})(),
			}),
		},
	} as unknown as IExecuteFunctions;
}

describe('streamMessage', () => {
	it('replays a whole JSON message as events when the gateway ignores stream: true', async () => {
		const message = {
			id: 'msg_1',
			type: 'message',
			role: 'assistant',
			model: 'm',
			content: [
				{ type: 'text', text: 'Hello!' },
				{ type: 'tool_use', id: 't1', name: 'get_weather', input: { city: 'Doha' } },
			],
			stop_reason: 'tool_use',
			stop_sequence: null,
			usage: { input_tokens: 3, output_tokens: 4 },
		};
		const ctx = contextAnswering({
			statusCode: 200,
			headers: { 'content-type': 'application/json; charset=utf-8' },
			body: JSON.stringify(message),
		});
		const events: StreamEvent[] = [];
		const final = await collectMessage(streamMessage(ctx, connection, params), (event) =>
			events.push(event),
		);
		expect(final).toEqual(message);
		expect(events.map((event) => event.type)).toEqual([
			'message_begin',
			'text_delta',
			'block_end',
			'tool_use_begin',
			'block_end',
			'usage_update',
			'stop_reason_update',
			'message_end',
		]);
	});

	it('reports an HTML page sent with a success status as an unexpected response', async () => {
		const ctx = contextAnswering({
			statusCode: 200,
			headers: { 'content-type': 'text/html' },
			body: '<html><body>Please log in</body></html>',
		});
		await expect(collectMessage(streamMessage(ctx, connection, params))).rejects.toThrow(
			/Unexpected response \(200, content-type text\/html\)/,
		);
	});

	it('validates the parameters before sending anything', async () => {
		let sent = 0;
		const ctx = {
			helpers: {
				httpRequestWithAuthentication: async () => {
					sent++;
					return {};
				},
			},
		} as unknown as IExecuteFunctions;
		await expect(
			collectMessage(streamMessage(ctx, connection, { ...params, max_tokens: 0 })),
		).rejects.toThrow(/max_tokens/);
		expect(sent).toBe(0);
	});
});
