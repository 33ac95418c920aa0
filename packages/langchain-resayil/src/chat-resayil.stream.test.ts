import { AIMessageChunk } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { collect, usageOf } from '../test/support/collect.ts';
import { EMULATOR_PROFILES } from '@resayil-internal/test-support/emulator';
import { requestBodies, useChatResayil } from '../test/support/use-chat-resayil.ts';
import { RecordingHandler } from '../test/support/recording-handler.ts';

const weather = tool(({ city }) => `Sunny in ${city}`, {
  name: 'get_weather',
  description: 'The current weather in a city',
  schema: z.object({ city: z.string() }),
});
const time = tool(({ city }) => `12:00 in ${city}`, {
  name: 'get_time',
  description: 'The local time in a city',
  schema: z.object({ city: z.string() }),
});

describe.each(EMULATOR_PROFILES)('streaming against the %s profile', (profile) => {
  const fixture = useChatResayil(profile);

  it('streams text chunks that concatenate to the same reply as invoke', async () => {
    const model = fixture.model();
    const { chunks, message } = await collect(await model.stream('Hello there'));
    const invoked = await model.invoke('Hello there');
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.every((chunk) => chunk instanceof AIMessageChunk)).toBe(true);
    expect(message.content).toBe(invoked.content);
    expect(typeof message.content).toBe('string');
    expect(requestBodies(fixture.emulator).map((body) => body.stream)).toEqual([true, false]);
  });

  it('stamps the provider message id on every chunk, also with callbacks attached', async () => {
    const handler = new RecordingHandler();
    const { chunks } = await collect(await fixture.model().stream('Hello', { callbacks: [handler] }));
    const ids = new Set(chunks.map((chunk) => chunk.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^msg_/u);
  });

  it('puts the model on one chunk and the stop reason on one chunk, so neither is repeated', async () => {
    const { chunks, message } = await collect(await fixture.model().stream('Hello'));
    expect(chunks[0]?.response_metadata.model).toMatch(/^qwen3\.5:397b/u);
    expect(chunks.filter((chunk) => chunk.response_metadata.model !== undefined)).toHaveLength(1);
    expect(chunks.filter((chunk) => chunk.response_metadata.stop_reason !== undefined)).toHaveLength(1);
    expect(message.response_metadata.model).toBe(chunks[0]?.response_metadata.model);
    expect(message.response_metadata.stop_reason).toBe('end_turn');
  });

  it('reports every chunk to handleLLMNewToken with the chunk, tool-only and usage-only ones included', async () => {
    const handler = new RecordingHandler();
    const model = fixture.model().bindTools([weather, time]);
    const { chunks, message } = await collect(
      await model.stream('Use get_weather and get_time for Paris', { callbacks: [handler] }),
    );
    expect(handler.tokens).toHaveLength(chunks.length);
    handler.tokens.forEach(({ chunk, message: reported }, i) => {
      expect(chunk?.text).toBe(chunks[i]?.text);
      expect(reported?.tool_call_chunks).toEqual(chunks[i]?.tool_call_chunks);
      expect(reported?.id).toBe(chunks[i]?.id);
    });
    const toolOnly = handler.tokens.filter(({ message }) => (message?.tool_call_chunks ?? []).length > 0);
    const usageOnly = handler.tokens.filter(({ message }) => usageOf(message) !== undefined);
    expect(toolOnly.length).toBeGreaterThanOrEqual(4);
    expect(toolOnly.every(({ token }) => token === '')).toBe(true);
    expect(usageOnly.length).toBeGreaterThanOrEqual(1);
    expect(message.tool_calls?.map((call) => call.name)).toEqual(['get_weather', 'get_time']);
  });

  it('streams parallel tool calls with one index per call, id and name on the first fragment only', async () => {
    const { chunks, message } = await collect(
      await fixture.model().bindTools([weather, time]).stream('Use get_weather and get_time for Paris'),
    );
    const fragments = chunks.flatMap((chunk) => chunk.tool_call_chunks ?? []);
    const indexes = [...new Set(fragments.map((fragment) => fragment.index))];
    expect(indexes).toHaveLength(2);
    for (const index of indexes) {
      const own = fragments.filter((fragment) => fragment.index === index);
      expect(own[0]).toMatchObject({
        id: expect.stringMatching(/^toolu_/u),
        name: expect.any(String),
        args: '',
      });
      expect(own.slice(1).every((fragment) => fragment.id === undefined && fragment.name === undefined)).toBe(
        true,
      );
    }
    expect(message.tool_calls).toEqual([
      { type: 'tool_call', id: expect.any(String), name: 'get_weather', args: { city: 'Paris' } },
      { type: 'tool_call', id: expect.any(String), name: 'get_time', args: { city: 'Paris' } },
    ]);
    expect(new Set(message.tool_calls?.map((call) => call.id)).size).toBe(2);
    expect(message.content).toEqual([]);
  });

  it('counts each usage quantity once', async () => {
    fixture.emulator.enqueue({
      reply: {
        content: [{ type: 'text', text: 'Twenty tokens or so.' }],
        usage: { input_tokens: 25, output_tokens: 19 },
      },
    });
    const { chunks, message } = await collect(await fixture.model().stream('Hello'));
    expect(message.usage_metadata).toMatchObject({ input_tokens: 25, output_tokens: 19, total_tokens: 44 });
    expect(chunks.filter((chunk) => (usageOf(chunk)?.output_tokens ?? 0) > 0)).toHaveLength(1);
  });

  it('puts a tool call with malformed input in invalid_tool_calls and keeps the rest of the reply', async () => {
    // A string where the input object should be: valid JSON on the wire, but not an object.
    fixture.emulator.enqueue({
      reply: {
        content: [
          { type: 'tool_use', name: 'get_weather', input: '{"city": "Kuw' },
          { type: 'tool_use', name: 'get_time', input: { city: 'Doha' } },
        ],
      },
    });
    const { message } = await collect(
      await fixture.model().bindTools([weather, time]).stream('weather and time'),
    );
    expect(message.invalid_tool_calls).toHaveLength(1);
    expect(message.invalid_tool_calls?.[0]).toMatchObject({ name: 'get_weather' });
    expect(message.tool_calls).toEqual([
      expect.objectContaining({ name: 'get_time', args: { city: 'Doha' } }),
    ]);
    expect(message.response_metadata['stop_reason']).toBe('tool_use');
  });

  it('honours streamUsage per call, over the constructor setting', async () => {
    const off = await collect(await fixture.model().stream('Hello', { streamUsage: false }));
    expect(off.chunks.every((chunk) => chunk.usage_metadata === undefined)).toBe(true);
    const on = await collect(
      await fixture.model({ streamUsage: false }).stream('Hello', { streamUsage: true }),
    );
    expect(usageOf(on.message)?.output_tokens).toBeGreaterThan(0);
    const offByDefault = await collect(await fixture.model({ streamUsage: false }).stream('Hello'));
    expect(offByDefault.message.usage_metadata).toBeUndefined();
  });

  it('goes through the stream when invoked under a streaming handler (streamEvents)', async () => {
    const events: string[] = [];
    let output: AIMessageChunk | undefined;
    for await (const event of fixture.model().streamEvents('Hello', { version: 'v2' })) {
      events.push(event.event);
      if (event.event === 'on_chat_model_end') output = event.data.output as AIMessageChunk;
    }
    expect(events[0]).toBe('on_chat_model_start');
    expect(events.filter((name) => name === 'on_chat_model_stream').length).toBeGreaterThan(3);
    expect(events.at(-1)).toBe('on_chat_model_end');
    expect(output?.response_metadata.model).toMatch(/^qwen3\.5:397b/u);
    expect(output?.id).toMatch(/^msg_/u);
  });

  it('streams inside invoke() when streaming is on, with the same result shape', async () => {
    const handler = new RecordingHandler();
    const message = await fixture.model({ streaming: true }).invoke('Hello', { callbacks: [handler] });
    expect(handler.tokens.length).toBeGreaterThan(3);
    expect(typeof message.content).toBe('string');
    expect(usageOf(message)?.output_tokens).toBeGreaterThan(0);
    expect(requestBodies(fixture.emulator)[0]?.stream).toBe(true);
  });

  it('sends the tool schema, tool_choice and no unknown call options', async () => {
    await fixture
      .model()
      .bindTools([weather], {
        tool_choice: 'get_weather',
        response_format: { type: 'json_schema' },
        outputConfig: { format: {} },
        strict: true,
      } as never)
      .invoke('Weather in Paris?');
    const body = requestBodies(fixture.emulator)[0] ?? {};
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'get_weather' });
    expect(body.tools).toEqual([
      {
        name: 'get_weather',
        description: 'The current weather in a city',
        input_schema: expect.objectContaining({ type: 'object', required: ['city'] }),
      },
    ]);
    expect(Object.keys(body)).not.toEqual(expect.arrayContaining(['response_format']));
    expect(JSON.stringify(body)).not.toMatch(/response_format|outputConfig|strict/u);
  });

  it('follows tool_choice end to end: none, any, and a named tool', async () => {
    const model = fixture.model();
    const asked = 'Use get_weather and get_time for Paris';
    const none = await model.bindTools([weather, time], { tool_choice: 'none' }).invoke(asked);
    expect(none.tool_calls).toEqual([]);
    const any = await model.bindTools([weather, time], { tool_choice: 'any' }).invoke('Hello');
    expect(any.tool_calls?.map((call) => call.name)).toEqual(['get_weather']);
    const named = await model.bindTools([weather, time], { tool_choice: 'get_time' }).invoke(asked);
    expect(named.tool_calls?.map((call) => call.name)).toEqual(['get_time']);
    expect(requestBodies(fixture.emulator).map((body) => body.tool_choice)).toEqual([
      { type: 'none' },
      { type: 'any' },
      { type: 'tool', name: 'get_time' },
    ]);
  });

  it('works with the content-block event stream (streamEvents without a version)', async () => {
    const stream = fixture.model().streamEvents('Use get_weather and get_time for Paris', {
      tools: [weather, time],
    });
    const message = await stream;
    expect(message.tool_calls?.map((call) => call.name)).toEqual(['get_weather', 'get_time']);
    expect(message.tool_calls?.[0]?.args).toEqual({ city: 'Paris' });
    expect(usageOf(message)?.output_tokens).toBeGreaterThan(0);
    const text = await fixture.model().streamEvents('Hello');
    expect(text.text).toContain('Hello');
  });

  it('sends a forced tool_choice as auto while thinking, and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const thinking = fixture.model({ thinking: { type: 'enabled', budget_tokens: 1024 } });
    const bound = thinking.bindTools([weather], { tool_choice: 'any' });
    const reply = await bound.invoke('Use get_weather for Paris');
    await bound.invoke('Use get_weather for Rome');
    expect(requestBodies(fixture.emulator).map((body) => body.tool_choice)).toEqual([
      { type: 'auto' },
      { type: 'auto' },
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('tool_choice');
    expect(reply.content).toEqual([
      expect.objectContaining({ type: 'thinking', signature: expect.any(String) }),
    ]);
    expect(reply.tool_calls?.[0]?.name).toBe('get_weather');
  });

  it('sums token usage across the prompts of generate()', async () => {
    const result = await fixture.model().generate([['Hello'], ['Hey there']]);
    const usages = result.generations.map(([generation]) =>
      usageOf((generation as { message?: unknown }).message as never),
    );
    expect(result.llmOutput?.tokenUsage).toEqual({
      promptTokens: usages.reduce((sum, usage) => sum + (usage?.input_tokens ?? 0), 0),
      completionTokens: usages.reduce((sum, usage) => sum + (usage?.output_tokens ?? 0), 0),
      totalTokens: usages.reduce((sum, usage) => sum + (usage?.total_tokens ?? 0), 0),
    });
    expect(result.llmOutput?.tokenUsage.totalTokens).toBeGreaterThan(0);
  });
});
