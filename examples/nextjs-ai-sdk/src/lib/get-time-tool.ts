import { tool } from 'ai';
import { z } from 'zod';
import { findTimeZone } from './find-time-zone.ts';

/**
 * `get_time`: the local time in a city. It runs on the server, in the route handler; the AI SDK
 * sends its result back to the model and the page shows the call.
 */
export const getTimeTool = tool({
  description: 'The current local time in a city',
  inputSchema: z.object({ city: z.string().describe('The city, e.g. "Tokyo"') }),
  execute: async ({ city }) => {
    const timeZone = findTimeZone(city);
    if (!timeZone) return { city, error: `No time zone is known for "${city}". Try a larger city nearby.` };
    const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
      new Date(),
    );
    return { city, timeZone, time };
  },
});
