import type { SharedV4ProviderOptions } from '@ai-sdk/provider';
import { stepCountIs, streamText, tool, type LanguageModel } from 'ai';
import { z } from 'zod';

/** What the test tools were called with, in order. */
export type ToolLog = Array<{ name: string; input: unknown }>;

/** The question that makes the emulator's model call `get_weather` for Kuwait City. */
export const WEATHER_PROMPT = 'What is the weather in Kuwait City?';

/**
 * Two tools with `execute`, run by the AI SDK itself: the weather in a city and the local time
 * there. Each call is logged, so tests can tell they ran and with what.
 */
export function weatherTools(log: ToolLog) {
  return {
    get_weather: tool({
      description: 'The current weather in a city',
      inputSchema: z.object({ city: z.string().describe('The city name') }),
      execute: async ({ city }) => {
        log.push({ name: 'get_weather', input: { city } });
        return { city, forecast: 'sunny', celsius: 31 };
      },
    }),
    get_time: tool({
      description: 'The local time in a city',
      inputSchema: z.object({ city: z.string().describe('The city name') }),
      execute: async ({ city }) => {
        log.push({ name: 'get_time', input: { city } });
        return { city, time: '14:05' };
      },
    }),
  };
}

/** A `streamText` call with the weather tools, as {@link streamWithWeatherTools} makes it. */
export interface WeatherStreamOptions {
  model: LanguageModel;
  /** Default {@link WEATHER_PROMPT}. */
  prompt?: string;
  /** The most steps (`stopWhen: stepCountIs(steps)`). Default 3. */
  steps?: number;
  providerOptions?: SharedV4ProviderOptions;
  /** Set to keep the AI SDK from logging the stream's errors. */
  onError?: () => void;
}

/** `streamText` with the weather tools over several steps, and the log of the calls they ran. */
export function streamWithWeatherTools({
  model,
  prompt = WEATHER_PROMPT,
  steps = 3,
  ...rest
}: WeatherStreamOptions) {
  const log: ToolLog = [];
  const result = streamText({
    model,
    prompt,
    tools: weatherTools(log),
    stopWhen: stepCountIs(steps),
    ...rest,
  });
  return { result, log };
}
