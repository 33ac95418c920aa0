/** One chunk of the AI SDK's UI message stream, as the browser receives it. */
export type UIChunk = { type: string; [key: string]: unknown };

/** Reads a `toUIMessageStreamResponse()` body to the end: its `data:` lines as JSON, `[DONE]` left out. */
export async function readUIMessageStream(response: Response): Promise<UIChunk[]> {
  const text = await response.text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice('data: '.length)) as UIChunk);
}
