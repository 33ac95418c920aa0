import { Resayil, createChatRouteHandler } from '@resayil/core';
import { coreStream } from '../e2e/core-stream.ts';
import { fetchStream } from '../e2e/fetch-stream.ts';
import { msPerToken, ttftMs, type TokenTimes } from '../e2e/token-times.ts';
import { BENCH_KEY, messagesParams } from '../fixtures/record-stream.ts';
import { sampleText } from '../fixtures/sample-text.ts';
import { spawnEmulator } from '../process/spawn-emulator.ts';
import { PROXY_FINDINGS } from '../report/findings.ts';
import { fixed, signedMs, times } from '../report/format.ts';
import type { Section, Target } from '../report/section.ts';
import { runInterleaved, type InterleaveOptions } from '../stats/measure-interleaved.ts';
import { median, percentile } from '../stats/percentile.ts';
import { pipeHandler } from './pipe-handler.ts';
import { routeStream } from './route-stream.ts';
import { serveFetchHandler } from './serve-fetch-handler.ts';
import { tapFetch, type Arrival } from './tap-fetch.ts';
import { tokenArrivals } from './token-arrivals.ts';

/** Options of the proxy benchmark. */
export interface ProxyOptions extends InterleaveOptions {
  /** Milliseconds between events of the paced stream. Default 5. */
  intervalMs?: number;
}

type Path = 'route' | 'pipe' | 'direct';

/** What the route helper added per token over the pipe before it batched its writes (2026-11-24 run, ms). */
export const ADDED_PER_TOKEN_BEFORE_MS = 0.0078;
/** The most it may add to the time to first token over the pipe, in ms. */
export const TTFT_ADDED_LIMIT_MS = 0.5;

const PROMPT = 'Tell me a story.';

/** Per-token latency of one run: when the consumer got token i minus when its bytes reached the fetch that read the emulator. */
function latencies(run: TokenTimes, arrivals: readonly Arrival[]): number[] {
  const upstream = tokenArrivals(arrivals);
  if (upstream.length !== run.times.length) {
    throw new Error(`${upstream.length} tokens reached fetch but ${run.times.length} came out`);
  }
  return run.times.map((at, i) => at - (upstream[i] as number));
}

/**
 * The route helper as a proxy. `createChatRouteHandler` is served over HTTP in this process (as
 * Next.js would) in front of an emulator in another process, and read with `readChatStream`.
 * References: the direct stream (core's `messages.stream()` reading the emulator itself) and a
 * bare pipe proxy (the same HTTP hop, the gateway's bytes passed through untouched).
 */
