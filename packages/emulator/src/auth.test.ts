import { describe, expect, it } from 'vitest';
import { messagesBody, postForJson } from '../test/support/http-client.ts';
import { withEmulator } from '../test/support/with-emulator.ts';

const KEY = 'sk-test-0123456789abcdef';

describe('auth, anthropic profile', () => {
  const emulator = withEmulator({ profile: 'anthropic', apiKeys: [KEY] });
  const url = () => `${emulator.current.url}/v1/messages`;

  it('accepts x-api-key and Authorization: Bearer', async () => {
    expect((await postForJson(url(), messagesBody('Hi'), { 'x-api-key': KEY })).status).toBe(200);
    expect((await postForJson(url(), messagesBody('Hi'), { authorization: `Bearer ${KEY}` })).status).toBe(
      200,
    );
  });

  it('rejects a wrong or missing key with the official 401 body, without echoing the key', async () => {
    const wrong = await postForJson(url(), messagesBody('Hi'), { 'x-api-key': 'sk-wrong-key' });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({
      type: 'error',
      error: { type: 'authentication_error' },
      request_id: expect.stringMatching(/^req_/u),
    });
    expect(JSON.stringify(wrong.json)).not.toContain('sk-wrong-key');
    expect((await postForJson(url(), messagesBody('Hi'))).status).toBe(401);
  });

  it('guards the catalog endpoints too', async () => {
    expect((await fetch(`${emulator.current.url}/v1/models`)).status).toBe(401);
    expect((await fetch(`${emulator.current.url}/v1/models`, { headers: { 'x-api-key': KEY } })).status).toBe(
      200,
    );
  });
});

describe('auth, resayil profile', () => {
  const emulator = withEmulator({ profile: 'resayil', apiKeys: [KEY] });
  const url = () => `${emulator.current.url}/v1/chat/completions`;
  const chat = { model: 'mistral', messages: [{ role: 'user', content: 'Hi' }] };

  it('answers the gateway flat 401 bodies', async () => {
    expect(await postForJson(url(), chat, { authorization: 'Bearer nope' })).toMatchObject({
      status: 401,
      json: { message: 'Unauthenticated.', error: 'Invalid API key.' },
    });
    expect(await postForJson(url(), chat)).toMatchObject({
      status: 401,
      json: { message: 'Unauthenticated.', error: 'Authorization header required.' },
    });
    expect((await postForJson(url(), chat, { authorization: `Bearer ${KEY}` })).status).toBe(200);
  });
});
