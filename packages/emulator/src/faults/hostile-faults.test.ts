import { describe, expect, it } from 'vitest';
import { chatBody, messagesBody, postJson } from '../../test/support/http-client.ts';
import { parseSse } from '../../test/support/parse-sse.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

const KEY = 'sk-hostile-0123456789abcdef0123456789';
const step = (fault: unknown) => ({ 'x-resayil-emulator': JSON.stringify({ fault }), 'x-api-key': KEY });
const streamed = () => messagesBody('Tell me a story about the sea', { stream: true });

describe('faults that echo the presented key', () => {
  const emulator = withEmulator({ profile: 'anthropic' });
  const url = () => `${emulator.current.url}/v1/messages`;

  it.each([
    ['whole', KEY],
    ['prefix', `${KEY.slice(0, 24)}...`],
    ['base64', Buffer.from(KEY).toString('base64')],
  ])('a status fault echoes the key %s in its message', async (echoKey, shown) => {
    const res = await postJson(url(), messagesBody('Hi'), step({ type: 'status', status: 401, echoKey }));
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toBe(`Invalid API key: ${shown}`);
  });

  it('an error event echoes the key in its message; not streamed, the status body does', async () => {
    const res = await postJson(
      url(),
      streamed(),
      step({ type: 'error_event', afterEvents: 2, echoKey: 'whole' }),
    );
    const frames = parseSse(await res.text());
    expect(JSON.parse(frames.at(-1)?.data ?? '')).toMatchObject({
      type: 'error',
      error: { message: `Overloaded (key ${KEY})` },
    });
    const plain = await postJson(url(), messagesBody('Hi'), step({ type: 'error_event', echoKey: 'prefix' }));
    expect(await plain.text()).toContain(`(key ${KEY.slice(0, 24)}...)`);
  });

  it('a redirect carries the key in its Location, as ?token=', async () => {
    const res = await postJson(
      url(),
      messagesBody('Hi'),
      step({ type: 'html_redirect', location: 'https://login.example/back', echoKey: 'whole' }),
      { redirect: 'manual' },
    );
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`https://login.example/back?token=${encodeURIComponent(KEY)}`);
  });

  it('an HTML 200 page shows the key where JSON or SSE was expected', async () => {
    const res = await postJson(
      `${emulator.current.url}/v1/chat/completions`,
      chatBody('Hi'),
      step({ type: 'html', echoKey: 'whole' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain(`Signed in with key ${KEY}`);
  });
});

describe('faults that never end', () => {
  const emulator = withEmulator({ profile: 'anthropic' });
  const url = () => `${emulator.current.url}/v1/messages`;

  /** Reads until `enough` holds of what arrived, then leaves; resolves with what arrived. */
  async function readUntil(res: Response, controller: AbortController, enough: (text: string) => boolean) {
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!enough(text)) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`the body ended: ${text}`);
      text += decoder.decode(value, { stream: true });
    }
    controller.abort();
    return text;
  }

  it.each([
    ['an error status whose body stalls', { type: 'status', status: 500, stallBody: true }, 500],
    ['an HTML 200 that stalls', { type: 'html', stall: true }, 200],
  ])('%s: headers, then nothing until the client leaves', async (_, fault, status) => {
    const controller = new AbortController();
    const res = await postJson(url(), messagesBody('Hi'), step(fault), { signal: controller.signal });
    expect(res.status).toBe(status);
    const id = res.headers.get('x-resayil-emulator-request-id') ?? '';
    const record = emulator.current.requests.find((r) => r.id === id);
    expect(record?.completedAt).toBeUndefined();
    controller.abort();
    const gone = await emulator.current.waitForDisconnect(id, 5_000);
    expect(gone.completedAt).toBeUndefined();
  });

  it.each([
    ['ping events', {}, (text: string) => (text.match(/event: ping/g) ?? []).length >= 5],
    ['comments', { comments: true }, (text: string) => (text.match(/: keep-alive/g) ?? []).length >= 5],
  ])('keepalive sends %s for ever after the first events', async (_, extra, enough) => {
    const controller = new AbortController();
    const res = await postJson(
      url(),
      streamed(),
      step({ type: 'keepalive', afterEvents: 1, intervalMs: 5, ...extra }),
      {
        signal: controller.signal,
      },
    );
    const text = await readUntil(res, controller, enough);
    const frames = parseSse(text).filter((frame) => frame.data !== undefined && frame.data !== '');
    expect(frames[0]?.event).toBe('message_start');
    expect(frames.slice(1).every((frame) => frame.event === 'ping')).toBe(true);
    const id = res.headers.get('x-resayil-emulator-request-id') ?? '';
    expect((await emulator.current.waitForDisconnect(id, 5_000)).completedAt).toBeUndefined();
  });

  it('keepalive on a non-streamed request sends JSON whitespace for ever', async () => {
    const controller = new AbortController();
    const res = await postJson(url(), messagesBody('Hi'), step({ type: 'keepalive', intervalMs: 5 }), {
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    const text = await readUntil(res, controller, (t) => t.length >= 5);
    expect(text.trim()).toBe('');
  });

  it('rejects a malformed echoKey', async () => {
    const res = await postJson(url(), messagesBody('Hi'), step({ type: 'html', echoKey: 'all' }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('echoKey must be one of whole, prefix, base64');
  });
});
