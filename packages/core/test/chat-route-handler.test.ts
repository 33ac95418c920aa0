import { describe, expect, it, vi } from 'vitest';
import {
  ChatStreamError,
  Resayil,
  createChatRouteHandler,
  readChatStream,
  type ChatStreamEvent,
  type ToolDefinition,
} from '../src/index.ts';
import { TEST_KEY, latestDisconnect } from '@resayil-internal/test-support/emulator';
import { useGateway } from './support/use-gateway.ts';

const post = (body: unknown, init: RequestInit = {}) =>
  new Request('http://localhost/api/chat', { method: 'POST', body: JSON.stringify(body), ...init });

describe('createChatRouteHandler', () => {
  const env = useGateway({ profile: 'resayil' });

  it('streams SSE with no-buffering headers and ends with finish', async () => {
    const handler = createChatRouteHandler({ client: env.client, model: 'qwen3.5:397b' });
    const response = await handler(post({ messages: [{ role: 'user', content: 'Hello there' }] }));
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('cache-control')).toContain('no-cache');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    const events: ChatStreamEvent[] = [];
    for await (const event of readChatStream(response)) events.push(event);
    expect(events[0]?.type).toBe('start');
    expect(events.filter((event) => event.type === 'text').length).toBeGreaterThan(1);
    expect(events.at(-1)).toMatchObject({ type: 'finish', stopReason: 'end_turn' });
  });

  it('never sends the key to the browser', async () => {
    const handler = createChatRouteHandler({
      client: { apiKey: TEST_KEY, baseURL: env.emulator.url, maxRetries: 0 },
      model: 'qwen3.5:397b',
    });
    const ok = await (await handler(post({ messages: [{ role: 'user', content: 'Hi' }] }))).text();
    const wrongKeyHandler = createChatRouteHandler({
      client: { apiKey: 'sk-secret-wrong-key-1234567890', baseURL: env.emulator.url, maxRetries: 0 },
      model: 'qwen3.5:397b',
    });
    const failed = await (
      await wrongKeyHandler(post({ messages: [{ role: 'user', content: 'Hi' }] }))
    ).text();
    expect(ok).not.toContain(TEST_KEY);
    expect(failed).toContain('AuthenticationError');
    expect(failed).not.toContain('sk-secret-wrong-key-1234567890');
  });

  it('accepts a client from another copy of the module (no instanceof)', async () => {
    const foreign = { messages: env.client.messages } as unknown as Resayil;
    expect(foreign instanceof Resayil).toBe(false);
    const handler = createChatRouteHandler({ client: foreign, model: 'qwen3.5:397b' });
    const events: ChatStreamEvent[] = [];
    for await (const event of readChatStream(
      await handler(post({ messages: [{ role: 'user', content: 'Hi' }] })),
    )) {
      events.push(event);
    }
    expect(events.at(-1)?.type).toBe('finish');
  });

  it('a missing key arrives as a MissingApiKeyError event, not a broken response', async () => {
    vi.stubEnv('RESAYIL_API_KEY', '');
    try {
      const handler = createChatRouteHandler({
        client: { baseURL: env.emulator.url },
        model: 'qwen3.5:397b',
      });
      const response = await handler(post({ messages: [{ role: 'user', content: 'Hi' }] }));
      expect(response.status).toBe(200);
      const error = await (async () => {
        for await (const _event of readChatStream(response)) {
          // until the error
        }
      })().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ChatStreamError);
      expect((error as ChatStreamError).info.name).toBe('MissingApiKeyError');
      expect((error as ChatStreamError).message).toContain('RESAYIL_API_KEY');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('rejects a malformed body with 400 and a clear message', async () => {
    const handler = createChatRouteHandler({ client: env.client, model: 'qwen3.5:397b' });
    const response = await handler(post({ messages: [] }));
    expect(response.status).toBe(400);
    const error = await (async () => {
      for await (const _event of readChatStream(response)) {
        // nothing arrives
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChatStreamError);
    expect((error as ChatStreamError).message).toContain('messages');
  });

  it('reports gateway errors as a final error event with hints', async () => {
    const handler = createChatRouteHandler({ client: env.client, model: 'qwen3.5:397b' });
    env.emulator.enqueue({ fault: { type: 'status', status: 402 } });
    const error = await (async () => {
      for await (const _event of readChatStream(
        await handler(post({ messages: [{ role: 'user', content: 'Hi' }] })),
      )) {
        // until the error
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChatStreamError);
    expect((error as ChatStreamError).info).toMatchObject({ name: 'InsufficientCreditsError', status: 402 });
    expect((error as ChatStreamError).info.topUpUrl).toMatch(/^https:\/\//);
  });

  it('passes the request signal upstream: Stop ends the gateway request', async () => {
    const handler = createChatRouteHandler({ client: env.client, model: 'qwen3.5:397b' });
    const stop = new AbortController();
    env.emulator.enqueue({ fault: { type: 'slow', tokenIntervalMs: 50 } });
    const response = await handler(
      post({ messages: [{ role: 'user', content: 'Write a long story' }] }, { signal: stop.signal }),
    );
    const reader = readChatStream(response);
    for await (const event of reader) {
      if (event.type === 'text') {
        stop.abort();
        break;
      }
    }
    const request = await latestDisconnect(env.emulator);
    expect(request.clientDisconnected).toBe(true);
  });

  it('a browser that cancels the response ends the gateway request', async () => {
    const handler = createChatRouteHandler({ client: env.client, model: 'qwen3.5:397b' });
    env.emulator.enqueue({ fault: { type: 'slow', tokenIntervalMs: 50 } });
    const response = await handler(post({ messages: [{ role: 'user', content: 'Write a long story' }] }));
    for await (const event of readChatStream(response)) if (event.type === 'text') break;
    expect((await latestDisconnect(env.emulator)).clientDisconnected).toBe(true);
  });

  it('without server tools, a reply that calls tools ends with its tool_call events and finish', async () => {
    env.emulator.enqueue({
      fault: {
        type: 'status',
        status: 200,
        body: {
          id: 'msg_calls',
          model: 'qwen3.5:397b',
          content: [{ type: 'tool_use', name: 'lookup', input: { q: 'Doha' } }],
          stop_reason: 'tool_use',
        },
      },
    });
    const handler = createChatRouteHandler({ client: env.client, model: 'qwen3.5:397b' });
    const events: ChatStreamEvent[] = [];
    for await (const event of readChatStream(
      await handler(post({ messages: [{ role: 'user', content: 'Hi' }] })),
    ))
      events.push(event);
    expect(events.slice(1)).toEqual([
      { type: 'tool_call', id: 'toolu_msg_calls_0', name: 'lookup', input: { q: 'Doha' } },
      { type: 'finish', stopReason: 'tool_use', usage: {} },
    ]);
  });

  it('runs server-side tools and streams their calls and results', async () => {
    const tool: ToolDefinition = {
      name: 'get_time',
      description: 'The local time in a city',
      inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      run: ({ city }: { city: string }) => `15:30 in ${city}`,
    };
    const handler = createChatRouteHandler({ client: env.client, model: 'qwen3.5:397b', tools: [tool] });
    const events: ChatStreamEvent[] = [];
    const response = await handler(post({ messages: [{ role: 'user', content: 'Use get_time for Cairo' }] }));
    for await (const event of readChatStream(response)) events.push(event);
    expect(events.find((event) => event.type === 'tool_call')).toMatchObject({ name: 'get_time' });
    expect(events.find((event) => event.type === 'tool_result')).toMatchObject({
      name: 'get_time',
      isError: false,
    });
    expect(events.filter((event) => event.type === 'finish')).toHaveLength(1);
  });
});
