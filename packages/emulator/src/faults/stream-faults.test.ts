import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../../test/support/any-json.ts';
import { chatBody, messagesBody, postJson } from '../../test/support/http-client.ts';
import { parseSse } from '../../test/support/parse-sse.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

const step = (fault: unknown) => ({ 'x-resayil-emulator': JSON.stringify({ fault }) });
const streamed = (text = 'Tell me a story about the sea') => messagesBody(text, { stream: true });

describe('stream faults, anthropic profile', () => {
  const emulator = withEmulator({ profile: 'anthropic' });
  const url = () => `${emulator.current.url}/v1/messages`;

  it('error_event sends an error event after N events and ends without message_stop', async () => {
    const res = await postJson(
      url(),
      streamed(),
      step({ type: 'error_event', afterEvents: 4, message: 'Busy now' }),
    );
    expect(res.status).toBe(200);
    const frames = parseSse(await res.text());
    expect(frames).toHaveLength(5);
    expect(frames[4]).toEqual({
      event: 'error',
      data: JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message: 'Busy now' } }),
    });
    expect(frames.some((f) => f.event === 'message_stop')).toBe(false);
  });

  it('whole_reply answers a streamed request with the whole JSON reply, on both endpoints', async () => {
    const res = await postJson(url(), streamed('Hi'), step({ type: 'whole_reply' }));
    expect(res.headers.get('content-type')).toContain('application/json');
    const message = (await res.json()) as AnyJson;
    expect(message).toMatchObject({ type: 'message', stop_reason: 'end_turn' });
    expect(message.content[0].text).toContain('Hi');
    const chat = await postJson(
      `${emulator.current.url}/v1/chat/completions`,
      chatBody('Hi', { stream: true }),
      step({ type: 'whole_reply' }),
    );
    expect(chat.headers.get('content-type')).toContain('application/json');
    expect(((await chat.json()) as AnyJson).object).toBe('chat.completion');
  });

  it('error_event on a non-streamed request becomes the matching status', async () => {
    const res = await postJson(
      url(),
      messagesBody('Hi'),
      step({ type: 'error_event', errorType: 'overloaded_error' }),
    );
    expect(res.status).toBe(529);
    expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
  });

  it('error_event on the chat route is an OpenAI error chunk', async () => {
    const res = await postJson(
      `${emulator.current.url}/v1/chat/completions`,
      chatBody('Hi', { stream: true }),
      step({ type: 'error_event', afterEvents: 1, errorType: 'api_error' }),
    );
    const frames = parseSse(await res.text());
    expect(frames).toHaveLength(2);
    expect(JSON.parse(frames[1]?.data ?? '')).toMatchObject({ error: { type: 'api_error' } });
  });

  it('cut destroys the connection mid-stream; the log says the server cut, not the client', async () => {
    const res = await postJson(url(), streamed(), step({ type: 'cut', afterEvents: 3 }));
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-resayil-emulator-request-id');
    await expect(res.text()).rejects.toThrow();
    const record = emulator.current.requests.find((r) => r.id === requestId);
    expect(record).toMatchObject({ fault: 'cut', clientDisconnected: false, status: 200 });
    expect(record?.completedAt).toBeUndefined();
  });

  it('cut on a non-streamed request sends half the body, then closes', async () => {
    const res = await postJson(url(), messagesBody('Hi'), step({ type: 'cut' }));
    await expect(res.text()).rejects.toThrow();
  });

  it('stall forever, then a client abort, is recorded as a disconnect', async () => {
    const controller = new AbortController();
    const pending = postJson(url(), streamed(), step({ type: 'stall', afterEvents: 2 }), {
      signal: controller.signal,
    });
    const res = await pending;
    const requestId = res.headers.get('x-resayil-emulator-request-id') ?? '';
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('message_start');
    controller.abort();
    const record = await emulator.current.waitForDisconnect(requestId, 5_000);
    expect(record).toMatchObject({
      clientDisconnected: true,
      disconnectedAt: expect.any(Number),
      fault: 'stall',
    });
    expect(record.completedAt).toBeUndefined();
  });

  it('a non-streamed stall sends nothing, not even headers, until the client leaves', async () => {
    const controller = new AbortController();
    const pending = postJson(url(), messagesBody('Hi'), step({ type: 'stall' }), {
      signal: controller.signal,
    });
    const record = await emulator.current.waitForRequest(
      (r) => r.fault === 'stall' && r.path === '/v1/messages' && r.status === undefined,
    );
    controller.abort();
    await expect(pending).rejects.toThrow();
    const gone = await emulator.current.waitForDisconnect(record.id);
    expect(gone.status).toBeUndefined();
  });

  it('a stall with ms resumes and completes the stream', async () => {
    const res = await postJson(url(), streamed('short'), step({ type: 'stall', afterEvents: 1, ms: 30 }));
    const frames = parseSse(await res.text());
    expect(frames.at(-1)?.event).toBe('message_stop');
  });

  it('slow spaces events out by tokenIntervalMs', async () => {
    const started = performance.now();
    const res = await postJson(url(), streamed('one two three'), step({ type: 'slow', tokenIntervalMs: 25 }));
    const reader = res.body!.getReader();
    let reads = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      reads += 1;
      text += new TextDecoder().decode(value);
    }
    const frames = parseSse(text);
    expect(frames.at(-1)?.event).toBe('message_stop');
    expect(reads).toBeGreaterThan(frames.length / 4);
    expect(performance.now() - started).toBeGreaterThanOrEqual((frames.length - 1) * 25 - 10);
  });

  it('latency options delay the first byte and space events (and still complete)', async () => {
    const slow = await import('../create-emulator.ts').then((m) =>
      m.createEmulator({ latency: { firstTokenMs: 40, tokenIntervalMs: 5 } }),
    );
    try {
      const started = performance.now();
      const res = await postJson(`${slow.url}/v1/messages`, streamed('hi'));
      expect(performance.now() - started).toBeGreaterThanOrEqual(35);
      expect(parseSse(await res.text()).at(-1)?.event).toBe('message_stop');
    } finally {
      await slow.close();
    }
  });

  it('crlf uses CRLF line endings throughout the stream', async () => {
    const res = await postJson(url(), streamed('hi'), step({ type: 'crlf' }));
    const text = await res.text();
    expect(text).toContain('event: message_start\r\ndata: ');
    expect(text.replace(/\r\n/gu, '')).not.toContain('\n');
    expect(parseSse(text).at(-1)?.event).toBe('message_stop');
  });

  it('html_redirect answers a 302 with HTML and a Location', async () => {
    const res = await postJson(url(), messagesBody('Hi'), step({ type: 'html_redirect' }), {
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
    expect(await res.text()).toContain('<html');
  });
});

describe('stream faults, resayil profile', () => {
  const emulator = withEmulator({ profile: 'resayil' });

  it('error_event is a data-only error frame, and no [DONE] follows', async () => {
    const res = await postJson(
      `${emulator.current.url}/v1/messages`,
      streamed(),
      step({ type: 'error_event', afterEvents: 2 }),
    );
    const frames = parseSse(await res.text());
    expect(frames).toHaveLength(3);
    expect(frames[2]?.event).toBeUndefined();
    expect((JSON.parse(frames[2]?.data ?? '') as AnyJson).type).toBe('error');
    expect(frames.some((f) => f.data === '[DONE]')).toBe(false);
  });

  it('afterEvents beyond the stream still cuts before the end', async () => {
    const res = await postJson(
      `${emulator.current.url}/v1/chat/completions`,
      chatBody('Hi', { stream: true }),
      step({ type: 'cut', afterEvents: 10_000 }),
    );
    await expect(res.text()).rejects.toThrow();
  });
});
