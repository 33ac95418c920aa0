import type { Emulator } from '@resayil/emulator';
import { describe, expect, it } from 'vitest';
import type { Message, Resayil } from '../src/index.ts';
import { ask, useGateway } from './support/use-gateway.ts';

const params = {
  model: 'qwen3.5:397b',
  max_tokens: 120,
  messages: ask('Tell me about the sea near Kuwait.'),
};

type Api = 'messages' | 'chat.completions';

function streamOf(client: Resayil, api: Api) {
  return api === 'messages' ? client.messages.stream(params) : client.chat.completions.stream(params);
}

/** What a message says, without the ids that differ between two requests. */
const comparable = (message: Message) => ({ ...message, id: undefined });

/**
 * Reads a stream; counts the text deltas that arrived while the emulator was still sending (its
 * log has no `completedAt` yet): more than one means the reply came token by token, not at the end.
 */
async function read(client: Resayil, api: Api, emulator: Emulator) {
  const stream = streamOf(client, api);
  const texts: string[] = [];
  let whileSending = 0;
  for await (const event of stream) {
    if (event.type !== 'text_delta') continue;
    texts.push(event.text);
    if (emulator.requests.at(-1)?.completedAt === undefined) whileSending++;
  }
  return { texts, whileSending, message: await stream.finalMessage() };
}

describe.each(['anthropic', 'resayil'] as const)('a gzip-encoded stream, %s profile', (profile) => {
  // A pause between events, so that "token by token" can be told from "all at the end".
  const env = useGateway({ profile, latency: { tokenIntervalMs: 25 } });

  it.each(['messages', 'chat.completions'] as const)(
    '%s: fetch decompresses it as it arrives, token by token, and the reply completes',
    async (api) => {
      const plain = await read(env.client, api, env.emulator);
      env.emulator.enqueue({ fault: { type: 'gzip' } });
      const gzipped = await read(env.client, api, env.emulator);
      expect(env.emulator.requests.at(-1)?.fault).toBe('gzip');
      expect(gzipped.whileSending).toBeGreaterThan(1);
      expect(gzipped.texts).toEqual(plain.texts);
      expect(comparable(gzipped.message)).toEqual(comparable(plain.message));
      expect(gzipped.message.stop_reason).toBe('end_turn');
    },
  );
});
