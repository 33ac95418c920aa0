import { performance } from 'node:perf_hooks';
import type { Resayil } from '@resayil/core';
import type { TokenTimes } from './token-times.ts';

/** Core's streaming call, iterated to the end: every `text` event is a token. */
export async function coreStream(
  client: Resayil,
  params: Parameters<Resayil['messages']['stream']>[0],
): Promise<TokenTimes> {
  const start = performance.now();
  const times: number[] = [];
  for await (const event of client.messages.stream(params))
    if (event.type === 'text_delta') times.push(performance.now());
  return { start, times, end: performance.now() };
}
