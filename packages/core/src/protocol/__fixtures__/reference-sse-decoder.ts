/**
 * Test support (not part of the package's API): a straightforward SSE decoder written from the
 * WHATWG HTML specification's "event stream interpretation", independent of eventsource-parser,
 * for the fuzz tests to compare `createSSEDecoder` with. It reads the whole body at once.
 *
 * One deliberate difference from the specification: `id` is the event's own `id:` field (as
 * `SSEMessage` documents), not the last event id carried over from earlier events.
 */
import type { SSEMessage } from '../sse/create-sse-decoder.ts';

/** Decodes a whole SSE body. */
export function referenceDecode(body: Uint8Array): SSEMessage[] {
  // UTF-8 decode: invalid sequences become U+FFFD, and one leading byte-order mark is dropped.
  const text = new TextDecoder('utf-8').decode(body);
  // Lines end in CRLF, LF or CR; what follows the last line end is not a line, and is discarded.
  const lines = text.split(/\r\n|\r|\n/u).slice(0, -1);
  const messages: SSEMessage[] = [];
  let data: string[] = [];
  let event = '';
  let id: string | undefined;
  for (const line of lines) {
    if (line === '') {
      // Dispatch, only if there was a data field; the buffers are reset either way.
      if (data.length > 0)
        messages.push({ event: event === '' ? undefined : event, data: data.join('\n'), id });
      data = [];
      event = '';
      id = undefined;
      continue;
    }
    if (line.startsWith(':')) continue; // a comment
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\u0000')) id = value;
    // `retry` and unknown fields change nothing an event carries.
  }
  // A final event with no blank line after it is discarded.
  return messages;
}
