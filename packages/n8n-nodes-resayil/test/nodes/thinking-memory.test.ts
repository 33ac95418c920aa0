import { describe, expect, it } from 'vitest';

import { ThinkingMemory } from '../../nodes/LmChatResayil/thinking-memory.ts';
import { endsWithToolTurnWithoutThinking } from '../../nodes/LmChatResayil/tool-turn-without-thinking.ts';
import type { Message, MessageParam } from '../../shared/protocol.ts';

function reply(id: string, content: Message['content']): Message {
	return {
		id,
		type: 'message',
		role: 'assistant',
		model: 'm',
		content,
		stop_reason: 'tool_use',
		stop_sequence: null,
		usage: {},
	};
}

describe('ThinkingMemory', () => {
	it('keeps the thinking blocks before each tool call, as they came, and signatures by text', () => {
		const memory = new ThinkingMemory();
		memory.remember(
			reply('msg_1', [
				{ type: 'redacted_thinking', data: 'opaque' },
				{ type: 'thinking', thinking: 'Need the time.', signature: 'sig_1' },
				{ type: 'tool_use', id: 'toolu_a', name: 'get_time', input: {} },
				{ type: 'tool_use', id: 'toolu_b', name: 'get_time', input: {} },
			]),
		);
		const expected = [
			{ type: 'redacted_thinking', data: 'opaque' },
			{ type: 'thinking', thinking: 'Need the time.', signature: 'sig_1' },
		];
		expect(memory.thinkingBefore('toolu_a')).toEqual(expected);
		expect(memory.thinkingBefore('toolu_b')).toEqual(expected);
		expect(memory.signatureOf('Need the time.')).toBe('sig_1');
		expect(memory.thinkingBefore('toolu_unknown')).toBeUndefined();
	});

	it('remembers nothing for calls without thinking, and forgets the oldest beyond its capacity', () => {
		const memory = new ThinkingMemory(2);
		memory.remember(reply('m0', [{ type: 'tool_use', id: 'plain', name: 't', input: {} }]));
		expect(memory.thinkingBefore('plain')).toBeUndefined();
		for (const id of ['one', 'two', 'three']) {
			memory.remember(
				reply(id, [
					{ type: 'thinking', thinking: id, signature: `sig_${id}` },
					{ type: 'tool_use', id, name: 't', input: {} },
				]),
			);
		}
		expect(memory.thinkingBefore('one')).toBeUndefined();
		expect(memory.signatureOf('one')).toBeUndefined();
		expect(memory.thinkingBefore('three')).toHaveLength(1);
	});
});

describe('endsWithToolTurnWithoutThinking', () => {
	const call = { type: 'tool_use' as const, id: 't1', name: 'get_time', input: {} };
	const results: MessageParam = {
		role: 'user',
		content: [{ type: 'tool_result', tool_use_id: 't1', content: '14:05' }],
	};
	const ask: MessageParam = { role: 'user', content: 'Time?' };

	it('is true only when the answered tool turn does not start with thinking', () => {
		expect(
			endsWithToolTurnWithoutThinking([ask, { role: 'assistant', content: [call] }, results]),
		).toBe(true);
		expect(
			endsWithToolTurnWithoutThinking([
				ask,
				{ role: 'assistant', content: [{ type: 'redacted_thinking', data: 'x' }, call] },
				results,
			]),
		).toBe(false);
		expect(endsWithToolTurnWithoutThinking([ask])).toBe(false);
		expect(endsWithToolTurnWithoutThinking([ask, { role: 'assistant', content: 'Hi' }, ask])).toBe(
			false,
		);
	});
});
