import { EMULATOR_PROFILES, latestDisconnect, requestBodies } from '@resayil-internal/test-support/emulator';
import { Output, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REDACTED_THINKING_TRIGGER } from '@resayil/emulator';
import { readUIMessageStream } from './support/read-ui-message-stream.ts';
import { streamParts } from './support/stream-parts.ts';
import { useResayilProvider } from './support/use-resayil-provider.ts';
import { WEATHER_PROMPT, streamWithWeatherTools } from './support/weather-tools.ts';

describe.each(EMULATOR_PROFILES)('streamText against the %s profile', (profile) => {
  const env = useResayilProvider(profile);

  it('streams text in pieces, in the order of the specification', async () => {
    const result = streamText({ model: env.model(), prompt: 'Explain entanglement briefly.' });
    const pieces: string[] = [];
    for await (const piece of result.textStream) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toContain('You wrote: "Explain entanglement briefly."');
    expect(await result.finishReason).toBe('stop');
    expect((await result.usage).outputTokens).toBeGreaterThan(0);
    const [body] = requestBodies(env.emulator);
    expect(body?.stream).toBe(true);
  });

  it('hands out raw chunks when asked, and none otherwise', async () => {
    const withRaw = await streamParts(
      streamText({ model: env.model(), prompt: 'Hello', includeRawChunks: true }).fullStream,
    );
    const raw = withRaw.filter((part) => part.type === 'raw');
    expect(raw.length).toBeGreaterThan(3);
    expect(raw[0]).toMatchObject({ rawValue: { type: 'message_start' } });
    const without = await streamParts(streamText({ model: env.model(), prompt: 'Hello' }).fullStream);
    expect(without.some((part) => part.type === 'raw')).toBe(false);
  });

  it('runs tools with execute over several steps, streaming each call', async () => {
    const { result, log } = streamWithWeatherTools({ model: env.model(), steps: 4 });
    const parts = await streamParts(result.fullStream);
    const types = parts.map((part) => part.type);
    expect(types.indexOf('tool-input-start')).toBeLessThan(types.indexOf('tool-input-delta'));
    expect(types.indexOf('tool-input-end')).toBeLessThan(types.indexOf('tool-call'));
    expect(types.indexOf('tool-call')).toBeLessThan(types.indexOf('tool-result'));
    expect(log).toEqual([{ name: 'get_weather', input: { city: 'Kuwait City' } }]);
    expect((await result.steps).map((step) => step.finishReason)).toEqual(['tool-calls', 'stop']);
    expect(await result.text).toContain('The get_weather tool returned');
  });

  it('streams parallel tool calls, each under its own id', async () => {
    const { result, log } = streamWithWeatherTools({
      model: env.model(),
      prompt: 'What is the weather and the local time in Kuwait City?',
    });
    const parts = await streamParts(result.fullStream);
    const calls = parts.filter((part) => part.type === 'tool-call');
    expect(calls.map((call) => call.toolName).sort()).toEqual(['get_time', 'get_weather']);
    expect(new Set(calls.map((call) => call.toolCallId)).size).toBe(2);
    expect(log.map((entry) => entry.name).sort()).toEqual(['get_time', 'get_weather']);
  });

  it('streams thinking as reasoning and sends its signature back on the next step', async () => {
    const { result } = streamWithWeatherTools({
      model: env.model(),
      providerOptions: { resayil: { thinking: { type: 'enabled', budgetTokens: 2048 } } },
    });
    const parts = await streamParts(result.fullStream);
    const types = parts.map((part) => part.type);
    expect(types.indexOf('reasoning-start')).toBeLessThan(types.indexOf('reasoning-delta'));
    const end = parts.find((part) => part.type === 'reasoning-end');
    const signature = (end?.providerMetadata?.resayil as { signature?: string } | undefined)?.signature;
    expect(signature).toMatch(/^sig_/u);
    const [first, second] = requestBodies(env.emulator) as Array<{
      thinking: unknown;
      max_tokens: number;
      messages: Array<{ role: string; content: Array<{ type: string; signature?: string }> }>;
    }>;
    expect(first?.thinking).toEqual({ type: 'enabled', budget_tokens: 2048 });
    expect(first?.max_tokens).toBe(4096 + 2048);
    const assistant = second?.messages.find((message) => message.role === 'assistant');
    expect(assistant?.content[0]).toMatchObject({ type: 'thinking', signature });
  });

  it('sends redacted thinking back unchanged through a multi-step tool loop', async () => {
    const { result, log } = streamWithWeatherTools({
      model: env.model(),
      prompt: `${REDACTED_THINKING_TRIGGER} ${WEATHER_PROMPT}`,
      providerOptions: { resayil: { thinking: { type: 'enabled', budgetTokens: 2048 } } },
    });
    const parts = await streamParts(result.fullStream);
    const ends = parts.filter((part) => part.type === 'reasoning-end');
    const data = (ends[0]?.providerMetadata?.resayil as { redactedData?: string } | undefined)?.redactedData;
    expect(data).toEqual(expect.any(String));
    expect(log).toEqual([{ name: 'get_weather', input: { city: 'Kuwait City' } }]);
    const bodies = requestBodies(env.emulator) as Array<{
      messages: Array<{ role: string; content: Array<{ type: string; data?: string }> }>;
    }>;
    expect(bodies).toHaveLength(2);
    const assistant = bodies[1]?.messages.find((message) => message.role === 'assistant');
    expect(assistant?.content.map((block) => block.type)).toEqual(['redacted_thinking', 'tool_use']);
    expect(assistant?.content[0]).toEqual({ type: 'redacted_thinking', data });
    // The emulator refuses (400) a tool turn whose thinking is missing or altered, as the API does.
    expect(await result.finishReason).toBe('stop');
    expect(await result.text).toContain('sunny');
  });

  it('gives structured output through Output.object, streamed as partial objects', async () => {
    const schema = z.object({ city: z.string(), population: z.number() });
    const result = streamText({
      model: env.model(),
      output: Output.object({ schema }),
      prompt: 'Describe "Kuwait City" with its population 3000000.',
    });
    const partials: unknown[] = [];
    for await (const partial of result.partialOutputStream) partials.push(partial);
    const output = await result.output;
    expect(schema.parse(output)).toEqual({ city: 'Kuwait City', population: 3000000 });
    expect(partials.length).toBeGreaterThan(0);
    expect(await result.finishReason).toBe('stop');
  });

  it('abort mid-stream ends the upstream request: the emulator sees the client leave', async () => {
    env.emulator.enqueue({ fault: { type: 'stall', afterEvents: 6 } });
    const controller = new AbortController();
    const result = streamText({
      model: env.model(),
      prompt: 'Write a long story about the sea.',
      abortSignal: controller.signal,
    });
    const seen: string[] = [];
    for await (const part of result.fullStream) {
      seen.push(part.type);
      if (part.type === 'text-delta') controller.abort();
    }
    const logged = await latestDisconnect(env.emulator);
    expect(logged.clientDisconnected).toBe(true);
    expect(logged.completedAt).toBeUndefined();
    expect(seen).toContain('abort');
    expect(seen).not.toContain('finish-step');
  });

  it('toUIMessageStreamResponse() streams the UI protocol, tool calls and results included', async () => {
    const response = streamWithWeatherTools({ model: env.model() }).result.toUIMessageStreamResponse();
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const chunks = await readUIMessageStream(response);
    const types = chunks.map((chunk) => chunk.type);
    expect(types[0]).toBe('start');
    expect(types).toContain('tool-input-available');
    expect(types).toContain('tool-output-available');
    expect(types.filter((type) => type === 'text-delta').length).toBeGreaterThan(3);
    expect(chunks.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
    expect(chunks.find((chunk) => chunk.type === 'tool-input-available')).toMatchObject({
      toolName: 'get_weather',
      input: { city: 'Kuwait City' },
    });
  });
});