export async function proxySection(options: ProxyOptions = {}): Promise<Section> {
  const emulator = await spawnEmulator({ profile: 'resayil', apiKeys: [BENCH_KEY] });
  const arrivals: Record<Path, Arrival[]> = { route: [], pipe: [], direct: [] };
  const route = await serveFetchHandler(
    createChatRouteHandler({
      client: new Resayil({
        apiKey: BENCH_KEY,
        baseURL: emulator.url,
        maxRetries: 0,
        fetch: tapFetch(arrivals.route),
      }),
      model: 'qwen3.5:397b',
      maxTokens: 4096,
    }),
  );
  const pipe = await serveFetchHandler(pipeHandler(emulator.url, BENCH_KEY, tapFetch(arrivals.pipe)));
  const client = new Resayil({
    apiKey: BENCH_KEY,
    baseURL: emulator.url,
    maxRetries: 0,
    fetch: tapFetch(arrivals.direct),
  });
  const params = messagesParams(PROMPT);
  const pipeBody = JSON.stringify({ ...params, stream: true });
  const intervalMs = options.intervalMs ?? 5;
  try {
    const run = (text: string, paced: boolean, interleave: InterleaveOptions) => {
      const step = {
        path: '/v1/messages',
        reply: { content: [{ type: 'text' as const, text }] },
        ...(paced ? { fault: { type: 'slow' as const, tokenIntervalMs: intervalMs } } : {}),
      };
      const measured = (path: Path, stream: () => Promise<TokenTimes>) => async () => {
        arrivals[path].length = 0;
        await emulator.enqueue(step);
        const timing = await stream();
        return { timing, latencies: paced ? latencies(timing, arrivals[path]) : [] };
      };
      return runInterleaved(
        {
          route: measured('route', () => routeStream(route.url, PROMPT)),
          pipe: measured('pipe', () =>
            fetchStream(pipe.url, { 'content-type': 'application/json' }, pipeBody),
          ),
          direct: measured('direct', () => coreStream(client, params)),
        },
        interleave,
      );
    };
    // A first token is a few milliseconds, and its median moves with the machine: five times the runs.
    const short = await run(sampleText('arabic', 300), false, { ...options, runs: 5 * (options.runs ?? 15) });
    const long = await run(sampleText('arabic', 2400), false, options);
    const paced = await run(sampleText('arabic', 300), true, {
      warmup: 1,
      runs: Math.max(3, Math.ceil((options.runs ?? 15) / 3)),
    });
    type Results = Awaited<ReturnType<typeof run>>;
    const count = (results: Results) => results.direct[0]?.timing.times.length ?? 0;
    const rows: string[][] = [];
    const addRow = (measure: string, results: Results, of: (runs: Results[Path]) => number, decimals = 3) => {
      const [r, p, d] = (['route', 'pipe', 'direct'] as const).map((path) => of(results[path])) as [
        number,
        number,
        number,
      ];
      rows.push([
        measure,
        `${fixed(r, decimals)} ms`,
        `${fixed(p, decimals)} ms`,
        `${fixed(d, decimals)} ms`,
        times(r / d),
        signedMs(r - d, decimals),
        signedMs(r - p, decimals),
      ]);
      return r - p;
    };
    const medianOf = (pick: (timing: TokenTimes) => number) => (runs: Results[Path]) =>
      median(runs.map((r) => pick(r.timing)));
    const latency = (p: number) => (runs: Results[Path]) =>
      percentile(
        runs.flatMap((r) => r.latencies),
        p,
      );
    const ttftAdded = addRow('time to first token', short, medianOf(ttftMs));
    const perTokenAdded = addRow('time per token at full speed', long, medianOf(msPerToken), 4);
    const perTokenLimit = ADDED_PER_TOKEN_BEFORE_MS / 2;
    const targets: Target[] = [
      {
        id: 'route-helper-per-token',
        goal: `route helper's own cost per token (added vs pipe) at most half of the ${signedMs(ADDED_PER_TOKEN_BEFORE_MS, 4)} of 2026-11-24: ≤ ${signedMs(perTokenLimit, 4)}`,
        case: `${count(long)}-token reply at full speed`,
        value: signedMs(perTokenAdded, 4),
        met: perTokenAdded <= perTokenLimit,
      },
      {
        id: 'route-helper-ttft',
        goal: `route helper adds ≤ ${TTFT_ADDED_LIMIT_MS} ms to time to first token over the pipe`,
        case: `${count(short)}-token reply at full speed`,
        value: signedMs(ttftAdded, 3),
        met: ttftAdded <= TTFT_ADDED_LIMIT_MS,
      },
    ];
    addRow('per-token latency, paced, median', paced, latency(50));
    addRow('per-token latency, paced, p99', paced, latency(99));
    return {
      title: 'The route helper as a proxy',
      description: [
        "`createChatRouteHandler` served by `node:http` in the bench process (as `next start` would) in front of an emulator in its own process (`resayil` profile), read by `fetch` + `readChatStream` as a browser would. References: **direct**, core's `messages.stream()` reading the emulator itself; **pipe**, a bare proxy on the same kind of server that forwards the request and passes the gateway's bytes through untouched (read with the plain-fetch client), i.e. the cost of the second HTTP hop alone. Ratios are route helper ÷ direct (lower is better).",
        `- Time to first token: a ${count(short)}-token Arabic reply at full speed. Time per token: a ${count(long)}-token reply at full speed, the whole stream's time ÷ tokens, so it includes the per-chunk cost of both hops.`,
        `- Per-token latency: a ${count(paced)}-token reply paced at one event every ${intervalMs} ms. The \`fetch\` that reads the emulator records when each chunk arrives; a token's latency is when the consumer got it minus when its bytes arrived from the emulator. Direct, that is core's decoding alone; through the route helper, core's decoding, the helper, the HTTP hop and \`readChatStream\`. Median and 99th percentile over every token of every run.`,
      ].join('\n'),
      columns: [
        'measure',
        'route helper',
        'pipe',
        'direct',
        'route/direct',
        'added vs direct',
        'added vs pipe',
      ],
      rows,
      targets,
      notes: PROXY_FINDINGS,
    };
  } finally {
    await route.close();
    await pipe.close();
    await emulator.close();
  }
}
