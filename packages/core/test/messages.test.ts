import { describe, expect, it } from 'vitest';
import { Resayil, ResayilError, UserAbortError, type StreamEvent } from '../src/index.ts';
import { TEST_KEY, latestDisconnect } from '@resayil-internal/test-support/emulator';
import { ask, useGateway } from './support/use-gateway.ts';

describe.each(['anthropic', 'resayil'] as const)('messages against the %s profile', (profile) => {
  const env = useGateway({ profile });

  const params = {
    model: 'qwen3.5:397b',
    max_tokens: 256,
    messages: ask('Explain entanglement in two sentences.'),
  };

  it('streams the same message that create returns', async () => {
    const created = await env.client.messages.create(params);
    const stream = env.client.messages.stream(params);
    const texts: string[] = [];
    for await (const text of stream.textStream()) texts.push(text);
    const final = await stream.finalMessage();
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('')).toBe(
      created.content.map((block) => (block.type === 'text' ? block.text : '')).join(''),
    );
    expect(final.content).toEqual(created.content);
    expect(final.stop_reason).toBe('end_turn');
    expect(final.role).toBe('assistant');
  });

  it('yields normalized events in order, ending with message_end', async () => {
    const events: StreamEvent[] = [];
    for await (const event of env.client.messages.stream(params)) events.push(event);
    expect(events[0]?.type).toBe('message_begin');
    expect(events.at(-1)?.type).toBe('message_end');
    expect(events.filter((event) => event.type === 'stop_reason_update')).toHaveLength(1);
    expect(events.some((event) => event.type === 'block_end')).toBe(true);
  });

  it('hands every server-sent event to onRawEvent before normalizing it, on both routes', async () => {
    const raw: Array<{ event: string | undefined; data: string }> = [];
    const events: StreamEvent[] = [];
    const stream = env.client.messages.stream(params, { onRawEvent: (message) => raw.push(message) });
    for await (const event of stream) events.push(event);
    const types = raw
      .filter((message) => message.data !== '[DONE]')
      .map((message) => (JSON.parse(message.data) as { type: string }).type);
    expect(types[0]).toBe('message_start');
    expect(types.at(-1)).toBe('message_stop');
    expect(types.filter((type) => type === 'content_block_delta').length).toBe(
      events.filter((event) => event.type === 'text_delta').length,
    );

    const chunks: string[] = [];
    const chat = env.client.chat.completions.stream(
      { model: params.model, messages: params.messages },
      { onRawEvent: (message) => chunks.push(message.data) },
    );
    await chat.finalMessage();
    expect(chunks.at(-1)).toBe('[DONE]');
    expect(chunks.length).toBeGreaterThan(2);
  });

  it('answers an Arabic prompt in Arabic', async () => {
    const text = await env.client.messages
      .stream({ ...params, messages: ask('اشرح التشابك الكمي بجملتين.') })
      .finalText();
    expect(text).toMatch(/[\u0600-\u06FF]/);
  });

  it('sends both auth headers, the anthropic-version and JSON accept headers', async () => {
    await env.client.messages.create(params);
    const request = env.emulator.requests.at(-1);
    expect(request?.headers['x-api-key']).toBeDefined();
    expect(request?.headers['authorization']).toBeDefined();
    expect(JSON.stringify(request?.headers)).not.toContain(TEST_KEY);
    expect(request?.headers['anthropic-version']).toBe('2023-06-01');
    expect(String(request?.headers['accept'])).toContain('application/json');
  });

  it('finalMessage() consumes a stream nobody iterates', async () => {
    const message = await env.client.messages.stream(params).finalMessage();
    expect(message.content[0]?.type).toBe('text');
  });

  it('refuses a second iteration', async () => {
    const stream = env.client.messages.stream(params);
    await stream.finalMessage();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(ResayilError);
  });

  it('a consumer that breaks early aborts the request on the server', async () => {
    env.emulator.enqueue({ fault: { type: 'slow', tokenIntervalMs: 30 } });
    const stream = env.client.messages.stream(params, {});
    for await (const event of stream) if (event.type === 'text_delta') break;
    const disconnected = await latestDisconnect(env.emulator);
    expect(disconnected.clientDisconnected).toBe(true);
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(UserAbortError);
  });

  /** Iterates text, calling abort() on the first piece; returns what was seen and the error thrown. */
  async function abortOnFirstText(slow: boolean) {
    if (slow) env.emulator.enqueue({ fault: { type: 'slow', tokenIntervalMs: 30 } });
    const stream = env.client.messages.stream(params);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const text of stream.textStream()) {
        seen.push(text);
        stream.abort();
      }
    })().catch((caught: unknown) => caught);
    return { seen, error };
  }

  it('abort() mid-stream rejects with UserAbortError and the server sees the disconnect', async () => {
    const { seen, error } = await abortOnFirstText(true);
    expect(error).toBeInstanceOf(UserAbortError);
    expect(seen).toHaveLength(1);
    expect((await latestDisconnect(env.emulator)).clientDisconnected).toBe(true);
  });

  it('abort() stops between events that arrived in the same chunk', async () => {
    const { seen, error } = await abortOnFirstText(false);
    expect(error).toBeInstanceOf(UserAbortError);
    expect(seen).toHaveLength(1);
  });

  it('an aborted signal stops the request before it is sent', async () => {
    const before = env.emulator.requests.length;
    const stream = env.client.messages.stream(params, { signal: AbortSignal.abort() });
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(UserAbortError);
    await expect(env.client.messages.create(params, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      UserAbortError,
    );
    expect(env.emulator.requests.length).toBe(before);
  });

  it('the idle timeout measures silence, not the length of the stream', async () => {
    const client = new Resayil({
      apiKey: TEST_KEY,
      baseURL: env.emulator.url,
      maxRetries: 0,
      idleTimeout: 400,
    });
    env.emulator.enqueue({ fault: { type: 'slow', tokenIntervalMs: 100 } });
    const started = performance.now();
    const message = await client.messages.stream({ ...params, max_tokens: 12 }).finalMessage();
    expect(performance.now() - started).toBeGreaterThan(800);
    expect(message.stop_reason).toBe('max_tokens');
    env.emulator.enqueue({ fault: { type: 'stall', afterEvents: 2 } });
    await expect(client.messages.stream(params).finalMessage()).rejects.toMatchObject({ kind: 'idle' });
  });

  it('toReadableStream() gives NDJSON events', async () => {
    const body = env.client.messages.stream(params).toReadableStream();
    const lines = (await new Response(body).text()).trim().split('\n');
    const events = lines.map((line) => JSON.parse(line) as StreamEvent);
    expect(events[0]?.type).toBe('message_begin');
    expect(events.at(-1)?.type).toBe('message_end');
  });

  it('honours max_tokens and stop sequences', async () => {
    const short = await env.client.messages.create({ ...params, max_tokens: 3 });
    expect(short.stop_reason).toBe('max_tokens');
  });
});
