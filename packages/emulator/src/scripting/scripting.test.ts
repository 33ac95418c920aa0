import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../../test/support/any-json.ts';
import { chatBody, messagesBody, postForJson, postJson } from '../../test/support/http-client.ts';
import { sseJson } from '../../test/support/parse-sse.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';
import { InvalidStepError } from './invalid-step-error.ts';

describe('scripting', () => {
  const emulator = withEmulator({ profile: 'anthropic' });
  const messages = () => `${emulator.current.url}/v1/messages`;
  const chat = () => `${emulator.current.url}/v1/chat/completions`;

  it('enqueue() replaces the next reply with exact content, stop reason, usage and model', async () => {
    emulator.current.enqueue({
      reply: {
        content: [
          { type: 'thinking', thinking: 'Let me think.' },
          { type: 'text', text: 'Exactly this.' },
          { type: 'tool_use', name: 'lookup', input: { q: 'x' }, id: 'toolu_fixed' },
        ],
        usage: { input_tokens: 11, output_tokens: 22 },
        model: 'scripted-model',
      },
    });
    const { json } = await postForJson(messages(), messagesBody('anything'));
    expect(json).toMatchObject({
      model: 'scripted-model',
      stop_reason: 'tool_use',
      usage: { input_tokens: 11, output_tokens: 22 },
      content: [
        { type: 'thinking', thinking: 'Let me think.', signature: expect.stringMatching(/^sig_/u) },
        { type: 'text', text: 'Exactly this.' },
        { type: 'tool_use', id: 'toolu_fixed', name: 'lookup', input: { q: 'x' } },
      ],
    });
    const next = await postForJson(messages(), messagesBody('anything'));
    expect((next.json as AnyJson).content[0].text).toContain('Resayil emulator');
  });

  it('streams a scripted reply with every block type', async () => {
    emulator.current.enqueue({
      reply: {
        content: [
          { type: 'thinking', thinking: 'Hmm', signature: 'sig_x' },
          { type: 'text', text: 'Done' },
        ],
        stopReason: 'end_turn',
      },
    });
    const events = sseJson(
      await (await postJson(messages(), messagesBody('x', { stream: true }))).text(),
    ) as AnyJson[];
    expect(events.find((e) => e.delta?.type === 'signature_delta')?.delta.signature).toBe('sig_x');
    expect(events.filter((e) => e.type === 'content_block_start').map((e) => e.content_block.type)).toEqual([
      'thinking',
      'text',
    ]);
  });

  it('applies scripted steps to the chat route too (tool_calls with string arguments)', async () => {
    emulator.current.enqueue({
      path: '/v1/chat/completions',
      reply: { content: [{ type: 'tool_use', name: 'lookup', input: { q: 1 } }] },
    });
    const { json } = await postForJson(chat(), chatBody('x'));
    const choice = (json as AnyJson).choices[0];
    expect(choice.finish_reason).toBe('tool_calls');
    expect(choice.message.tool_calls[0]).toMatchObject({
      type: 'function',
      function: { name: 'lookup', arguments: '{"q":1}' },
    });
  });

  it('a step with a path waits for a request to that path', async () => {
    emulator.current.enqueue({
      path: '/v1/chat/completions',
      reply: { content: [{ type: 'text', text: 'for chat' }] },
    });
    const viaMessages = await postForJson(messages(), messagesBody('x'));
    expect((viaMessages.json as AnyJson).content[0].text).not.toBe('for chat');
    const viaChat = await postForJson(`${emulator.current.url}/api/v1/chat/completions`, chatBody('x'));
    expect((viaChat.json as AnyJson).choices[0].message.content).toBe('for chat');
  });

  it('a step without a path is not consumed by catalog requests', async () => {
    emulator.current.enqueue({ fault: { type: 'status', status: 503 } });
    expect((await fetch(`${emulator.current.url}/v1/models`)).status).toBe(200);
    expect((await postJson(messages(), messagesBody('x'))).status).toBe(503);
    emulator.current.enqueue({ path: '/v1/models', fault: { type: 'status', status: 500 } });
    expect((await fetch(`${emulator.current.url}/v1/models`)).status).toBe(500);
  });

  it('consumes queued steps in order', async () => {
    emulator.current.enqueue([
      { reply: { content: [{ type: 'text', text: 'first' }] } },
      { reply: { content: [{ type: 'text', text: 'second' }] } },
    ]);
    const texts: string[] = [];
    for (let i = 0; i < 2; i++)
      texts.push(((await postForJson(messages(), messagesBody('x'))).json as AnyJson).content[0].text);
    expect(texts).toEqual(['first', 'second']);
  });

  it('enqueue() rejects a malformed step', () => {
    expect(() => emulator.current.enqueue({ fault: { type: 'nope' } } as never)).toThrow(InvalidStepError);
    expect(() => emulator.current.enqueue({ fault: { type: 'status', status: 101 } })).toThrow(/200 to 599/u);
    expect(() => emulator.current.enqueue({ reply: { content: [{ type: 'text' }] } } as never)).toThrow(
      /text must be a string/u,
    );
  });

  it('POST /_emulator/queue takes one step or an array, and rejects bad ones', async () => {
    const one = await postForJson(`${emulator.current.url}/_emulator/queue`, {
      reply: { content: [{ type: 'text', text: 'over http' }] },
    });
    expect(one).toMatchObject({ status: 200, json: { queued: 1 } });
    const many = await postForJson(`${emulator.current.url}/_emulator/queue`, [
      { fault: { type: 'status', status: 429 } },
      { fault: { type: 'crlf' } },
    ]);
    expect(many).toMatchObject({ status: 200, json: { queued: 2, pending: 3 } });
    expect(((await postForJson(messages(), messagesBody('x'))).json as AnyJson).content[0].text).toBe(
      'over http',
    );
    expect((await postJson(messages(), messagesBody('x'))).status).toBe(429);
    expect(await (await postJson(messages(), messagesBody('x', { stream: true }))).text()).toContain('\r\n');
    const bad = await postForJson(`${emulator.current.url}/_emulator/queue`, { fault: { type: 'status' } });
    expect(bad).toMatchObject({ status: 400, json: { error: { type: 'invalid_step' } } });
    const notJson = await postForJson(`${emulator.current.url}/_emulator/queue`, '{oops');
    expect(notJson.status).toBe(400);
  });

  it('the x-resayil-emulator header scripts one request without touching the queue', async () => {
    const header = {
      'x-resayil-emulator': JSON.stringify({ reply: { content: [{ type: 'text', text: 'from header' }] } }),
    };
    const { json } = await postForJson(messages(), messagesBody('x'), header);
    expect((json as AnyJson).content[0].text).toBe('from header');
    const bad = await postForJson(messages(), messagesBody('x'), { 'x-resayil-emulator': '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('x-resayil-emulator');
  });

  it('a scripted reply works for a model outside the catalog', async () => {
    emulator.current.enqueue({ reply: { content: [{ type: 'text', text: 'ok' }] } });
    const { status, json } = await postForJson(messages(), messagesBody('x', { model: 'test-model' }));
    expect(status).toBe(200);
    expect(json).toMatchObject({ model: 'test-model' });
  });

  it('GET /_emulator/requests returns the log and POST /_emulator/reset empties it and the queue', async () => {
    await postJson(messages(), messagesBody('logged'));
    const log = (await (await fetch(`${emulator.current.url}/_emulator/requests`)).json()) as AnyJson[];
    expect(log.at(-1)).toMatchObject({
      method: 'POST',
      path: '/v1/messages',
      body: { messages: [{ content: 'logged' }] },
      status: 200,
    });
    expect(log.some((r) => r.path.startsWith('/_emulator'))).toBe(false);
    emulator.current.enqueue({ fault: { type: 'status', status: 500 } });
    expect((await postForJson(`${emulator.current.url}/_emulator/reset`, {})).json).toEqual({ ok: true });
    expect(emulator.current.requests).toHaveLength(0);
    expect((await postJson(messages(), messagesBody('x'))).status).toBe(200);
  });
});
