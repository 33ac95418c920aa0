import { readdirSync, readFileSync } from 'node:fs';
import {
  ChatCompletionAccumulator,
  MessageAccumulator,
  chatCompletionToMessage,
  createSSEDecoder,
  parseChatCompletion,
  parseMessage,
  type Message,
} from '@resayil/core/protocol';
import type { EntryPoint } from './entry-points/entry-point.ts';

/** Core's protocol vectors: recorded streams of real gateways' quirks, and whole JSON replies. */
const FIXTURES = new URL('../../packages/core/src/protocol/__fixtures__/', import.meta.url);

/** One reply a gateway may send, and what every entry point must make of it. */
export interface QuirkVector {
  /** The fixture file it comes from. */
  file: string;
  path: EntryPoint['path'];
  contentType: string;
  body: Uint8Array;
  /** A whole JSON reply: sent to every entry point, streamed or not; an SSE stream only to streamed ones. */
  whole: boolean;
  /** The reply as core's protocol reads it: the reference every entry point is held to. */
  message: Message;
}

function reference(file: string, path: EntryPoint['path'], body: Uint8Array): Message {
  const text = new TextDecoder().decode(body);
  if (file.endsWith('.json')) {
    return path === '/v1/messages'
      ? parseMessage(text)
      : chatCompletionToMessage(parseChatCompletion(text, 'application/json'));
  }
  const accumulator = path === '/v1/messages' ? new MessageAccumulator() : new ChatCompletionAccumulator();
  const decoder = createSSEDecoder();
  for (const message of [...decoder.push(body), ...decoder.end()]) accumulator.push(message);
  return accumulator.end();
}

/** Every `.sse` and `.json` fixture of core's protocol: `openai-*` ones are chat completions. */
export const QUIRK_VECTORS: readonly QuirkVector[] = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.sse') || file.endsWith('.json'))
  .sort()
  .map((file) => {
    const body = new Uint8Array(readFileSync(new URL(file, FIXTURES)));
    const path = file.startsWith('openai-') ? '/v1/chat/completions' : '/v1/messages';
    const whole = file.endsWith('.json');
    return {
      file,
      path,
      contentType: whole ? 'application/json' : 'text/event-stream',
      body,
      whole,
      message: reference(file, path, body),
    };
  });

/** The text of a reply's text blocks: what an entry point's call must resolve with. */
export const textOf = (message: Message): string =>
  message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');

/** The ids of a reply's tool calls: each must reach the user of every entry point. */
export const toolIdsOf = (message: Message): string[] =>
  message.content.flatMap((block) => (block.type === 'tool_use' ? [block.id] : []));

/**
 * Where an entry point must differ from core's reading of a vector, and why. Every other pair of
 * entry point and vector must give the same text and the same tool ids.
 */
export const QUIRK_EXCEPTIONS: ReadonlyArray<{ entryPoint: string; reason: string; skipsToolCalls: true }> = [
  {
    entryPoint: 'core chat.completions.create',
    reason:
      "it resolves with the gateway's completion in OpenAI's own shape, as the OpenAI SDK does: a tool call the gateway sent without an id stays without one there; chatCompletionToMessage() (and the streamed call) give core's ids",
    skipsToolCalls: true,
  },
];
