import { EMULATOR_PROFILES, requestBodies } from '@resayil-internal/test-support/emulator';
import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useResayilProvider } from './support/use-resayil-provider.ts';
import { streamWithWeatherTools } from './support/weather-tools.ts';

const chatRoute = { resayil: { route: 'chat-completions' } } as const;

describe.each(EMULATOR_PROFILES)('the chat completions route against the %s profile', (profile) => {
  const env = useResayilProvider(profile);

  it('generateText and streamText go to /v1/chat/completions and give the same text', async () => {
    const model = env.model();
    const generated = await generateText({ model, prompt: 'Hello there', providerOptions: chatRoute });
    const streamed = streamText({ model, prompt: 'Hello there', providerOptions: chatRoute });
    expect(await streamed.text).toBe(generated.text);
    expect(generated.text).toContain('You wrote: "Hello there"');
    expect(await streamed.finishReason).toBe('stop');
    expect(env.emulator.requests.every((request) => request.path.endsWith('/v1/chat/completions'))).toBe(
      true,
    );
    const [body] = requestBodies(env.emulator, '/v1/chat/completions');
    expect(body?.messages).toEqual([{ role: 'user', content: 'Hello there' }]);
  });

  it('runs tools over several steps on this route too', async () => {
    const { result, log } = streamWithWeatherTools({ model: env.model(), providerOptions: chatRoute });
    expect(await result.text).toContain('The get_weather tool returned');
    expect(log).toEqual([{ name: 'get_weather', input: { city: 'Kuwait City' } }]);
    const second = requestBodies(env.emulator, '/v1/chat/completions')[1] as {
      messages: Array<{ role: string }>;
    };
    expect(second.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'tool']);
  });

  it('warns about what the route cannot carry (thinking, top-k) instead of sending it', async () => {
    const result = await generateText({
      model: env.model(),
      prompt: 'Hello',
      topK: 5,
      providerOptions: {
        resayil: { route: 'chat-completions', thinking: { type: 'enabled', budgetTokens: 2048 } },
      },
    });
    expect((result.warnings ?? []).map((warning) => ('feature' in warning ? warning.feature : ''))).toEqual([
      'topK',
      'providerOptions.resayil.thinking',
    ]);
    const [body] = requestBodies(env.emulator, '/v1/chat/completions');
    expect(body).not.toHaveProperty('thinking');
    expect(body).not.toHaveProperty('top_k');
  });
});

describe('providerOptions.resayil', () => {
  const env = useResayilProvider('anthropic');

  it('rejects an unknown route before anything is sent', async () => {
    const error = await generateText({
      model: env.model(),
      prompt: 'Hello',
      providerOptions: { resayil: { route: 'completions' } },
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AI_InvalidArgumentError');
    expect(env.emulator.requests).toHaveLength(0);
  });
});
