import { EMULATOR_PROFILES, requestBodies } from '@resayil-internal/test-support/emulator';
import { Output, generateText, stepCountIs } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TEST_MODEL, useResayilProvider } from './support/use-resayil-provider.ts';
import { WEATHER_PROMPT, weatherTools, type ToolLog } from './support/weather-tools.ts';

describe.each(EMULATOR_PROFILES)('generateText against the %s profile', (profile) => {
  const env = useResayilProvider(profile);

  it('answers a prompt with text, the stop reason and usage', async () => {
    const result = await generateText({
      model: env.model(),
      system: 'Answer briefly.',
      prompt: 'Explain entanglement in one sentence.',
      maxOutputTokens: 300,
      temperature: 0.3,
    });
    expect(result.text).toContain('You wrote: "Explain entanglement in one sentence."');
    expect(result.finishReason).toBe('stop');
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(result.response.modelId).not.toBe('');
    const [body] = requestBodies(env.emulator);
    expect(body).toMatchObject({
      model: TEST_MODEL,
      max_tokens: 300,
      temperature: 0.3,
      system: 'Answer briefly.',
    });
    expect(body?.stream).toBe(false);
  });

  it('answers Arabic in Arabic', async () => {
    const { text } = await generateText({ model: env.model(), prompt: 'ما هي عاصمة الكويت؟' });
    expect(text).toMatch(/[\u0600-\u06FF]/u);
  });

  it('runs tools with execute over several steps until the model answers', async () => {
    const log: ToolLog = [];
    const result = await generateText({
      model: env.model(),
      tools: weatherTools(log),
      stopWhen: stepCountIs(4),
      prompt: WEATHER_PROMPT,
    });
    expect(log).toEqual([{ name: 'get_weather', input: { city: 'Kuwait City' } }]);
    expect(result.steps).toHaveLength(2);
    expect(result.steps[0]?.finishReason).toBe('tool-calls');
    expect(result.finishReason).toBe('stop');
    expect(result.text).toContain('The get_weather tool returned');
    // The second request carries the call and its result back to the model.
    const second = requestBodies(env.emulator)[1] as { messages: Array<{ role: string; content: unknown }> };
    expect(JSON.stringify(second.messages)).toContain('"tool_result"');
    expect(JSON.stringify(second.messages)).toContain('sunny');
  });

  it('gives structured output that follows the schema', async () => {
    const schema = z.object({ city: z.string(), population: z.number(), landmarks: z.array(z.string()) });
    const { output } = await generateText({
      model: env.model(),
      output: Output.object({ schema }),
      prompt: 'Describe "Kuwait City": its population 3000000 and landmarks.',
    });
    expect(schema.safeParse(output).success).toBe(true);
    expect(output.city).toBe('Kuwait City');
    const [body] = requestBodies(env.emulator) as Array<{
      tool_choice: unknown;
      tools: Array<{ name: string }>;
    }>;
    expect(body?.tool_choice).toEqual({ type: 'tool', name: 'json' });
    expect(body?.tools.map((t) => t.name)).toEqual(['json']);
  });

  it('sends images and PDFs from the AI SDK prompt, and cache control from providerOptions', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const { text } = await generateText({
      model: env.model(),
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in this picture and this report?' },
            { type: 'image', image: png, mediaType: 'image/png' },
            { type: 'file', data: 'JVBERi0xLjQK', mediaType: 'application/pdf', filename: 'report.pdf' },
          ],
          providerOptions: { resayil: { cacheControl: { type: 'ephemeral' } } },
        },
      ],
    });
    expect(text).not.toBe('');
    const [body] = requestBodies(env.emulator) as Array<{
      messages: Array<{ content: Array<Record<string, unknown>> }>;
    }>;
    expect(body?.messages[0]?.content.map((block) => block.type)).toEqual(['text', 'image', 'document']);
    expect(body?.messages[0]?.content[1]).toMatchObject({
      source: { type: 'base64', media_type: 'image/png' },
    });
    expect(body?.messages[0]?.content[2]).toMatchObject({
      source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0xLjQK' },
      title: 'report.pdf',
      cache_control: { type: 'ephemeral' },
    });
  });

  it("checks images against the model catalog, listed once for the provider's calls", async () => {
    const model = env.model();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    for (const question of ['What is this?', 'And now?']) {
      const { text } = await generateText({
        model,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: question },
              { type: 'image', image: png, mediaType: 'image/png' },
            ],
          },
        ],
      });
      expect(text).not.toBe('');
    }
    expect(requestBodies(env.emulator)).toHaveLength(2);
    expect(env.emulator.requests.filter((r) => r.path.endsWith('/v1/models'))).toHaveLength(1);
  });

  it('sends the call headers and the provider headers, but never the key in the body', async () => {
    await generateText({
      model: env.model({ headers: { 'x-team': 'search' } }),
      headers: { 'x-trace': 'abc' },
      prompt: 'Hello',
    });
    const request = env.emulator.requests.at(-1);
    expect(request?.headers['x-team']).toBe('search');
    expect(request?.headers['x-trace']).toBe('abc');
    expect(String(request?.headers['user-agent'])).toContain('ai-sdk-resayil/');
  });
});
