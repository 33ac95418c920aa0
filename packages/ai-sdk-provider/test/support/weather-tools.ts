import { tool } from 'ai';
import { z } from 'zod';

/** What the test tools were called with, in order. */
export type ToolLog = Array<{ name: string; input: unknown }>;

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
