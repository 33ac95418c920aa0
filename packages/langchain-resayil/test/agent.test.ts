import { AIMessage, AIMessageChunk, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { concat } from '@langchain/core/utils/stream';
import { createAgent } from 'langchain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { usageOf } from './support/collect.ts';
import { EMULATOR_PROFILES } from '@resayil-internal/test-support/emulator';
import { requestBodies, useChatResayil } from './support/use-chat-resayil.ts';

/**
 * ChatResayil inside LangChain's `createAgent` (see this package's README), against the emulator:
 * tool loops, parallel tools, structured output, and `streamMode: 'messages'`.
 */
const weather = tool(({ city }) => `Sunny and 31 degrees in ${city}`, {
  name: 'get_weather',
  description: 'The current weather in a city',
  schema: z.object({ city: z.string() }),
});
const time = tool(({ city }) => `It is 14:05 in ${city}`, {
  name: 'get_time',
  description: 'The local time in a city',
  schema: z.object({ city: z.string() }),
});

function toolMessages(messages: BaseMessage[]): ToolMessage[] {
  return messages.filter((message): message is ToolMessage => ToolMessage.isInstance(message));
}

describe.each(EMULATOR_PROFILES)('createAgent against the %s profile', (profile) => {
  const fixture = useChatResayil(profile);

  it('runs a tool and answers with its result', async () => {
    const agent = createAgent({
      model: fixture.model(),
      tools: [weather],
      systemPrompt: 'You are a weather bot.',
    });
    const { messages } = await agent.invoke({
      messages: [{ role: 'user', content: 'Use get_weather for Kuwait City' }],
    });
    expect(toolMessages(messages).map((message) => message.content)).toEqual([
      'Sunny and 31 degrees in Kuwait City',
    ]);
    const last = messages.at(-1);
    expect(last).toBeInstanceOf(AIMessage);
    expect(last?.text).toContain('Sunny and 31 degrees in Kuwait City');
    const bodies = requestBodies(fixture.emulator);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]?.system).toBe('You are a weather bot.');
    expect(bodies[0]?.tools).toEqual([expect.objectContaining({ name: 'get_weather' })]);
    expect(bodies[0]).not.toHaveProperty('tool_choice');
  });

  it('runs parallel tool calls and sends both results back in one turn', async () => {
    const agent = createAgent({ model: fixture.model(), tools: [weather, time] });
    const { messages } = await agent.invoke({
      messages: [{ role: 'user', content: 'Use get_weather and get_time for Paris' }],
    });
    const calls = (messages[1] as AIMessage).tool_calls ?? [];
    expect(calls.map((call) => call.name)).toEqual(['get_weather', 'get_time']);
    expect(new Set(calls.map((call) => call.id)).size).toBe(2);
    expect(
      toolMessages(messages)
        .map((message) => message.tool_call_id)
        .sort(),
    ).toEqual(calls.map((call) => call.id).sort());
    expect(messages.at(-1)?.text).toContain('It is 14:05 in Paris');
    const lastTurn = (
      requestBodies(fixture.emulator)[1]?.messages as Array<{ role: string; content: unknown[] }>
    ).at(-1);
    expect(lastTurn?.content).toHaveLength(2);
    expect(lastTurn?.content.every((block) => (block as { type: string }).type === 'tool_result')).toBe(true);
  });

  it('gives a structured response through the tool strategy', async () => {
    const report = z.object({ city: z.string(), summary: z.string() }).meta({ title: 'WeatherReport' });
    fixture.emulator.enqueue([
      { reply: { content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Doha' } }] } },
      {
        reply: {
          content: [
            { type: 'tool_use', name: 'WeatherReport', input: { city: 'Doha', summary: 'Sunny, 31°' } },
          ],
        },
      },
    ]);
    const agent = createAgent({ model: fixture.model(), tools: [weather], responseFormat: report });
    const result = await agent.invoke({
      messages: [{ role: 'user', content: 'Weather report for Doha, please.' }],
    });
    expect(result.structuredResponse).toEqual({ city: 'Doha', summary: 'Sunny, 31°' });
    const bodies = requestBodies(fixture.emulator);
    expect(bodies.map((body) => body.tool_choice)).toEqual([{ type: 'any' }, { type: 'any' }]);
    expect((bodies[0]?.tools as Array<{ name: string }>).map((t) => t.name)).toEqual([
      'get_weather',
      'WeatherReport',
    ]);
    expect(JSON.stringify(bodies)).not.toMatch(/response_format|outputConfig|responseSchema/u);
  });

  it('streams messages with tool-call chunks and usage', async () => {
    fixture.emulator.enqueue([
      {
        reply: {
          content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Muscat' } }],
          usage: { input_tokens: 50, output_tokens: 12 },
        },
      },
      {
        reply: {
          content: [{ type: 'text', text: 'It is sunny in Muscat.' }],
          usage: { input_tokens: 80, output_tokens: 7 },
        },
      },
    ]);
    const agent = createAgent({ model: fixture.model(), tools: [weather] });
    const chunks: AIMessageChunk[] = [];
    let sawToolMessage = false;
    for await (const [message, metadata] of await agent.stream(
      { messages: [{ role: 'user', content: 'Weather in Muscat?' }] },
      { streamMode: 'messages' },
    )) {
      if (AIMessageChunk.isInstance(message)) {
        expect(metadata.langgraph_node).toBe('model_request');
        chunks.push(message);
      }
      if (ToolMessage.isInstance(message)) sawToolMessage = true;
    }
    expect(sawToolMessage).toBe(true);
    const fragments = chunks.flatMap((chunk) => chunk.tool_call_chunks ?? []);
    expect(fragments[0]).toMatchObject({ name: 'get_weather', id: expect.any(String), index: 0 });
    const byId = new Map<string, AIMessageChunk>();
    for (const chunk of chunks) {
      const id = chunk.id ?? '';
      const previous = byId.get(id);
      byId.set(id, previous ? concat(previous, chunk) : chunk);
    }
    const [first, second] = [...byId.values()];
    expect(byId.size).toBe(2);
    expect([...byId.keys()].every((id) => id.startsWith('msg_'))).toBe(true);
    expect(first?.tool_calls).toEqual([
      expect.objectContaining({ name: 'get_weather', args: { city: 'Muscat' } }),
    ]);
    expect(usageOf(first)).toMatchObject({ input_tokens: 50, output_tokens: 12 });
    expect(second?.text).toBe('It is sunny in Muscat.');
    expect(usageOf(second)).toMatchObject({ input_tokens: 80, output_tokens: 7 });
  });
});
