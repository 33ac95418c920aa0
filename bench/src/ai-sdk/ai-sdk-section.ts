import { createAnthropic } from '@ai-sdk/anthropic';
import { createResayil } from '@resayil/ai-sdk-provider';
import { BENCH_KEY, recordStream } from '../fixtures/record-stream.ts';
import { sampleText } from '../fixtures/sample-text.ts';
import { spawnEmulator } from '../process/spawn-emulator.ts';
import { fixed, times } from '../report/format.ts';
import type { Section, Target } from '../report/section.ts';
import { runInterleaved, type InterleaveOptions } from '../stats/measure-interleaved.ts';
import { median } from '../stats/percentile.ts';
import { AI_SDK_FINDINGS } from './ai-sdk-findings.ts';
import { countConnections } from './count-connections.ts';
import { replayFetch } from './replay-fetch.ts';
import { streamTextRun, type StreamTextRun } from './stream-text-run.ts';

/** Options of the AI SDK benchmark. */
export interface AiSdkOptions extends InterleaveOptions {
  /** Characters of the scripted reply. Default 6000 (about 1000 tokens). */
  chars?: number;
}

/** The section's target: its id in `BENCHMARKS.json` and the goal its rows are checked against. */
export const AI_SDK_TARGET = {
  id: 'ai-sdk-vs-ai-sdk-anthropic',
  goal: '@resayil/ai-sdk-provider no slower than @ai-sdk/anthropic',
} as const;

const MODEL = 'qwen3.5:397b';
const PROMPT = 'Tell me a long story.';

type Runs = Record<'resayil' | 'anthropic', StreamTextRun[]>;

/**
 * `@resayil/ai-sdk-provider` against `@ai-sdk/anthropic` pointed at the same emulator with
 * `baseURL` (its own process, `anthropic` profile, the one format both read), each through
 * `streamText`: client CPU time per streamed chunk, wall time per chunk, and time to first token,
 * over the socket and, for the client's own share of it, from the same stream replayed in memory.
 */
export async function aiSdkSection(options: AiSdkOptions = {}): Promise<Section> {
  const emulator = await spawnEmulator({ profile: 'anthropic', apiKeys: [BENCH_KEY] });
  const text = sampleText('arabic', options.chars ?? 6000);
  const reply = { content: [{ type: 'text' as const, text }] };
  const step = { path: '/v1/messages', reply };
  try {
    const resayil = createResayil({ apiKey: BENCH_KEY, baseURL: emulator.url })(MODEL);
    const anthropic = createAnthropic({ apiKey: BENCH_KEY, baseURL: `${emulator.url}/v1` })(MODEL);
    const connections = countConnections();
    const live: Runs = await runInterleaved(
      {
        resayil: async () => {
          await emulator.enqueue(step);
          return streamTextRun(resayil, PROMPT);
        },
        anthropic: async () => {
          await emulator.enqueue(step);
          return streamTextRun(anthropic, PROMPT);
        },
      },
      options,
    );
    connections.stop();
    const requests = 2 * ((options.warmup ?? 3) + (options.runs ?? 15));
    // The same stream from memory: what is left of the time to first token is the client's.
    const fetch = replayFetch(await recordStream(emulator, reply));
    const offline = { apiKey: BENCH_KEY, baseURL: 'http://127.0.0.1:9', fetch };
    const resayilReplay = createResayil(offline)(MODEL);
    const anthropicReplay = createAnthropic({ ...offline, baseURL: `${offline.baseURL}/v1` })(MODEL);
    const replayed: Runs = await runInterleaved(
      {
        resayil: () => streamTextRun(resayilReplay, PROMPT),
        anthropic: () => streamTextRun(anthropicReplay, PROMPT),
      },
      options,
    );
    for (const runs of [live, replayed]) {
      for (const [name, list] of Object.entries(runs)) {
        if (list.some((run) => run.text !== text))
          throw new Error(`${name} did not reproduce the reply's text`);
      }
    }

    const rows: string[][] = [];
    const add = (
      runs: Runs,
      measure: string,
      value: (run: StreamTextRun) => number,
      unit: 'µs' | 'ms',
    ): number => {
      const ours = median(runs.resayil.map(value));
      const theirs = median(runs.anthropic.map(value));
      const digits = unit === 'µs' ? 1 : 2;
      rows.push([
        measure,
        `${fixed(ours, digits)} ${unit}`,
        `${fixed(theirs, digits)} ${unit}`,
        times(ours / theirs),
      ]);
      return ours / theirs;
    };
    const cpuRatio = add(live, 'client CPU time per chunk', (run) => (run.cpuMs * 1000) / run.chunks, 'µs');
    const wallRatio = add(live, 'wall time per chunk', (run) => (run.wallMs * 1000) / run.chunks, 'µs');
    const ttftRatio = add(live, 'time to first token', (run) => run.ttftMs, 'ms');
    const clientTtftRatio = add(
      replayed,
      'time to first token, stream replayed from memory',
      (run) => run.ttftMs,
      'ms',
    );
    const chunkCounts = `${median(live.resayil.map((run) => run.chunks))} / ${median(live.anthropic.map((run) => run.chunks))}`;
    const target = (kase: string, ratio: number): Target => ({
      id: AI_SDK_TARGET.id,
      goal: AI_SDK_TARGET.goal,
      case: kase,
      value: times(ratio),
      met: ratio <= 1,
    });
    return {
      title: 'AI SDK: @resayil/ai-sdk-provider against @ai-sdk/anthropic',
      description: [
        `**Goal: ${AI_SDK_TARGET.goal}** in client CPU time per chunk, wall time per chunk and time to first token (every ratio at most 1×).`,
        `Both providers stream the same scripted Arabic reply (${text.length} characters) from one emulator in its own process (\`anthropic\` profile, the only one \`@ai-sdk/anthropic\` can read) through \`streamText({ model, prompt }).fullStream\` of \`ai\` 7, interleaved, after the same warm-up rounds; \`@ai-sdk/anthropic\` is pointed at the emulator with \`baseURL\`. Both use the global \`fetch\`, so they share one keep-alive connection pool: the ${requests} requests over the socket (warm-up included) opened ${connections.opened === 1 ? 'one connection' : `${connections.opened} connections`} between them. Text deltas per reply, resayil / anthropic: ${chunkCounts}. Client CPU time is this process's user + system time while the stream ran (the emulator runs elsewhere), so it is the cost of the client alone, the AI SDK's own work included; time to first token runs from the call to the first text delta.`,
        "Most of the time to first token over the socket is the emulator's: the same wait for both providers, and the part that moves from run to run on a shared machine. The last row takes it out: the emulator's recording of the same stream is handed to both providers by an injected `fetch`, one event per read, with no socket, so what remains is the AI SDK's and the provider's own path to the first token (request building, reading and mapping the first events).",
        "Ratios are resayil ÷ anthropic (lower is better); both reproduce the reply's text exactly in every run.",
      ].join('\n\n'),
      columns: ['measure (median)', '@resayil/ai-sdk-provider', '@ai-sdk/anthropic', 'resayil/anthropic'],
      rows,
      targets: [
        target('client CPU time per chunk', cpuRatio),
        target('wall time per chunk', wallRatio),
        target('time to first token', ttftRatio),
        target('time to first token, stream replayed from memory', clientTtftRatio),
      ],
      notes: AI_SDK_FINDINGS,
    };
  } finally {
    await emulator.close();
  }
}
