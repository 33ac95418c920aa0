import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../../test/support/any-json.ts';
import { messagesBody, postForJson, postJson } from '../../test/support/http-client.ts';
import { parseSse, sseJson } from '../../test/support/parse-sse.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

const weatherTool = {
  name: 'get_weather',
  description: 'Get the current weather for a city',
  input_schema: {
    type: 'object',
    properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
    required: ['city', 'unit'],
  },
};
const weatherRequest = (stream: boolean) =>
  messagesBody('Use the get_weather tool for Kuwait City, in fahrenheit', { stream, tools: [weatherTool] });

describe('POST /v1/messages, anthropic profile', () => {
  const emulator = withEmulator({ profile: 'anthropic' });

  it('answers a non-streamed request with an official Message', async () => {
    const { status, headers, json } = await postForJson(
      `${emulator.current.url}/v1/messages`,
      messagesBody('Say hello'),
    );
    expect(status).toBe(200);
    expect(headers.get('request-id')).toMatch(/^req_/u);
    expect(json).toMatchObject({
      id: expect.stringMatching(/^msg_/u),
      type: 'message',
      role: 'assistant',
      model: 'qwen3.5:397b',
      stop_reason: 'end_turn',
      stop_sequence: null,
      content: [{ type: 'text', text: expect.stringContaining('Say hello') }],
      usage: {
        input_tokens: expect.any(Number),
        output_tokens: expect.any(Number),
        cache_read_input_tokens: 0,
      },
    });
  });

  it('streams the official event sequence with event lines and a ping', async () => {
    const res = await postJson(
      `${emulator.current.url}/v1/messages`,
      messagesBody('Tell me something', { stream: true }),
    );
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const frames = parseSse(await res.text());
    const types = frames.map((f) => f.event);
    expect(types[0]).toBe('message_start');
    expect(types[1]).toBe('content_block_start');
    expect(types[2]).toBe('ping');
    expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    expect(types.filter((t) => t === 'content_block_delta').length).toBeGreaterThan(3);
    for (const frame of frames) expect(frame.event).toBe((JSON.parse(frame.data) as { type: string }).type);
    expect(frames.some((f) => f.data === '[DONE]')).toBe(false);

    const events = frames.map((f) => JSON.parse(f.data) as AnyJson);
    expect(events[0]?.message.usage.input_tokens).toBeGreaterThan(0);
    const text = events
      .filter((e) => e.type === 'content_block_delta')
      .map((e) => e.delta.text as string)
      .join('');
    expect(text).toContain('Tell me something');
    const delta = events.find((e) => e.type === 'message_delta');
    expect(delta?.delta).toEqual({ stop_reason: 'end_turn', stop_sequence: null });
    expect(delta?.usage.output_tokens).toBe(events.filter((e) => e.type === 'content_block_delta').length);
  });

  it('streams tool input over several input_json_delta fragments, the first one empty', async () => {
    const res = await postJson(`${emulator.current.url}/v1/messages`, weatherRequest(true));
    const events = sseJson(await res.text()) as Array<AnyJson>;
    const start = events.find((e) => e.type === 'content_block_start');
    expect(start?.content_block).toMatchObject({ type: 'tool_use', name: 'get_weather', input: {} });
    const fragments = events
      .filter((e) => e.delta?.type === 'input_json_delta')
      .map((e) => e.delta.partial_json as string);
    expect(fragments.length).toBeGreaterThan(2);
    expect(fragments[0]).toBe('');
    expect(JSON.parse(fragments.join(''))).toEqual({ city: 'Kuwait City', unit: 'fahrenheit' });
    expect(events.find((e) => e.type === 'message_delta')?.delta.stop_reason).toBe('tool_use');
  });

  it('serves the same under /api/v1', async () => {
    const { status, json } = await postForJson(`${emulator.current.url}/api/v1/messages`, messagesBody('Hi'));
    expect(status).toBe(200);
    expect(json).toMatchObject({ type: 'message' });
  });

  it('accepts any anthropic-version', async () => {
    for (const version of ['2023-06-01', '2026-10-21', 'whatever']) {
      const { status } = await postForJson(`${emulator.current.url}/v1/messages`, messagesBody('Hi'), {
        'anthropic-version': version,
      });
      expect(status).toBe(200);
    }
  });

  it('answers a thinking request with a thinking block and a signature', async () => {
    const body = messagesBody('Think first', {
      stream: true,
      max_tokens: 2048,
      thinking: { type: 'enabled', budget_tokens: 1024 },
    });
    const events = sseJson(
      await (await postJson(`${emulator.current.url}/v1/messages`, body)).text(),
    ) as Array<AnyJson>;
    expect(events.find((e) => e.type === 'content_block_start')?.content_block).toEqual({
      type: 'thinking',
      thinking: '',
      signature: '',
    });
    expect(events.some((e) => e.delta?.type === 'thinking_delta')).toBe(true);
    expect(events.some((e) => e.delta?.type === 'signature_delta')).toBe(true);
  });
});

describe('POST /v1/messages, resayil profile', () => {
  const emulator = withEmulator({ profile: 'resayil' });

  it('answers non-streamed with the backend model name and plain usage', async () => {
    const { status, json } = await postForJson(
      `${emulator.current.url}/v1/messages`,
      messagesBody('Say hello'),
    );
    expect(status).toBe(200);
    expect(json).toMatchObject({ type: 'message', model: 'qwen3.5:397b-cloud' });
    expect((json as { usage: object }).usage).toEqual({
      input_tokens: expect.any(Number),
      output_tokens: expect.any(Number),
    });
  });

  it('streams data-only events, no ping, no usage in message_start, and ends with [DONE]', async () => {
    const res = await postJson(
      `${emulator.current.url}/v1/messages`,
      messagesBody('Tell me something', { stream: true }),
    );
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const frames = parseSse(await res.text());
    expect(frames.every((f) => f.event === undefined)).toBe(true);
    expect(frames.at(-1)?.data).toBe('[DONE]');
    const events = frames.slice(0, -1).map((f) => JSON.parse(f.data) as AnyJson);
    expect(events.some((e) => e.type === 'ping')).toBe(false);
    expect(events[0]?.type).toBe('message_start');
    expect(events[0]?.message.usage).toBeUndefined();
    expect(events[0]?.message.model).toBe('qwen3.5:397b-cloud');
    expect(events.at(-1)?.type).toBe('message_stop');
    expect(events.find((e) => e.type === 'message_delta')?.usage.output_tokens).toBeGreaterThan(0);
  });

  it('sends the whole tool input in one input_json_delta', async () => {
    const res = await postJson(`${emulator.current.url}/v1/messages`, weatherRequest(true));
    const events = sseJson(await res.text()) as Array<AnyJson>;
    const fragments = events
      .filter((e) => e.delta?.type === 'input_json_delta')
      .map((e) => e.delta.partial_json as string);
    expect(fragments).toHaveLength(1);
    expect(JSON.parse(fragments[0] ?? '')).toEqual({ city: 'Kuwait City', unit: 'fahrenheit' });
  });
});
