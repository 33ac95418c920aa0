import type { StreamEvent } from '../stream-event.ts';
import type { Message } from '../wire/anthropic.ts';

/**
 * The stream events a complete message stands for, as if it had streamed in one go:
 * `message_begin`, then per block its text or thinking (`text_delta`, `thinking_delta`), its tool
 * call (`tool_use_begin`) and `block_end`, then `usage_update`, `stop_reason_update` and
 * `message_end`. Used for a gateway that answers a streamed request with one JSON message.
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
    if (block.type === 'tool_use')
      events.push({ type: 'tool_use_begin', index, id: block.id, name: block.name });
    events.push({ type: 'block_end', index, block });
  });
  events.push(
    { type: 'usage_update', usage: { ...message.usage } },
    { type: 'stop_reason_update', stopReason: message.stop_reason, stopSequence: message.stop_sequence },
    { type: 'message_end', message },
  );
  return events;
}
