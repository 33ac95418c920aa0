/** One parsed SSE event, for assertions on the wire shape. */
export interface ParsedFrame {
  event: string | undefined;
  data: string;
}

/** Splits an SSE body into frames (LF or CRLF), keeping whether each had an `event:` line. */
export function parseSse(text: string): ParsedFrame[] {
  return text
    .split(/\r?\n\r?\n/u)
    .filter((block) => block.trim().length > 0)
    .map((block) => {
      let event: string | undefined;
      const data: string[] = [];
      for (const line of block.split(/\r?\n/u)) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      return { event, data: data.join('\n') };
    });
}

/** The JSON payloads of the frames (skipping `[DONE]`). */
export function sseJson(text: string): Array<Record<string, unknown>> {
  return parseSse(text)
    .filter((f) => f.data !== '[DONE]')
    .map((f) => JSON.parse(f.data) as Record<string, unknown>);
}
