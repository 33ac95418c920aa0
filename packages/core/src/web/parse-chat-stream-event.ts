import { StreamParseError } from '../protocol/index.ts';
import { readPlainTextData } from './chat-event-frame.ts';
import type { ChatStreamEvent } from './chat-stream-event.ts';

/**
 * Parses one `data:` line of a chat stream. Anything that is not a JSON object with a string
 * `type` (and, for an `error` event, an error object with a string `message`) raises
 * `StreamParseError`: a proxy or another server is answering in place of the route.
 */
export function parseChatStreamEvent(data: string): ChatStreamEvent {
  const text = readPlainTextData(data);
  if (text !== undefined) return { type: 'text', text };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw new StreamParseError({ dataSnippet: data.slice(0, 120) });
  }
  if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') {
    throw new StreamParseError({ dataSnippet: data.slice(0, 120), problem: 'not a chat stream event' });
  }
  const event = value as ChatStreamEvent;
  if (event.type === 'error') {
    const error: unknown = event.error;
    if (
      typeof error !== 'object' ||
      error === null ||
      typeof (error as { message?: unknown }).message !== 'string'
    ) {
      throw new StreamParseError({
        dataSnippet: data.slice(0, 120),
        problem: 'an error event without an error message',
      });
    }
  }
  return event;
}
