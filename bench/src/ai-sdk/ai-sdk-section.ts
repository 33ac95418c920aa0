import { createAnthropic } from '@ai-sdk/anthropic';
import { createResayil } from '@resayil/ai-sdk-provider';
import { BENCH_KEY } from '../fixtures/record-stream.ts';
import { sampleText } from '../fixtures/sample-text.ts';
import { spawnEmulator } from '../process/spawn-emulator.ts';
import { fixed, times } from '../report/format.ts';
import type { Section } from '../report/section.ts';
import { runInterleaved, type InterleaveOptions } from '../stats/measure-interleaved.ts';
import { median } from '../stats/percentile.ts';
import { streamTextRun, type StreamTextRun } from './stream-text-run.ts';

/** Options of the AI SDK benchmark. */
export interface AiSdkOptions extends InterleaveOptions {
  /** Characters of the scripted reply. Default 6000 (about 1000 tokens). */
  chars?: number;
}

const MODEL = 'qwen3.5:397b';
const PROMPT = 'Tell me a long story.';

/**
 * `@resayil/ai-sdk-provider` against `@ai-sdk/anthropic` pointed at the same emulator with
 * `baseURL` (its own process, `anthropic` profile, the one format both read), each through
 * `streamText`: client CPU time per streamed chunk, wall time per chunk, and time to first token.
 */
export async function aiSdkSection(options: AiSdkOptions = {}): Promise<Section> {
  const emulator = await spawnEmulator({ profile: 'anthropic', apiKeys: [BENCH_KEY] });
  const text = sampleText('arabic', options.chars ?? 6000);
  const step = { path: '/v1/messages', reply: { content: [{ type: 'text' as const, text }] } };
  try {
    const resayil = createResayil({ apiKey: BENCH_KEY, baseURL: emulator.url })(MODEL);
    const anthropic = createAnthropic({ apiKey: BENCH_KEY, baseURL: `${emulator.url}/v1` })(MODEL);
    const results = await runInterleaved(
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
    for (const [name, runs] of Object.entries(results)) {
      if (runs.some((run) => run.text !== text))
        throw new Error(`${name} did not reproduce the reply's text`);
    }
    const rows: string[][] = [];
    const add = (measure: string, value: (run: StreamTextRun) => number, unit: 'µs' | 'ms') => {
      const ours = median(results.resayil.map(value));
      const theirs = median(results.anthropic.map(value));
      const digits = unit === 'µs' ? 1 : 2;
      rows.push([
        measure,
        `${fixed(ours, digits)} ${unit}`,
        `${fixed(theirs, digits)} ${unit}`,
        times(ours / theirs),
      ]);
      return ours / theirs;
    };
    const cpuRatio = add('client CPU time per chunk', (run) => (run.cpuMs * 1000) / run.chunks, 'µs');
    const wallRatio = add('wall time per chunk', (run) => (run.wallMs * 1000) / run.chunks, 'µs');
    const ttftRatio = add('time to first token', (run) => run.ttftMs, 'ms');
    const chunkCounts = `${median(results.resayil.map((run) => run.chunks))} / ${median(results.anthropic.map((run) => run.chunks))}`;
    const goal = '@resayil/ai-sdk-provider no slower than @ai-sdk/anthropic';
    return {
      title: 'AI SDK: @resayil/ai-sdk-provider against @ai-sdk/anthropic',
      description: [
        `Both providers stream the same scripted Arabic reply (${text.length} characters) from one emulator in its own process (\`anthropic\` profile, the only one \`@ai-sdk/anthropic\` can read) through \`streamText({ model, prompt }).fullStream\` of \`ai\` 7, interleaved; \`@ai-sdk/anthropic\` is pointed at the emulator with \`baseURL\`. Text deltas per reply, resayil / anthropic: ${chunkCounts}. Client CPU time is this process's user + system time while the stream ran (the emulator runs elsewhere), so it is the cost of the client alone, the AI SDK's own work included; time to first token runs from the call to the first text delta. Ratios are resayil ÷ anthropic (lower is better); both reproduce the reply's text exactly.`,
      ].join('\n'),
      columns: ['measure (median)', '@resayil/ai-sdk-provider', '@ai-sdk/anthropic', 'resayil/anthropic'],
      rows,
      targets: [
        {
          id: 'ai-sdk-vs-ai-sdk-anthropic',
          goal,
          case: 'client CPU time per chunk',
          value: times(cpuRatio),
          met: cpuRatio <= 1,
        },
        {
          id: 'ai-sdk-vs-ai-sdk-anthropic',
          goal,
          case: 'wall time per chunk',
          value: times(wallRatio),
          met: wallRatio <= 1,
        },
        {
          id: 'ai-sdk-vs-ai-sdk-anthropic',
          goal,
          case: 'time to first token',
          value: times(ttftRatio),
          met: ttftRatio <= 1,
        },
      ],
      notes: [],
    };
  } finally {
    await emulator.close();
  }
}
