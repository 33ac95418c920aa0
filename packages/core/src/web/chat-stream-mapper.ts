import type { ToolRunEvent } from '../client/tool-run.ts';
import type { ChatStreamEvent } from './chat-stream-event.ts';

/** Turns one of core's events into what the browser gets, or `undefined` for events it does not need. */
export type ChatStreamMapper = (event: ToolRunEvent) => ChatStreamEvent | undefined;

/**
 * Maps a tool run's (or a single reply's) events to `ChatStreamEvent`s, one at a time and
 * synchronously. `start` comes once, for the first reply. A reply that stops for tool calls ends
 * the stream (`finish` with `stopReason: 'tool_use'`, after its `tool_call`s) only when no tools
 * run on the server; otherwise the next round follows.
 */
export function createChatStreamMapper(runsTools: boolean): ChatStreamMapper {
  let started = false;
  return (event) => {
    switch (event.type) {
      case 'text_delta':
        return { type: 'text', text: event.text };
      case 'message_begin':
        if (started) return undefined;
        started = true;
        return { type: 'start', id: event.id, model: event.model };
      case 'thinking_delta':
        return { type: 'thinking', text: event.thinking };
      case 'block_end': {
        if (event.block.type !== 'tool_use') return undefined;
        const block = event.block as { id: string; name: string; input: unknown };
        return { type: 'tool_call', id: block.id, name: block.name, input: block.input };
      }
      case 'tool_result':
        return {
          type: 'tool_result',
          id: event.toolUseId,
          name: event.name,
          content: event.content,
          isError: event.isError,
        };
      case 'message_end':
        if (runsTools && event.message.stop_reason === 'tool_use') return undefined;
        return { type: 'finish', stopReason: event.message.stop_reason, usage: event.message.usage };
      default:
        return undefined;
    }
  };
}
