/**
 * A `Response` whose body arrives as separate chunks, cut at the given byte offsets (taken modulo
 * the body's length, so any numbers do): for decoding that must not depend on where chunks end.
 */
export function responseOf(bytes: Uint8Array, cuts: number[] = [], init?: ResponseInit): Response {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    if (point > from) chunks.push(bytes.slice(from, point));
    from = Math.max(from, point);
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body, init);
}
