import type { ContentBlockParam, MessageParam } from '../../shared/protocol.ts';

/**
 * Whether the conversation ends with tool results that answer an assistant turn which does not
 * start with thinking: with thinking on, the Messages API refuses such a request (HTTP 400,
 * "Expected `thinking` or `redacted_thinking`"); without thinking it accepts it.
 */
export function endsWithToolTurnWithoutThinking(messages: MessageParam[]): boolean {
	const results = messages.at(-1);
	const turn = messages.at(-2);
	if (results?.role !== 'user' || turn?.role !== 'assistant') return false;
	if (!blocksOf(results).some((block) => block.type === 'tool_result')) return false;
	const blocks = blocksOf(turn);
	if (!blocks.some((block) => block.type === 'tool_use')) return false;
	const first = blocks[0]?.type;
	return first !== 'thinking' && first !== 'redacted_thinking';
}

function blocksOf(message: MessageParam): ContentBlockParam[] {
	return typeof message.content === 'string'
		? [{ type: 'text', text: message.content }]
		: message.content;
}
