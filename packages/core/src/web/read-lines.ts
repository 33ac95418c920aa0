/**
 * Reads a UTF-8 byte stream as lines (without their `\n` or `\r\n`), decoding characters split
 * across chunks; the last line is yielded even without a final newline. Empty lines are skipped.
 */
export async function* readLines(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    let start = 0;
    for (let newline = buffer.indexOf('\n'); newline !== -1; newline = buffer.indexOf('\n', start)) {
      const line = buffer.slice(start, newline).trim();
      start = newline + 1;
      if (line !== '') yield line;
    }
    buffer = buffer.slice(start);
    if (done) break;
  }
  if (buffer.trim() !== '') yield buffer.trim();
}
