import type { IDataObject } from 'n8n-workflow';

import type { ConversationResult } from './run-conversation.ts';

/**
 * The output item of Text → Message a Model.
 *
 * Simplified (the default): `text` (all text blocks joined), `toolCalls` (`{ id, name, input }` of
 * every tool the model asked for in its last message: route on it when the workflow runs tools
 * itself), `stopReason`, `model`, `usage` (`inputTokens`/`outputTokens` summed over every
 * request), with `Include Thinking` also `thinking` (the last message's thinking text), and, when
 * connected tools ran, `toolRuns`. Full: the model's last message exactly as the gateway's JSON
 * has it (thinking blocks included), plus the same `usage` totals as `totalUsage`.
 */
export function formatOutput(
	result: ConversationResult,
	simplify: boolean,
	includeThinking = false,
): IDataObject {
	const { message } = result;
	if (!simplify) {
		return { ...(message as unknown as IDataObject), totalUsage: result.usage };
	}
	const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
	const toolCalls = message.content.flatMap((block) =>
		block.type === 'tool_use' ? [{ id: block.id, name: block.name, input: block.input }] : [],
	);
	const output: IDataObject = {
		text,
		toolCalls: toolCalls as unknown as IDataObject[],
		stopReason: message.stop_reason,
		model: message.model,
		usage: result.usage,
	};
	if (includeThinking) {
		output.thinking = message.content
			.map((block) => (block.type === 'thinking' ? block.thinking : ''))
			.join('');
	}
	if (result.toolRuns.length > 0) output.toolRuns = result.toolRuns as unknown as IDataObject[];
	if (result.maxToolRoundsReached) output.maxToolRoundsReached = true;
	return output;
}
