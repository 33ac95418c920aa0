const HEAD = '{"type":"content_block_delta","index":';
const MIDDLE = ',"delta":{"type":"text_delta","text":"';
const TAIL = '"}}';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ZERO = 0x30;
const NINE = 0x39;
/** Characters of an index read without `JSON.parse` (larger ones take the general path). */
const MAX_INDEX_DIGITS = 6;

/** The block index and text of a `text_delta` event. */
export interface TextDelta {
  index: number;
  text: string;
}

/**
 * Reads the data of a text delta written the way the Messages API writes it, byte for byte:
 * `{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"…"}}`, with no
 * space and a text without escapes. That is nearly every event of a reply, and this reading
 * returns exactly what `JSON.parse` would, without building the event's objects. Anything else
 * (another event, other spacing or key order, an escape in the text, a control character that
 * makes the JSON invalid) returns `undefined`, for the general path to parse. Internal.
 */
export function readTextDelta(data: string): TextDelta | undefined {
  if (!data.startsWith(HEAD)) return undefined;
  let at = HEAD.length;
  const digitsStart = at;
  while (at < data.length && at - digitsStart <= MAX_INDEX_DIGITS) {
    const code = data.charCodeAt(at);
    if (code < ZERO || code > NINE) break;
    at++;
  }
  const digits = at - digitsStart;
  // JSON forbids leading zeros: "01" must take the general path (and fail there).
  if (digits === 0 || digits > MAX_INDEX_DIGITS) return undefined;
  if (digits > 1 && data.charCodeAt(digitsStart) === ZERO) return undefined;
  if (!data.startsWith(MIDDLE, at)) return undefined;
  const textStart = at + MIDDLE.length;
  const textEnd = data.length - TAIL.length;
  if (textEnd < textStart || !data.endsWith(TAIL)) return undefined;
  for (let i = textStart; i < textEnd; i++) {
    const code = data.charCodeAt(i);
    if (code === QUOTE || code === BACKSLASH || code < 0x20) return undefined;
  }
  return { index: Number(data.slice(digitsStart, at)), text: data.slice(textStart, textEnd) };
}
