import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../../test/support/any-json.ts';
import { messagesBody, postForJson, postJson } from '../../test/support/http-client.ts';
import { sseJson } from '../../test/support/parse-sse.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

const SYSTEM = [
  { type: 'text', text: 'You are a guide to Kuwait. '.repeat(40), cache_control: { type: 'ephemeral' } },
];

describe.each(['anthropic', 'resayil'] as const)('prompt caching on /v1/messages, %s profile', (profile) => {
  const emulator = withEmulator({ profile });
  const url = () => `${emulator.current.url}/v1/messages`;

  it('writes the cached prefix on the first request and reads it on the next', async () => {
    const first = (await postForJson(url(), messagesBody('Hi', { system: SYSTEM }))).json as AnyJson;
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(200);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    const second = (await postForJson(url(), messagesBody('Where?', { system: SYSTEM }))).json as AnyJson;
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    expect(second.usage.input_tokens).toBeLessThan(first.usage.cache_creation_input_tokens);
  });

  it('reports cache counts in the stream too, and none for a request without cache_control', async () => {
    const body = messagesBody('Hi', {
      stream: true,
      system: [{ ...SYSTEM[0], text: 'Another prompt. '.repeat(50) }],
    });
    const events = sseJson(await (await postJson(url(), body)).text()) as AnyJson[];
    const delta = events.find((e) => e.type === 'message_delta');
    expect(delta.usage.cache_creation_input_tokens).toBeGreaterThan(100);
    const plain = (await postForJson(url(), messagesBody('Hi'))).json as AnyJson;
    expect(plain.usage.cache_read_input_tokens ?? 0).toBe(0);
    expect(plain.usage.cache_creation_input_tokens ?? 0).toBe(0);
  });

  it('POST /_emulator/reset forgets the cached prefixes, as reset() does', async () => {
    const body = messagesBody('Hi', { system: [{ ...SYSTEM[0], text: 'A prompt to forget. '.repeat(50) }] });
    const first = (await postForJson(url(), body)).json as AnyJson;
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(100);
    expect((await postForJson(`${emulator.current.url}/_emulator/reset`, {})).json).toEqual({ ok: true });
    const again = (await postForJson(url(), body)).json as AnyJson;
    expect(again.usage.cache_read_input_tokens).toBe(0);
    expect(again.usage.cache_creation_input_tokens).toBe(first.usage.cache_creation_input_tokens);
  });
});
