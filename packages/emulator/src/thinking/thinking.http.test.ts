import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../../test/support/any-json.ts';
import { chatBody, messagesBody, postForJson, postJson } from '../../test/support/http-client.ts';
import { sseJson } from '../../test/support/parse-sse.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

const THINK = { type: 'enabled', budget_tokens: 1024 };

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
});
