import { describe, expect, it } from 'vitest';
import { latestDisconnect } from './latest-disconnect.ts';
import { requestBodies } from './request-bodies.ts';
import { startEmulator } from './start-emulator.ts';
import { TEST_KEY } from './test-key.ts';
import { useEmulator } from './use-emulator.ts';

const models = (url: string, key: string) => fetch(`${url}/v1/models`, { headers: { 'x-api-key': key } });
const message = (url: string) =>
  fetch(`${url}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': TEST_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'qwen3.5:397b',
      max_tokens: 50,
      messages: [{ role: 'user', content: 'Hi' }],
    }),
  });

describe('useEmulator', () => {
  const gateway = useEmulator({ profile: 'resayil' });

  it('starts an emulator that accepts TEST_KEY and no other key', async () => {
    expect(gateway.apiKey).toBe(TEST_KEY);
    expect(gateway.emulator.profile).toBe('resayil');
    expect((await models(gateway.url, TEST_KEY)).status).toBe(200);
    expect((await models(gateway.url, 'rsk-some-other-key')).status).toBe(401);
  });

  it('starts each test with an empty log and queue', async () => {
    expect(gateway.emulator.requests).toEqual([]);
    const unavailable = { fault: { type: 'status', status: 503 } } as const;
    gateway.emulator.enqueue([unavailable, unavailable]);
    expect((await message(gateway.url)).status).toBe(503);
  });

  it('dropped the step the previous test left queued', async () => {
    expect((await message(gateway.url)).status).toBe(200);
  });

  it("gives the bodies of one endpoint's requests, oldest first", async () => {
    await message(gateway.url);
    await models(gateway.url, TEST_KEY);
    await fetch(`${gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'qwen3.5:397b', messages: [{ role: 'user', content: 'Second' }] }),
    });
    expect(requestBodies(gateway.emulator)).toEqual([
      expect.objectContaining({ messages: [{ role: 'user', content: 'Hi' }] }),
    ]);
    expect(requestBodies(gateway.emulator, '/v1/chat/completions')).toEqual([
      expect.objectContaining({ messages: [{ role: 'user', content: 'Second' }] }),
    ]);
  });
});

describe('useEmulator with keys of its own', () => {
  const gateway = useEmulator({ apiKeys: ['rsk-own-key'] });

  it('accepts them and reports the first', async () => {
    expect(gateway.apiKey).toBe('rsk-own-key');
    expect((await models(gateway.url, 'rsk-own-key')).status).toBe(200);
    expect((await models(gateway.url, TEST_KEY)).status).toBe(401);
  });
});

describe('startEmulator and latestDisconnect', () => {
  it('resolves once the client of the latest request has gone', async () => {
    const emulator = await startEmulator({ latency: { firstTokenMs: 0, tokenIntervalMs: 50 } });
    try {
      const controller = new AbortController();
      const response = await fetch(`${emulator.url}/v1/messages`, {
        method: 'POST',
        headers: { 'x-api-key': TEST_KEY, 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'qwen3.5:397b',
          max_tokens: 500,
          stream: true,
          messages: [{ role: 'user', content: 'Write a long story' }],
        }),
        signal: controller.signal,
      });
      await response.body?.getReader().read();
      controller.abort();
      expect((await latestDisconnect(emulator)).clientDisconnected).toBe(true);
    } finally {
      await emulator.close();
    }
  });

  it('refuses when nothing was recorded', async () => {
    const emulator = await startEmulator();
    try {
      expect(() => latestDisconnect(emulator)).toThrow(/No request/);
    } finally {
      await emulator.close();
    }
  });
});
