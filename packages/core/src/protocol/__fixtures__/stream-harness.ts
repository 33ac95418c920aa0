/**
 * Test support (not part of the package's API): runs SSE bytes through the decoder and an
 * accumulator exactly as a client would, and derives line-ending and BOM variants of fixtures.
 * Pure, like the layer it tests; the tests read the fixture files themselves.
 */
import { MessageAccumulator } from '../anthropic/message-accumulator.ts';
import { ChatCompletionAccumulator } from '../openai/chat-completion-accumulator.ts';
import { createSSEDecoder } from '../sse/create-sse-decoder.ts';
import type { StreamEvent } from '../stream-event.ts';
import type { StreamAccumulator } from '../stream/stream-accumulator.ts';
import type { Message } from '../wire/anthropic.ts';

/** Which accumulator a fixture needs. */
export type StreamKind = 'anthropic' | 'openai';

/**
 * The recorded streams under `__fixtures__/`, with the accumulator each one needs. They are the
 * quirk vectors: the reliability suite sends each one (and the JSON replies `anthropic-reply.json`
 * and `openai-reply.json`) through every entry point of every adapter.
 */
export const STREAM_FIXTURES: ReadonlyArray<{ file: string; kind: StreamKind }> = [
  { file: 'anthropic-text.sse', kind: 'anthropic' },
  { file: 'anthropic-tool-use.sse', kind: 'anthropic' },
  { file: 'anthropic-thinking.sse', kind: 'anthropic' },
  { file: 'anthropic-parallel-tools.sse', kind: 'anthropic' },
  { file: 'resayil-messages.sse', kind: 'anthropic' },
  { file: 'resayil-tool-use-no-id.sse', kind: 'anthropic' },
  { file: 'openai-official.sse', kind: 'openai' },
  { file: 'openai-resayil.sse', kind: 'openai' },
  { file: 'openai-ollama-tools.sse', kind: 'openai' },
];

/** A new accumulator of the given kind. */
export function createAccumulator(kind: StreamKind): StreamAccumulator {
  return kind === 'anthropic' ? new MessageAccumulator() : new ChatCompletionAccumulator();
}

/** Everything a run produced: the events, then either the final message or the error thrown. */
export interface StreamRun {
  events: StreamEvent[];
  message: Message | undefined;
  error: unknown;
  /** The accumulator, for snapshot checks. */
  accumulator: StreamAccumulator;
}

/** Feeds the chunks through one decoder and one accumulator, then ends both. Never throws. */
export function runStream(kind: StreamKind, chunks: readonly Uint8Array[]): StreamRun {
  const decoder = createSSEDecoder();
  const accumulator = createAccumulator(kind);
  const events: StreamEvent[] = [];
  try {
    for (const chunk of chunks) {
      for (const message of decoder.push(chunk)) events.push(...accumulator.push(message));
    }
    for (const message of decoder.end()) events.push(...accumulator.push(message));
    return { events, message: accumulator.end(), error: undefined, accumulator };
  } catch (error) {
    return { events, message: undefined, error, accumulator };
  }
}

/** Splits bytes at the given positions (any order, duplicates and out-of-range ones ignored). */
export function splitAt(bytes: Uint8Array, positions: readonly number[]): Uint8Array[] {
  const cuts = [...new Set(positions)].filter((p) => p > 0 && p < bytes.length).sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const cut of cuts) {
    chunks.push(bytes.subarray(start, cut));
    start = cut;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

/** The fixture with LF line ends, CRLF, lone CR, and LF behind a UTF-8 byte-order mark. */
export function lineEndingVariants(bytes: Uint8Array): Record<'lf' | 'crlf' | 'cr' | 'bom', Uint8Array> {
  return {
    lf: bytes,
    crlf: replaceLineFeeds(bytes, [0x0d, 0x0a]),
    cr: replaceLineFeeds(bytes, [0x0d]),
    bom: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]),
  };
}

function replaceLineFeeds(bytes: Uint8Array, replacement: number[]): Uint8Array {
  const out: number[] = [];
  for (const byte of bytes) {
    if (byte === 0x0a) out.push(...replacement);
    else out.push(byte);
  }
  return new Uint8Array(out);
}

/**
 * The number of bytes after which the terminal event is complete: the end of the blank line that
 * follows the line carrying `marker` (`"type":"message_stop"` or `[DONE]`). Found by scanning the
 * bytes, independently of the decoder.
 */
export function terminalOffset(bytes: Uint8Array, marker: string): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const prefixBytes = (chars: number): number => new TextEncoder().encode(text.slice(0, chars)).length;
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker ${marker} not found`);
  let i = at;
  while (text[i] !== '\r' && text[i] !== '\n') i++;
  i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1; // the end of the data line
  return prefixBytes(i + 1); // the blank line's terminator (its first character dispatches)
}

/** All the text of a message's text blocks. */
export function textOf(message: Message): string {
  return message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}
