import { REDACTED_THINKING_TRIGGER } from '@resayil/emulator';
import { describe, expect, it } from 'vitest';

import { LmChatResayil } from '../../nodes/LmChatResayil/LmChatResayil.node.ts';
import { createSupplyContext } from '../support/create-supply-context.ts';
import { useGateway } from '../support/use-gateway.ts';

/**
 * The Resayil Chat Model's thinking through the AI node SDK's real LangChain adapter (what
 * `supplyModel` hands n8n's AI Agent), in the tool-loop shapes the agent sends: AI Agent 2 sends
 * back the model's own message; AI Agent 3 runs again after the tools with a new model and rebuilds
 * the tool-call turn from the call alone (text "Calling …" plus the call). The emulator refuses
 * (400) a tool turn whose thinking is missing or altered, as the Messages API does.
 */

interface AgentMessage {
	content: unknown;
	text: string;
	tool_calls?: Array<{ id?: string; name: string; args: Record<string, unknown> }>;
	concat?(other: AgentMessage): AgentMessage;
}
interface AgentModel {
	invoke(messages: unknown[]): Promise<AgentMessage>;
	stream(messages: unknown[]): Promise<AsyncIterable<AgentMessage>>;
}
interface BindableModel {
	bindTools(tools: unknown[]): AgentModel;
}
interface SentBlock {
	type: string;
	thinking?: string;
	signature?: string;
	data?: string;
}
interface SentBody {
	thinking?: unknown;
	messages: Array<{ role: string; content: string | SentBlock[] }>;
}

const getTime = {
	name: 'get_time',
	description: 'The local time in a city',
	schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};
const parameters = {
	modelId: { __rl: true, mode: 'id', value: 'qwen3.5:397b' },
	options: { thinkingBudget: 1024, maxTokens: 2048 },
};

describe.each(['resayil', 'anthropic'] as const)(
	'Resayil Chat Model thinking through the AI Agent adapter, %s profile',
	(profile) => {
		const { emulator, credentials } = useGateway(profile);
		const bodies = () =>
			emulator()
				.requests.filter((request) => request.path === '/v1/messages')
				.map((request) => request.body as SentBody);

		/** What `supplyData` gives the agent, with the tool bound. */
		async function agentModel(): Promise<AgentModel> {
			const { ctx } = createSupplyContext({ credentials: credentials(), parameters });
			const { response } = await new LmChatResayil().supplyData.call(ctx, 0);
			return (response as BindableModel).bindTools([getTime]);
		}

		async function firstTurn(model: AgentModel, prompt: string, streamed: boolean) {
			const question = { role: 'user', content: prompt };
			if (!streamed) return { question, reply: await model.invoke([question]) };
			let reply: AgentMessage | undefined;
			for await (const chunk of await model.stream([question]))
				reply = reply?.concat ? reply.concat(chunk) : chunk;
			return { question, reply: reply as AgentMessage };
		}

		const kinds = [
			['signed thinking', 'Use the get_time tool for Doha.', 'thinking'],
			[
				'redacted thinking',
				`${REDACTED_THINKING_TRIGGER} Use the get_time tool for Doha.`,
				'redacted_thinking',
			],
		] as const;

		describe.each(kinds)('%s', (_, prompt, kind) => {
			it.each([
				['generate', false],
				['stream', true],
			])(
				"AI Agent 2 (%s): the next turn starts with the reply's thinking blocks, unchanged",
				async (_mode, streamed) => {
					const model = await agentModel();
					const { question, reply } = await firstTurn(model, prompt, streamed);
					const call = reply.tool_calls?.[0];
					expect(call?.name).toBe('get_time');
					const answer = await model.invoke([
						question,
						reply,
						{ role: 'tool', content: 'It is 14:05.', tool_call_id: call?.id },
					]);
					expect(answer.text).toContain('14:05');
					const second = bodies()[1];
					const sent = second?.messages[1]?.content as SentBlock[];
					expect(sent.map((block) => block.type)).toEqual([kind, 'tool_use']);
					// Unchanged: the emulator checks the signature (or the redacted data) it issued.
					expect(sent[0]?.signature ?? sent[0]?.data).toEqual(expect.any(String));
					expect(second?.thinking).toEqual({ type: 'enabled', budget_tokens: 1024 });
				},
			);

			it('AI Agent 3: a new model restores the thinking for the rebuilt tool-call turn', async () => {
				const { question, reply } = await firstTurn(await agentModel(), prompt, false);
				const call = reply.tool_calls?.[0];
				const rebuilt = {
					role: 'assistant',
					content: `Calling get_time with input: ${JSON.stringify({ ...call?.args, id: call?.id })}`,
					tool_calls: [{ id: call?.id, name: 'get_time', args: call?.args ?? {} }],
				};
				const answer = await (
					await agentModel()
				).invoke([
					question,
					rebuilt,
					{ role: 'tool', content: '[{"response":"It is 14:05."}]', tool_call_id: call?.id },
				]);
				expect(answer.text).toContain('14:05');
				const sent = bodies()[1]?.messages[1]?.content as SentBlock[];
				expect(sent.map((block) => block.type)).toEqual([kind, 'text', 'tool_use']);
			});
		});

		it('a tool-call turn whose thinking this n8n process does not have is sent without thinking', async () => {
			// As after a restart between the tool call and the next model call (a call id never seen).
			const answer = await (
				await agentModel()
			).invoke([
				{ role: 'user', content: 'Use the get_time tool for Doha.' },
				{
					role: 'assistant',
					content: 'Calling get_time with input: {"city":"Doha"}',
					tool_calls: [
						{ id: 'toolu_from_before_the_restart', name: 'get_time', args: { city: 'Doha' } },
					],
				},
				{ role: 'tool', content: 'It is 14:05.', tool_call_id: 'toolu_from_before_the_restart' },
			]);
			expect(answer.text).toContain('14:05');
			const [sent] = bodies();
			expect(sent?.thinking).toBeUndefined();
			expect((sent?.messages[1]?.content as SentBlock[])[0]?.type).toBe('text');
		});
	},
);
