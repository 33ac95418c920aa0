import type { TextStreamPart, ToolSet } from 'ai';

/** Every part of a `fullStream`, in order. */
export async function streamParts<T extends ToolSet>(
  stream: AsyncIterable<TextStreamPart<T>>,
): Promise<Array<TextStreamPart<T>>> {
  const parts: Array<TextStreamPart<T>> = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

/** The errors of a `fullStream`'s `error` parts, in order. */
export async function streamErrors<T extends ToolSet>(
  stream: AsyncIterable<TextStreamPart<T>>,
): Promise<unknown[]> {
  return (await streamParts(stream)).flatMap((part) => (part.type === 'error' ? [part.error] : []));
}
