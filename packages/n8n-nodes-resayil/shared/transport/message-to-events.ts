import type { Message, StreamEvent } from '../protocol.ts';

/**
 * The stream events a complete message stands for, for a gateway that answers a streamed request
 * with one JSON message: `message_start`, the text and thinking of each block, each block, the
 * stop reason, usage and `message_stop`. Consumers then behave as if the reply had streamed in one go.
 */
export function messageToEvents(message: Message): StreamEvent[] {
	const events: StreamEvent[] = [
		{ type: 'message_begin', id: message.id, model: message.model, usage: { ...message.usage } },
	];
	message.content.forEach((block, index) => {
		if (block.type === 'text' && block.text !== '')
			events.push({ type: 'text_delta', index, text: block.text });
		if (block.type === 'thinking' && block.thinking !== '') {
			events.push({ type: 'thinking_delta', index, thinking: block.thinking });
		}
		if (block.type === 'tool_use') {
			events.push({ type: 'tool_use_begin', index, id: block.id, name: block.name });
		}
		events.push({ type: 'block_end', index, block });
	});
	events.push(
		{ type: 'usage_update', usage: { ...message.usage } },
		{ type: 'stop_reason_update', stopReason: message.stop_reason, stopSequence: message.stop_sequence },
		{ type: 'message_end', message },
	);
	return events;
}
