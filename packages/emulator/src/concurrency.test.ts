import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../test/support/any-json.ts';
import { chatBody, messagesBody, postJson } from '../test/support/http-client.ts';
import { parseSse } from '../test/support/parse-sse.ts';
import { withEmulator } from '../test/support/with-emulator.ts';

describe('concurrency', () => {
  const emulator = withEmulator({ profile: 'resayil' });

  it('completes 200 concurrent streams correctly', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const chat = i % 2 === 1;
        const url = `${emulator.current.url}/v1/${chat ? 'chat/completions' : 'messages'}`;
        const prompt = `Request number ${i}`;
        const res = await postJson(
          url,
          chat ? chatBody(prompt, { stream: true }) : messagesBody(prompt, { stream: true }),
        );
        const frames = parseSse(await res.text());
        const events = frames.filter((f) => f.data !== '[DONE]').map((f) => JSON.parse(f.data) as AnyJson);
        const text = chat
          ? events
              .map((e) => (Array.isArray(e.choices[0].delta) ? '' : (e.choices[0].delta.content ?? '')))
              .join('')
          : events
              .filter((e) => e.type === 'content_block_delta')
              .map((e) => e.delta.text)
              .join('');
        return { status: res.status, last: frames.at(-1)?.data, text, i };
      }),
    );
    for (const { status, last, text, i } of results) {
      expect(status).toBe(200);
      expect(last).toBe('[DONE]');
      expect(text).toContain(`Request number ${i}"`);
    }
    expect(emulator.current.requests).toHaveLength(200);
    for (const { id } of emulator.current.requests) {
      await emulator.current.waitForRequest(
        (r) => r.id === id && r.completedAt !== undefined && !r.clientDisconnected,
      );
    }
  });

  it('keeps many slow streams open at once without a listener-leak warning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const slow = JSON.stringify({ fault: { type: 'slow', tokenIntervalMs: 10 } });
      const statuses = await Promise.all(
        Array.from({ length: 30 }, async (_, i) => {
          const res = await postJson(
            `${emulator.current.url}/v1/messages`,
            messagesBody(`Slow request ${i}`, { stream: true }),
            { 'x-resayil-emulator': slow },
          );
          await res.text();
          return res.status;
        }),
      );
      expect(statuses.every((status) => status === 200)).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});
