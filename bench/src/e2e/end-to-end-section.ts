import { Resayil } from '@resayil/core';
import type { EmulatorProfile } from '@resayil/emulator';
import { BENCH_KEY, messagesParams } from '../fixtures/record-stream.ts';
import { sampleText } from '../fixtures/sample-text.ts';
import { spawnEmulator, type EmulatorProcess } from '../process/spawn-emulator.ts';
import { END_TO_END_FINDINGS } from '../report/findings.ts';
import { fixed, signedMs, times } from '../report/format.ts';
import type { Section, Target } from '../report/section.ts';
import { runInterleaved, type InterleaveOptions } from '../stats/measure-interleaved.ts';
import { median } from '../stats/percentile.ts';
import { coreStream } from './core-stream.ts';
import { fetchStream } from './fetch-stream.ts';
import { tokensPerSecond, ttftMs, type TokenTimes } from './token-times.ts';

/** Options of the end-to-end benchmark. */
export interface EndToEndOptions {
  /** Runs of the short reply, for time to first token. */
  ttft: InterleaveOptions;
  /** Runs of the long reply, for tokens per second. */
  throughput: InterleaveOptions;
}

const SHORT_CHARS = 300;
const LONG_CHARS = 6000;

/** Core and plain fetch, interleaved, each request answered with `text`. */
async function compare(emulator: EmulatorProcess, text: string, options: InterleaveOptions) {
  const client = new Resayil({ apiKey: BENCH_KEY, baseURL: emulator.url, maxRetries: 0 });
  const params = messagesParams('Tell me a story.');
  const headers = {
    'content-type': 'application/json',
    'x-api-key': BENCH_KEY,
    'anthropic-version': '2023-06-01',
  };
  const body = JSON.stringify({ ...params, stream: true });
  const step = { path: '/v1/messages', reply: { content: [{ type: 'text' as const, text }] } };
  const results = await runInterleaved<'core' | 'fetch', TokenTimes>(
    {
      core: async () => {
        await emulator.enqueue(step);
        return coreStream(client, params);
      },
      fetch: async () => {
        await emulator.enqueue(step);
        return fetchStream(emulator.url, headers, body);
      },
    },
    options,
  );
  const tokens = new Set([...results.core, ...results.fetch].map((timing) => timing.times.length));
  if (tokens.size !== 1)
    throw new Error(`core and fetch saw different token counts: ${[...tokens].join(', ')}`);
  return { results, tokens: [...tokens][0] as number };
}

/**
 * End to end through an emulator in another process, no artificial latency: time to first token
 * (a short reply) and tokens per second (a long one) of core's `messages.stream()` against plain
 * `fetch` with minimal parsing.
 */
export async function endToEndSection(options: EndToEndOptions): Promise<Section> {
  const rows: string[][] = [];
  const targets: Target[] = [];
  for (const profile of ['anthropic', 'resayil'] as EmulatorProfile[]) {
    const emulator = await spawnEmulator({ profile, apiKeys: [BENCH_KEY] });
    try {
      const short = await compare(emulator, sampleText('arabic', SHORT_CHARS), options.ttft);
      const long = await compare(emulator, sampleText('arabic', LONG_CHARS), options.throughput);
      const ttft = {
        core: median(short.results.core.map(ttftMs)),
        fetch: median(short.results.fetch.map(ttftMs)),
      };
      const rate = {
        core: median(long.results.core.map(tokensPerSecond)),
        fetch: median(long.results.fetch.map(tokensPerSecond)),
      };
      const added = ttft.core - ttft.fetch;
      rows.push(
        [
          profile,
          `time to first token (${short.tokens}-token reply)`,
          `${fixed(ttft.core, 3)} ms`,
          `${fixed(ttft.fetch, 3)} ms`,
          times(ttft.core / ttft.fetch),
          signedMs(added, 3),
        ],
        [
          profile,
          `tokens per second (${long.tokens}-token reply)`,
          fixed(rate.core, 0),
          fixed(rate.fetch, 0),
          times(rate.core / rate.fetch),
          '',
        ],
      );
      targets.push({
        id: 'ttft-added',
        goal: 'under 1 ms added to time to first token',
        case: profile,
        value: signedMs(added, 3),
        met: added < 1,
      });
    } finally {
      await emulator.close();
    }
  }
  return {
    title: 'End to end through the emulator',
    description: [
      'The emulator runs in its own process (no artificial latency) and streams a scripted Arabic reply over real HTTP on 127.0.0.1. **core**: `client.messages.stream(params)` iterated to the end. **plain fetch**: the reference, `fetch` + one streaming `TextDecoder`, counting `"text_delta"` in complete lines (no JSON parsing, no accumulation, no timeouts). Both use Node\'s global `fetch` (undici) with keep-alive.',
      `Time to first token: from the call to the first text token, on a short reply (${options.ttft.runs ?? 15} runs; lower is better; ratio core ÷ fetch; the difference is what core adds). Tokens per second: text tokens ÷ time from the call to the end of the stream, on a long reply (${options.throughput.runs ?? 15} runs; higher is better; ratio core ÷ fetch). Medians, contenders interleaved.`,
    ].join('\n\n'),
    columns: ['profile', 'measure', 'core', 'plain fetch', 'core/fetch', 'difference'],
    rows,
    targets,
    notes: END_TO_END_FINDINGS,
  };
}
