import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ToolRoundsExceededError,
  UserAbortError,
  type ToolDefinition,
  type ToolRunEvent,
} from '../src/index.ts';
import { ask, useGateway } from './support/use-gateway.ts';

const getTime: ToolDefinition<{ city: string }> = {
  name: 'get_time',
  description: 'The current local time in a city',
  inputSchema: z.object({ city: z.string() }),
  run: ({ city }) => `It is 14:05 in ${city}.`,
};

const getWeather: ToolDefinition = {
  name: 'get_weather',
  description: 'The weather in a city',
  inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  run: () => ({ sky: 'clear', celsius: 31 }),
};

describe.each(['anthropic', 'resayil'] as const)('runTools against the %s profile', (profile) => {
  const env = useGateway({ profile });

  it('runs a tool, sends the result back and streams the answer', async () => {
    const run = env.client.messages.runTools({
      model: 'qwen3.5:397b',
      max_tokens: 512,
      messages: ask('Use the get_time tool: what time is it in Kuwait City?'),
      tools: [getTime],
    });
    const events: ToolRunEvent[] = [];
    for await (const event of run) events.push(event);
    const result = await run.done();
    const toolResult = events.find((event) => event.type === 'tool_result');
    expect(toolResult).toMatchObject({ name: 'get_time', isError: false });
    expect(result.rounds).toBe(2);
    expect(result.message.stop_reason).toBe('end_turn');
    expect(result.messages).toHaveLength(4);
    const sent = env.emulator.requests.at(-1)?.body as { messages: Array<{ content: unknown }> };
    expect(JSON.stringify(sent.messages.at(-1)?.content)).toContain('14:05');
    expect(result.usage.output_tokens).toBeGreaterThan(0);
  });

  it('runs parallel calls concurrently and reports a failing handler as is_error', async () => {
    let running = 0;
    let maxRunning = 0;
    const slow = (output: unknown) => async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 30));
      running--;
      if (output instanceof Error) throw output;
      return output;
    };
    const run = env.client.messages.runTools({
      model: 'qwen3.5:397b',
      max_tokens: 512,
      messages: ask('Use the get_time tool and the get_weather tool for Paris.'),
      tools: [
        { ...getTime, run: slow('noon') },
        { ...getWeather, run: slow(new Error('weather service down')) },
      ],
    });
    const results: ToolRunEvent[] = [];
    for await (const event of run) if (event.type === 'tool_result') results.push(event);
    expect(results).toHaveLength(2);
    expect(maxRunning).toBe(2);
    expect(
      results.find((event) => event.type === 'tool_result' && event.name === 'get_weather'),
    ).toMatchObject({
      isError: true,
      content: 'weather service down',
    });
    const sent = JSON.stringify(
      (env.emulator.requests.at(-1)?.body as { messages: unknown[] }).messages.at(-1),
    );
    expect(sent).toContain('"is_error":true');
  });

  it('validates zod input before calling the handler', async () => {
    env.emulator.enqueue({
      reply: { content: [{ type: 'tool_use', name: 'get_time', input: { city: 42 } }] },
    });
    let called = false;
    const run = env.client.messages.runTools({
      model: 'qwen3.5:397b',
      max_tokens: 256,
      messages: ask('What time is it?'),
      tools: [{ ...getTime, run: () => ((called = true), 'x') }],
    });
    const results: ToolRunEvent[] = [];
    for await (const event of run) if (event.type === 'tool_result') results.push(event);
    expect(called).toBe(false);
    expect(results[0]).toMatchObject({ isError: true });
    expect(results[0]?.type === 'tool_result' && results[0].content).toContain('city');
  });

  it('stops with ToolRoundsExceededError when the model keeps calling tools', async () => {
    for (let i = 0; i < 3; i++) {
      env.emulator.enqueue({
        reply: { content: [{ type: 'tool_use', name: 'get_time', input: { city: 'Doha' } }] },
      });
    }
    const run = env.client.messages.runTools({
      model: 'qwen3.5:397b',
      max_tokens: 256,
      messages: ask('What time is it?'),
      tools: [getTime],
      maxRounds: 2,
    });
    const error = await run.done().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ToolRoundsExceededError);
    expect((error as ToolRoundsExceededError).messages.length).toBe(5);
  });

  it('abort stops the handlers and the run', async () => {
    const controller = new AbortController();
    let handlerSignal: AbortSignal | undefined;
    const run = env.client.messages.runTools(
      {
        model: 'qwen3.5:397b',
        max_tokens: 256,
        messages: ask('Use the get_time tool for Riyadh.'),
        tools: [
          {
            ...getTime,
            run: (_input, { signal }) => {
              handlerSignal = signal;
              controller.abort();
              return 'late';
            },
          },
        ],
      },
      { signal: controller.signal },
    );
    await expect(run.done()).rejects.toBeInstanceOf(UserAbortError);
    expect(handlerSignal?.aborted).toBe(true);
  });
});
