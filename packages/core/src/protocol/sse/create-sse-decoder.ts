import { createParser } from 'eventsource-parser';

/** One server-sent event, as dispatched by a blank line. */
export interface SSEMessage {
  /** The `event:` field, or `undefined` when the event had none (Resayil sends none). */
  event: string | undefined;
  /** The `data:` lines, joined with `\n`. */
  data: string;
  /** The `id:` field, if any. */
  id: string | undefined;
}

/** Turns the bytes of an SSE body, in any chunking, into messages. Feed it with `push`, close it with `end`. */
export interface SSEDecoder {
  /** Feeds the next chunk of bytes; returns the messages it completed (possibly none). */
  push(chunk: Uint8Array): SSEMessage[];
  /**
   * Signals the end of the body; returns the messages completed by the last bytes. As the SSE
   * specification says, a final event that is not followed by a blank line is discarded.
   */
  end(): SSEMessage[];
}

const CR = '\r';

/**
 * Creates an {@link SSEDecoder}: one streaming UTF-8 `TextDecoder` (so multi-byte characters split
 * across chunks survive, and a BOM is dropped) feeding eventsource-parser (CR, LF and CRLF line
 * ends, even split across chunks; comments; multi-line data). The result does not depend on how
 * the bytes were chunked.
 */
export function createSSEDecoder(): SSEDecoder {
  const decoder = new TextDecoder('utf-8');
  let pending: SSEMessage[] = [];
  let endsWithCR = false;
  let ended = false;
  const parser = createParser({
    // eventsource-parser's own message object is kept as it is: it always sets the same three
    // fields (its type marks `event` and `id` optional, but both keys are always there).
    onEvent: (message) => {
      pending.push(message as SSEMessage);
    },
  });
  // The TextDecoder has already dropped the byte-order mark; eventsource-parser would also drop the
  // text "ï»¿" (a BOM's bytes read as Latin-1) from the start of its first chunk, which is data. A
  // blank line first (it dispatches nothing) keeps the body's own first characters intact.
  parser.feed('\n');

  const feed = (text: string): SSEMessage[] => {
    if (text !== '') {
      parser.feed(text);
      endsWithCR = text.endsWith(CR);
    }
    const messages = pending;
    pending = [];
    return messages;
  };

  return {
    push(chunk) {
      if (ended) return [];
      return feed(decoder.decode(chunk, { stream: true }));
    },
    end() {
      if (ended) return [];
      ended = true;
      // What the decoder still holds is nothing or one U+FFFD (a dangling partial character).
      const rest = decoder.decode();
      // A CR at the end of the text is a complete line end; the parser holds it back in case a LF
      // follows. (After a U+FFFD the added LF only ends that unfinished line, which is discarded.)
      return feed(endsWithCR ? `${rest}\n` : rest);
    },
  };
}
