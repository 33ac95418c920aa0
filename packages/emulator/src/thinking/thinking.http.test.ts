import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../../test/support/any-json.ts';
import { chatBody, messagesBody, postForJson, postJson } from '../../test/support/http-client.ts';
import { sseJson } from '../../test/support/parse-sse.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';
import { REDACTED_THINKING_TRIGGER } from './thinking-seals.ts';

const THINK = { type: 'enabled', budget_tokens: 1024 };
const WEATHER_TOOL = {
  name: 'get_weather',
  description: 'Current weather for a city',
  input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

describe.each([
  ['anthropic', 'reasoning_content'],
  ['resayil', 'reasoning'],
] as const)('thinking, %s profile', (profile, reasoningField) => {
  const emulator = withEmulator({ profile });
  const url = (path: string) => `${emulator.current.url}${path}`;

  it('a thinking model thinks on /v1/messages when asked, with a signature, before the answer', async () => {
    const { status, json } = await postForJson(
      url('/v1/messages'),
      messagesBody('Why is the sea salty?', { max_tokens: 2048, thinking: THINK }),
    );
    expect(status).toBe(200);
    const content = (json as AnyJson).content as AnyJson[];
    expect(content.map((block) => block.type)).toEqual(['thinking', 'text']);
    expect(content[0].thinking).toContain('Why is the sea salty?');
    expect(content[0].signature).toMatch(/^sig_/u);
  });

  it('streams thinking_delta and signature_delta on /v1/messages', async () => {
    const body = messagesBody('Why?', { max_tokens: 2048, thinking: THINK, stream: true });
    const events = sseJson(await (await postJson(url('/v1/messages'), body)).text()) as AnyJson[];
    const deltas = events.filter((e) => e.type === 'content_block_delta').map((e) => e.delta.type);
    expect(deltas).toContain('thinking_delta');
    expect(deltas).toContain('signature_delta');
    expect(deltas.indexOf('thinking_delta')).toBeLessThan(deltas.indexOf('text_delta'));
  });

  it('a model outside the thinking category answers without thinking, and nobody thinks unasked', async () => {
    const chatModel = await postForJson(
      url('/v1/messages'),
      messagesBody('Why?', { model: 'mistral', max_tokens: 2048, thinking: THINK }),
    );
    expect(((chatModel.json as AnyJson).content as AnyJson[]).map((b) => b.type)).toEqual(['text']);
    const unasked = await postForJson(url('/v1/messages'), messagesBody('Why?'));
    expect(((unasked.json as AnyJson).content as AnyJson[]).map((b) => b.type)).toEqual(['text']);
  });

  it(`puts reasoning in "${reasoningField}" on /v1/chat/completions, streamed and not`, async () => {
    const whole = await postForJson(
      url('/v1/chat/completions'),
      chatBody('Why is the sky blue?', { reasoning_effort: 'low' }),
    );
    const message = (whole.json as AnyJson).choices[0].message;
    expect(message[reasoningField]).toContain('Why is the sky blue?');
    expect(message.content).toContain('Why is the sky blue?');

    const text = await (
      await postJson(url('/v1/chat/completions'), chatBody('Why?', { stream: true, think: true }))
    ).text();
    const deltas = sseJson(text).map((chunk) => (chunk as AnyJson).choices[0]?.delta ?? {});
    const reasoning = deltas.map((d) => (Array.isArray(d) ? '' : (d[reasoningField] ?? ''))).join('');
    expect(reasoning).toContain('Why?');
    const other = reasoningField === 'reasoning' ? 'reasoning_content' : 'reasoning';
    expect(deltas.some((d) => !Array.isArray(d) && d[other] !== undefined)).toBe(false);
  });

  it('rejects a budget under 1024 or not below max_tokens, as the Messages API does', async () => {
    const small = await postJson(
      url('/v1/messages'),
      messagesBody('Why?', { max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 512 } }),
    );
    expect(small.status).toBeGreaterThanOrEqual(400);
    expect(await small.text()).toContain('thinking.budget_tokens');
    const over = await postJson(
      url('/v1/messages'),
      messagesBody('Why?', { max_tokens: 1024, thinking: THINK }),
    );
    expect(over.status).toBeGreaterThanOrEqual(400);
    expect(await over.text()).toContain('max_tokens');
  });

  it('redacts the thinking of a prompt with the test string, in whole and streamed replies', async () => {
    const prompt = `${REDACTED_THINKING_TRIGGER} Why is the sea salty?`;
    const whole = await postForJson(
      url('/v1/messages'),
      messagesBody(prompt, { max_tokens: 2048, thinking: THINK }),
    );
    const content = (whole.json as AnyJson).content as AnyJson[];
    expect(content.map((block) => block.type)).toEqual(['redacted_thinking', 'text']);
    expect(Object.keys(content[0])).toEqual(['type', 'data']);
    expect(content[0].data).not.toContain('salty');

    const body = messagesBody(prompt, { max_tokens: 2048, thinking: THINK, stream: true });
    const events = sseJson(await (await postJson(url('/v1/messages'), body)).text()) as AnyJson[];
    const start = events.find((e) => e.type === 'content_block_start' && e.index === 0);
    expect(start.content_block).toEqual({ type: 'redacted_thinking', data: content[0].data });
    expect(events.filter((e) => e.type === 'content_block_delta' && e.index === 0)).toEqual([]);
    expect(events.some((e) => e.type === 'content_block_stop' && e.index === 0)).toBe(true);
  });

  it('takes thinking back unchanged through a tool loop, and refuses it missing or altered with a 400', async () => {
    const ask = (prompt: string) => ({ role: 'user', content: prompt });
    const extra = { max_tokens: 2048, thinking: THINK, tools: [WEATHER_TOOL] };
    for (const prompt of [
      'What is the weather in Kuwait? Use get_weather.',
      `${REDACTED_THINKING_TRIGGER} Use get_weather for Kuwait.`,
    ]) {
      const first = await postForJson(url('/v1/messages'), { ...messagesBody(prompt), ...extra });
      const turn = (first.json as AnyJson).content as AnyJson[];
      expect(turn.map((b) => b.type)).toEqual([turn[0].type, 'tool_use']);
      const call = turn[1];
      const loop = (assistant: AnyJson[]) => ({
        ...messagesBody(prompt),
        ...extra,
        messages: [
          ask(prompt),
          { role: 'assistant', content: assistant },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: '31°C' }] },
        ],
      });
      const back = await postForJson(url('/v1/messages'), loop(turn));
      expect(back.status).toBe(200);
      expect(JSON.stringify((back.json as AnyJson).content)).toContain('31°C');

      const missing = await postJson(url('/v1/messages'), loop([call]));
      expect(missing.status).toBe(400);
      expect(await missing.text()).toContain(
        'messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`',
      );

      const altered =
        turn[0].type === 'thinking'
          ? { ...turn[0], thinking: `${turn[0].thinking} ` }
          : { ...turn[0], data: `x${turn[0].data}` };
      const changed = await postJson(url('/v1/messages'), loop([altered, call]));
      expect(changed.status).toBe(400);
      expect(await changed.text()).toContain(
        turn[0].type === 'thinking'
          ? 'Invalid `signature` in `thinking` block'
          : 'Invalid `data` in `redacted_thinking` block',
      );
      // Without thinking, the API asks nothing of the turn.
      const off = await postForJson(url('/v1/messages'), { ...loop([call]), thinking: undefined });
      expect(off.status).toBe(200);
    }
  });

  it('accepts back the thinking of a scripted reply, redacted or with the signature the script chose', async () => {
    emulator.current.enqueue({
      reply: {
        content: [
          { type: 'redacted_thinking', data: 'opaque-data' },
          { type: 'thinking', thinking: 'Hmm', signature: 'sig_x' },
          { type: 'tool_use', id: 'toolu_s', name: 'get_weather', input: { city: 'Kuwait' } },
        ],
      },
    });
    const extra = { max_tokens: 2048, thinking: THINK, tools: [WEATHER_TOOL] };
    const first = await postForJson(url('/v1/messages'), { ...messagesBody('Weather?'), ...extra });
    const turn = (first.json as AnyJson).content as AnyJson[];
    expect(turn.slice(0, 2)).toEqual([
      { type: 'redacted_thinking', data: 'opaque-data' },
      { type: 'thinking', thinking: 'Hmm', signature: 'sig_x' },
    ]);
    const next = await postForJson(url('/v1/messages'), {
      ...messagesBody('Weather?'),
      ...extra,
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: turn },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_s', content: '31°C' }] },
      ],
    });
    expect(next.status).toBe(200);
  });
});
