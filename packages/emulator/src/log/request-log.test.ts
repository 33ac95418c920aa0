import { describe, expect, it } from 'vitest';
import { EmulatorTimeoutError } from '../emulator-timeout-error.ts';
import { messagesBody, postJson } from '../../test/support/http-client.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';
import { redactHeaders } from './redact-headers.ts';

const SECRET = 'sk-live-abcdef0123456789';

describe('redactHeaders', () => {
  it('hides x-api-key and authorization values but keeps the scheme', () => {
    expect(
      redactHeaders({ 'x-api-key': SECRET, authorization: `Bearer ${SECRET}`, accept: 'application/json' }),
    ).toEqual({
      'x-api-key': '[redacted]',
      authorization: 'Bearer [redacted]',
      accept: 'application/json',
    });
  });
});

describe('request log', () => {
  const emulator = withEmulator({ profile: 'anthropic', apiKeys: [SECRET] });

  it('records method, path, redacted headers, parsed body, times and status', async () => {
    const before = Date.now();
    await (
      await postJson(`${emulator.current.url}/api/v1/messages`, messagesBody('log me'), {
        'x-api-key': SECRET,
        authorization: `Bearer ${SECRET}`,
      })
    ).text();
    const record = await emulator.current.waitForRequest(
      (r) => r.path === '/api/v1/messages' && r.completedAt !== undefined,
    );
    expect(record).toMatchObject({
      id: expect.stringMatching(/^req_\d{6}$/u),
      method: 'POST',
      path: '/api/v1/messages',
      body: messagesBody('log me'),
      status: 200,
      clientDisconnected: false,
    });
    expect(record.headers['x-api-key']).toBe('[redacted]');
    expect(record.headers.authorization).toBe('Bearer [redacted]');
    expect(JSON.stringify(emulator.current.requests)).not.toContain(SECRET);
    expect(record.receivedAt).toBeGreaterThanOrEqual(before);
    expect(record.completedAt).toBeGreaterThanOrEqual(record.receivedAt);
    expect(record.disconnectedAt).toBeUndefined();
  });

  it('keeps a body that is not JSON as the raw string', async () => {
    await (
      await postJson(`${emulator.current.url}/v1/messages`, 'plain text body', { 'x-api-key': SECRET })
    ).text();
    const record = await emulator.current.waitForRequest((r) => r.body === 'plain text body');
    expect(record.status).toBe(400);
  });

  it('waitForRequest waits for a request that has not arrived yet', async () => {
    const waiting = emulator.current.waitForRequest((r) => r.path === '/v1/health');
    await fetch(`${emulator.current.url}/v1/health`, { headers: { 'x-api-key': SECRET } });
    expect((await waiting).method).toBe('GET');
  });

  it('waitForRequest and waitForDisconnect reject with EmulatorTimeoutError when nothing happens', async () => {
    await expect(emulator.current.waitForRequest((r) => r.path === '/never', 50)).rejects.toBeInstanceOf(
      EmulatorTimeoutError,
    );
    await expect(emulator.current.waitForDisconnect('req_999999', 50)).rejects.toThrow(/req_999999/u);
  });

  it('records a client that leaves mid-stream', async () => {
    const controller = new AbortController();
    const res = await postJson(
      `${emulator.current.url}/v1/messages`,
      messagesBody('stream then leave', { stream: true }),
      { 'x-api-key': SECRET, 'x-resayil-emulator': '{"fault":{"type":"slow","tokenIntervalMs":50}}' },
      { signal: controller.signal },
    );
    const id = res.headers.get('x-resayil-emulator-request-id') ?? '';
    await res.body!.getReader().read();
    controller.abort();
    const record = await emulator.current.waitForDisconnect(id);
    expect(record.id).toBe(id);
    expect((await emulator.current.waitForDisconnect()).clientDisconnected).toBe(true);
    expect(record.clientDisconnected).toBe(true);
    expect(record.completedAt).toBeUndefined();
  });
});
