import type { AIMessageChunk } from '@langchain/core/messages';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { concat } from '@langchain/core/utils/stream';
import { REDACTED_THINKING_TRIGGER } from '@resayil/emulator';
import { createAgent } from 'langchain';
import { EMULATOR_PROFILES } from '@resayil-internal/test-support/emulator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requestBodies, useChatResayil } from './support/use-chat-resayil.ts';

/**
 * Extended thinking through ChatResayil, against the emulator: reasoning content in ChatAnthropic's
 * form (`thinking` blocks with a signature) and its round trip through `createAgent`'s tool loop.
 */
const THINKING = { type: 'enabled', budget_tokens: 1024 } as const;
const time = tool(({ city }) => `It is 14:05 in ${city}`, {
  name: 'get_time',
  description: 'The local time in a city',
  schema: z.object({ city: z.string() }),
});

type Block = { type: string; thinking?: string; signature?: string; data?: string };

describe.each(EMULATOR_PROFILES)('thinking with ChatResayil against the %s profile', (profile) => {
  const fixture = useChatResayil(profile);

  it('streams thinking blocks that concatenate to one block with its signature, before the text', async () => {
    const model = fixture.model({ thinking: THINKING, maxTokens: 2048 });
    let message: AIMessageChunk | undefined;
    let thinkingChunks = 0;
    for await (const chunk of await model.stream('Why is the sea salty?')) {
      if (Array.isArray(chunk.content) && chunk.content.some((b) => (b as Block).type === 'thinking'))
        thinkingChunks++;
      message = message ? concat(message, chunk) : chunk;
    }
    expect(thinkingChunks).toBeGreaterThan(1);
    const blocks = message?.content as Block[];
    expect(blocks[0]).toMatchObject({ type: 'thinking', signature: expect.stringMatching(/^sig_/u) });
    expect(blocks[0]?.thinking).toContain('Why is the sea salty?');
    expect(blocks.some((b) => b.type === 'text')).toBe(true);
    expect(requestBodies(fixture.emulator)[0]?.thinking).toEqual(THINKING);
  });

  it('invoke() returns the thinking block with its signature', async () => {
    const reply = await fixture.model({ thinking: THINKING, maxTokens: 2048 }).invoke('Why?');
    expect((reply.content as Block[])[0]).toMatchObject({ type: 'thinking', signature: expect.any(String) });
  });

  it('createAgent sends the thinking block and its signature back with the tool result', async () => {
    const agent = createAgent({
      model: fixture.model({ thinking: THINKING, maxTokens: 2048 }),
      tools: [time],
    });
    const { messages } = await agent.invoke({
      messages: [{ role: 'user', content: 'Use get_time for Kuwait City' }],
    });
    const asked = messages.find(
      (m: BaseMessage) => AIMessage.isInstance(m) && (m.tool_calls?.length ?? 0) > 0,
    ) as AIMessage;
    const thinking = (asked.content as Block[]).find((b) => b.type === 'thinking');
    expect(thinking?.signature).toMatch(/^sig_/u);
    const bodies = requestBodies(fixture.emulator);
    expect(bodies).toHaveLength(2);
    const assistant = (bodies[1]?.messages as Array<{ role: string; content: Block[] }>)[1];
    expect(assistant?.role).toBe('assistant');
    expect(assistant?.content[0]).toEqual({
      type: 'thinking',
      thinking: thinking?.thinking,
      signature: thinking?.signature,
    });
    expect(assistant?.content.map((b) => b.type)).toEqual(['thinking', 'tool_use']);
    expect(messages.at(-1)?.text).toContain('It is 14:05 in Kuwait City');
  });

  it('createAgent in streamMode "messages" keeps the thinking round trip', async () => {
    const agent = createAgent({
      model: fixture.model({ thinking: THINKING, maxTokens: 2048 }),
      tools: [time],
    });
    const stream = await agent.stream(
      { messages: [{ role: 'user', content: 'Use get_time for Doha' }] },
      { streamMode: 'messages' },
    );
    let sawThinking = false;
    for await (const [chunk] of stream) {
      if (Array.isArray(chunk.content) && chunk.content.some((b) => (b as Block).type === 'thinking'))
        sawThinking = true;
    }
    expect(sawThinking).toBe(true);
    const assistant = (requestBodies(fixture.emulator)[1]?.messages as Array<{ content: Block[] }>)[1];
    expect(assistant?.content[0]).toMatchObject({
      type: 'thinking',
      signature: expect.stringMatching(/^sig_/u),
    });
  });

  it.each([
    ['whole replies', false],
    ['streamed replies', true],
  ])(
    'createAgent sends a redacted thinking block back unchanged with the tool result (%s)',
    async (_, streaming) => {
      const agent = createAgent({
        model: fixture.model({ thinking: THINKING, maxTokens: 2048, streaming }),
        tools: [time],
      });
      const { messages } = await agent.invoke({
        messages: [{ role: 'user', content: `${REDACTED_THINKING_TRIGGER} Use get_time for Kuwait City` }],
      });
      const asked = messages.find(
        (m: BaseMessage) => AIMessage.isInstance(m) && (m.tool_calls?.length ?? 0) > 0,
      ) as AIMessage;
      const redacted = (asked.content as Block[]).find((b) => b.type === 'redacted_thinking');
      expect(redacted?.data).toEqual(expect.any(String));
      const bodies = requestBodies(fixture.emulator);
      expect(bodies).toHaveLength(2);
      const assistant = (bodies[1]?.messages as Array<{ role: string; content: Block[] }>)[1];
      expect(assistant?.content.map((b) => b.type)).toEqual(['redacted_thinking', 'tool_use']);
      expect(assistant?.content[0]).toEqual({ type: 'redacted_thinking', data: redacted?.data });
      // The emulator refuses (400) a tool turn whose thinking is missing or altered, as the API does.
      expect(messages.at(-1)?.text).toContain('It is 14:05 in Kuwait City');
    },
  );
});
