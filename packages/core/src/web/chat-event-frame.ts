import type { ChatStreamEvent } from './chat-stream-event.ts';

/** How a text event's data begins, as `frameChatEvent` writes it. */
const TEXT_HEAD = '{"type":"text","text":';

/**
 * A text event's data as `frameChatEvent` writes it, with a text that `JSON.stringify` left as it
 * was (no quote, backslash or control character): nearly every event of a chat stream. A
 * regular expression runs as compiled native code, several times faster than `JSON.parse`.
 */
// eslint-disable-next-line no-control-regex -- a raw control character makes the JSON invalid: such data must go to `JSON.parse`
const PLAIN_TEXT_DATA = /^\{"type":"text","text":"[^"\\\u0000-\u001f]*"\}$/;

/**
 * One chat stream event as an SSE frame. A text event is written as `JSON.stringify` would write
 * it, with only its text going through `JSON.stringify` (half the work of the whole object).
 */
export function frameChatEvent(event: ChatStreamEvent): string {
  if (event.type === 'text') return `data: ${TEXT_HEAD}${JSON.stringify(event.text)}}\n\n`;
  return `data: ${JSON.stringify(event)}\n\n`;
}

/**
 * The text of a text event's data written the common way (see `PLAIN_TEXT_DATA`), read without
 * `JSON.parse`; `undefined` for any other data, which `JSON.parse` must read.
 */
export function readPlainTextData(data: string): string | undefined {
  return PLAIN_TEXT_DATA.test(data) ? data.slice(TEXT_HEAD.length + 1, -2) : undefined;
}
