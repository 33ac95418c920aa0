import { describe, expect, it } from 'vitest';
import { createEmulator } from '../create-emulator.ts';
import type { AnyJson } from '../../test/support/any-json.ts';
import { chatBody, messagesBody, postForJson, postJson } from '../../test/support/http-client.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

describe('bad input, anthropic profile', () => {
  const emulator = withEmulator({ profile: 'anthropic' });
  const url = () => `${emulator.current.url}/v1/messages`;

  it('malformed JSON gets a 400 invalid_request_error', async () => {
    const { status, json } = await postForJson(url(), '{"model": "x", ');
    expect(status).toBe(400);
    expect(json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it.each([
    [
      'missing max_tokens',
      { model: 'mistral', messages: [{ role: 'user', content: 'Hi' }] },
      'max_tokens: Field required',
    ],
    [
      'max_tokens zero',
      messagesBody('Hi', { max_tokens: 0 }),
      'max_tokens: Input should be greater than or equal to 1',
    ],
    [
      'max_tokens fractional',
      messagesBody('Hi', { max_tokens: 1.5 }),
      'max_tokens: Input should be a valid integer',
    ],
    ['model a number', messagesBody('Hi', { model: 42 }), 'model: Input should be a valid string'],
    [
      'bad role',
      { model: 'mistral', max_tokens: 5, messages: [{ role: 'system', content: 'Hi' }] },
      'messages.0.role',
    ],
    [
      'content a number',
      { model: 'mistral', max_tokens: 5, messages: [{ role: 'user', content: 5 }] },
      'messages.0.content',
    ],
    ['empty messages', { model: 'mistral', max_tokens: 5, messages: [] }, 'messages'],
    ['body an array', [1, 2], 'body'],
    ['text block without text', messagesBody([{ type: 'text' }]), 'messages.0.content.0.text'],
  ])('%s → 400 naming the field', async (_name, body, message) => {
    const { status, json } = await postForJson(url(), body);
    expect(status).toBe(400);
    expect((json as AnyJson).error.message).toContain(message);
  });

  it('an unknown model gets the 404 not_found_error', async () => {
    const { status, json } = await postForJson(url(), messagesBody('Hi', { model: 'gpt-9' }));
    expect(status).toBe(404);
    expect(json).toMatchObject({
      type: 'error',
      error: { type: 'not_found_error', message: 'model: gpt-9' },
    });
  });

  it('unknown paths get a 404 and wrong methods a 405', async () => {
    const missing = await fetch(`${emulator.current.url}/v1/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
    expect((await fetch(`${emulator.current.url}/v1/messages`)).status).toBe(405);
    expect((await postJson(`${emulator.current.url}/v1/models`, {})).status).toBe(405);
  });

  it('chat route errors use the OpenAI shape', async () => {
    const { status, json } = await postForJson(`${emulator.current.url}/v1/chat/completions`, {
      model: 'mistral',
      messages: [{ role: 'wizard', content: 'x' }],
    });
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { type: 'invalid_request_error', param: 'messages.0.role' } });
  });
});

describe('bad input, resayil profile', () => {
  const emulator = withEmulator({ profile: 'resayil' });
  const url = () => `${emulator.current.url}/v1/chat/completions`;

  it('missing fields get the 422 Laravel body', async () => {
    const { status, json } = await postForJson(url(), { messages: [{ role: 'user' }] });
    expect(status).toBe(422);
    expect(json).toEqual({
      message: 'Validation failed.',
      errors: {
        model: ['The model field is required.'],
        'messages.0.content': ['The messages.0.content field is required.'],
      },
    });
  });

  it('malformed JSON is read as an empty body and fails validation', async () => {
    const { status, json } = await postForJson(url(), '{{{');
    expect(status).toBe(422);
    expect((json as AnyJson).errors.model).toEqual(['The model field is required.']);
  });

  it('a validation failure without Accept: application/json is a 302 HTML redirect', async () => {
    const res = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${emulator.current.url}/`);
    expect(await res.text()).toContain('Redirecting to');
  });

  it('under /api/ validation failures are JSON even without the Accept header', async () => {
    const res = await fetch(`${emulator.current.url}/api/v1/chat/completions`, {
      method: 'POST',
      body: '{}',
      redirect: 'manual',
    });
    expect(res.status).toBe(422);
  });

  it('the Messages route wants an integer max_tokens', async () => {
    const { status, json } = await postForJson(`${emulator.current.url}/v1/messages`, {
      model: 'mistral',
      messages: [{ role: 'user', content: 'Hi' }],
      max_tokens: 'ten',
    });
    expect(status).toBe(422);
    expect((json as AnyJson).errors.max_tokens).toEqual(['The max tokens field must be an integer.']);
  });

  it('an unknown model gets the gateway 404', async () => {
    const { status, json } = await postForJson(url(), chatBody('Hi', { model: 'x' }));
    expect(status).toBe(404);
    expect(json).toEqual({ error: { message: "Model 'x' not found.", code: 404 } });
  });

  it('unknown paths get the Laravel route 404', async () => {
    const res = await fetch(`${emulator.current.url}/v2/whatever`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'The route v2/whatever could not be found.' });
  });
});

describe('oversized bodies', () => {
  it('get a 413 in each profile, and the server keeps serving', async () => {
    for (const profile of ['anthropic', 'resayil'] as const) {
      const emulator = await createEmulator({ profile, bodyLimitBytes: 1024 });
      try {
        const res = await postJson(`${emulator.url}/v1/messages`, messagesBody('x'.repeat(5000)));
        expect(res.status).toBe(413);
        const body = (await res.json()) as AnyJson;
        if (profile === 'anthropic') expect(body.error.type).toBe('request_too_large');
        else expect(body.error.code).toBe(413);
        expect((await postJson(`${emulator.url}/v1/messages`, messagesBody('small'))).status).toBe(200);
      } finally {
        await emulator.close();
      }
    }
  });

  it('the default limit is 10 MiB', async () => {
    const emulator = await createEmulator();
    try {
      const res = await postJson(
        `${emulator.url}/v1/messages`,
        messagesBody('x'.repeat(10 * 1024 * 1024 + 10)),
      );
      expect(res.status).toBe(413);
    } finally {
      await emulator.close();
    }
  });
});
