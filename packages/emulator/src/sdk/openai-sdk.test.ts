import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { withEmulator } from '../../test/support/with-emulator.ts';

const KEY = 'sk-emulator-openai';

describe.each(['anthropic', 'resayil'] as const)('openai SDK against the %s profile', (profile) => {
  const emulator = withEmulator({ profile, apiKeys: [KEY] });
  const client = (apiKey = KEY) =>
    new OpenAI({ apiKey, baseURL: `${emulator.current.url}/v1`, maxRetries: 0 });

  it('chat.completions.create returns the completion', async () => {
    const completion = await client().chat.completions.create({
      model: 'gpt-oss:120b',
      messages: [{ role: 'user', content: 'Hello from openai' }],
    });
    expect(completion.choices[0]?.message.content).toContain('Hello from openai');
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.model).toBe(profile === 'resayil' ? 'gpt-oss:120b-cloud' : 'gpt-oss:120b');
  });

  it('streams chunks (including the delta: [] final chunk on resayil)', async () => {
    const stream = await client().chat.completions.create({
      model: 'gpt-oss:120b',
      stream: true,
      messages: [{ role: 'user', content: 'Stream from openai' }],
    });
    let text = '';
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      if (!choice) continue;
      if (!Array.isArray(choice.delta)) text += choice.delta.content ?? '';
      finish = choice.finish_reason ?? finish;
    }
    expect(text).toContain('Stream from openai');
    expect(finish).toBe('stop');
  });

  it('streams tool calls that the SDK reassembles', async () => {
    const runner = client().chat.completions.stream({
      model: 'gpt-oss:120b',
      messages: [{ role: 'user', content: 'What is the weather in Cairo?' }],
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'Get the current weather for a city',
            parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
          },
        },
      ],
    });
    const final = await runner.finalChatCompletion();
    const call = final.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ city: 'Cairo' });
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('raises AuthenticationError for a bad key and RateLimitError for a 429', async () => {
    const bad = await client('sk-nope')
      .chat.completions.create({ model: 'mistral', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(OpenAI.AuthenticationError);
    const limited = await client()
      .chat.completions.create(
        { model: 'mistral', messages: [{ role: 'user', content: 'x' }] },
        { headers: { 'x-resayil-emulator': '{"fault":{"type":"status","status":429}}' } },
      )
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
  });
});
