import { REDACTED_THINKING_TRIGGER } from '@resayil/emulator';
import { describe, expect, it } from 'vitest';
import {
  InvalidRequestError,
  ValidationError,
  type StreamEvent,
  type Tool,
  type ToolDefinition,
} from '../src/index.ts';
import { ask, useGateway } from './support/use-gateway.ts';

const THINK = { type: 'enabled', budget_tokens: 1024 } as const;

const getTime: ToolDefinition = {
  name: 'get_time',
  description: 'The current local time in a city',
  inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  run: () => 'It is 14:05.',
};

describe.each(['anthropic', 'resayil'] as const)('thinking against the %s profile', (profile) => {
  const env = useGateway({ profile });

  it('streams thinking and its signature as their own events on /v1/messages', async () => {
    const stream = env.client.messages.stream({
      model: 'qwen3.5:397b',
      max_tokens: 2048,
      thinking: THINK,
      messages: ask('Why is the sea salty?'),
    });
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const thinking = events.flatMap((e) => (e.type === 'thinking_delta' ? [e.thinking] : [])).join('');
    expect(thinking).toContain('Why is the sea salty?');
    expect(events.find((e) => e.type === 'signature_delta')).toMatchObject({
      signature: expect.stringMatching(/^sig_/u),
    });
    const final = await stream.finalMessage();
    expect(final.content[0]).toMatchObject({ type: 'thinking', thinking });
  });

  it("turns the OpenAI endpoint's reasoning field into the same thinking events", async () => {
    const stream = env.client.chat.completions.stream({
      model: 'qwen3.5:397b',
      reasoning_effort: 'low',
      messages: [{ role: 'user', content: 'Why is the sky blue?' }],
    });
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const thinking = events.flatMap((e) => (e.type === 'thinking_delta' ? [e.thinking] : [])).join('');
    expect(thinking).toContain('Why is the sky blue?');
    const final = await stream.finalMessage();
    expect(final.content.map((block) => block.type)).toEqual(['thinking', 'text']);
  });

  it('sends thinking and its signature back unchanged with the tool results (tool runner)', async () => {
    const run = env.client.messages.runTools({
      model: 'qwen3.5:397b',
      max_tokens: 2048,
      thinking: THINK,
      messages: ask('Use the get_time tool: what time is it in Kuwait City?'),
      tools: [getTime],
    });
    const result = await run.done();
    expect(result.rounds).toBe(2);
    const first = result.messages[1];
    expect(first?.role).toBe('assistant');
    const firstBlocks = first?.content as Array<{ type: string; signature?: string }>;
    expect(firstBlocks.map((block) => block.type)).toEqual(['thinking', 'tool_use']);
    const sent = env.emulator.requests.at(-1)?.body as {
      messages: Array<{ role: string; content: unknown }>;
    };
    expect(sent.messages[1]?.content).toEqual(first?.content);
    expect(firstBlocks[0]?.signature).toMatch(/^sig_/u);
  });

  it('sends a redacted thinking block back unchanged through the tool runner, round after round', async () => {
    const run = env.client.messages.runTools({
      model: 'qwen3.5:397b',
      max_tokens: 2048,
      thinking: THINK,
      messages: ask(`${REDACTED_THINKING_TRIGGER} Use the get_time tool: what time is it in Kuwait City?`),
      tools: [getTime],
    });
    const result = await run.done();
    // The emulator refuses (400) a tool turn whose thinking is missing or altered, as the API does.
    expect(result.rounds).toBe(2);
    const first = result.messages[1]?.content as Array<{ type: string; data?: string }>;
    expect(first.map((block) => block.type)).toEqual(['redacted_thinking', 'tool_use']);
    expect(first[0]?.data).toEqual(expect.any(String));
    const sent = env.emulator.requests.at(-1)?.body as { messages: Array<{ content: unknown }> };
    expect(sent.messages[1]?.content).toEqual(result.messages[1]?.content);
    expect(JSON.stringify(result.message.content)).toContain('14:05');
  });

  const wireTool: Tool = {
    name: 'get_time',
    description: 'The current local time in a city',
    input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  };

  it('surfaces the refusal of a tool turn sent back without its thinking as ValidationError', async () => {
    const first = await env.client.messages.create({
      model: 'qwen3.5:397b',
      max_tokens: 2048,
      thinking: THINK,
      messages: ask('Use the get_time tool: what time is it in Kuwait City?'),
      tools: [wireTool],
    });
    const call = first.content.find((block) => block.type === 'tool_use');
    expect(call?.type).toBe('tool_use');
    const refused = env.client.messages.create({
      model: 'qwen3.5:397b',
      max_tokens: 2048,
      thinking: THINK,
      tools: [wireTool],
      messages: [
        ...ask('Use the get_time tool: what time is it in Kuwait City?'),
        { role: 'assistant', content: first.content.filter((block) => block.type === 'tool_use') },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: (call as { id: string }).id, content: '14:05' }],
        },
      ],
    });
    await expect(refused).rejects.toThrow(ValidationError);
    await expect(refused).rejects.toThrow(/Expected `thinking` or `redacted_thinking`/u);
  });

  it('refuses a thinking budget the API would reject, before any request', async () => {
    const before = env.emulator.requests.length;
    expect(() =>
      env.client.messages.stream({
        model: 'qwen3.5:397b',
        max_tokens: 1024,
        thinking: THINK,
        messages: ask('Hi'),
      }),
    ).toThrow(InvalidRequestError);
    expect(env.emulator.requests.length).toBe(before);
  });
});
