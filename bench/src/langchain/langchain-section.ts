import { ChatAnthropic } from '@langchain/anthropic';
import { ChatResayil } from '@resayil/langchain';
import { BENCH_KEY } from '../fixtures/record-stream.ts';
import { sampleText } from '../fixtures/sample-text.ts';
import { spawnEmulator } from '../process/spawn-emulator.ts';
import { LANGCHAIN_FINDINGS } from '../report/findings.ts';
import { fixed, times } from '../report/format.ts';
import type { Section } from '../report/section.ts';
import { runInterleaved, type InterleaveOptions } from '../stats/measure-interleaved.ts';
import { median } from '../stats/percentile.ts';
import { chatModelStream, type ChatModelRun } from './chat-model-stream.ts';

/** Options of the LangChain benchmark. */
export interface LangChainOptions extends InterleaveOptions {
  /** Characters of the scripted reply. Default 6000 (about 1000 tokens). */
  chars?: number;
}

const MODEL = 'qwen3.5:397b';
const PROMPT = 'Tell me a long story.';

/**
 * `ChatResayil` against `ChatAnthropic` (`@langchain/anthropic`, on the official SDK) streaming the
 * same reply from the same emulator (its own process, `anthropic` profile, since the official SDK
 * drops data-only events): cost per chunk, wall time and this process's CPU time.
 */
export async function langchainSection(options: LangChainOptions = {}): Promise<Section> {
  const emulator = await spawnEmulator({ profile: 'anthropic', apiKeys: [BENCH_KEY] });
  const text = sampleText('arabic', options.chars ?? 6000);
  const step = { path: '/v1/messages', reply: { content: [{ type: 'text' as const, text }] } };
  try {
    const resayil = new ChatResayil({
      apiKey: BENCH_KEY,
      baseURL: emulator.url,
      model: MODEL,
      maxTokens: 4096,
      maxRetries: 0,
    });
    const anthropic = new ChatAnthropic({
      apiKey: BENCH_KEY,
      anthropicApiUrl: emulator.url,
      model: MODEL,
      maxTokens: 4096,
      maxRetries: 0,
    });
    const results = await runInterleaved(
      {
        ChatResayil: async () => {
          await emulator.enqueue(step);
          return chatModelStream(resayil, PROMPT);
        },
        ChatAnthropic: async () => {
          await emulator.enqueue(step);
          return chatModelStream(anthropic, PROMPT);
        },
      },
      options,
    );
    for (const [name, runs] of Object.entries(results)) {
      if (runs.some((run) => run.text !== text))
        throw new Error(`${name} did not reproduce the reply's text`);
    }
    const per = (
      runs: ChatModelRun[],
      pick: (run: ChatModelRun) => number,
      by: (run: ChatModelRun) => number,
    ) => median(runs.map((run) => (pick(run) * 1000) / by(run)));
    const rows: string[][] = [];
    const add = (measure: string, pick: (run: ChatModelRun) => number, by: (run: ChatModelRun) => number) => {
      const ours = per(results.ChatResayil, pick, by);
      const theirs = per(results.ChatAnthropic, pick, by);
      rows.push([measure, `${fixed(ours, 1)} µs`, `${fixed(theirs, 1)} µs`, times(ours / theirs)]);
      return ours / theirs;
    };
    const chunks = (run: ChatModelRun) => run.chunks;
    const wallRatio = add('wall time per chunk', (run) => run.wallMs, chunks);
    const cpuRatio = add('client CPU time per chunk', (run) => run.cpuMs, chunks);
    const textLength = (run: ChatModelRun) => run.text.length / 100;
    add('client CPU time per 100 characters of text', (run) => run.cpuMs, textLength);
    const chunkCounts = `${median(results.ChatResayil.map(chunks))} / ${median(results.ChatAnthropic.map(chunks))}`;
    return {
      title: 'LangChain: ChatResayil against ChatAnthropic',
      description: [
        `Both models stream the same scripted Arabic reply (${text.length} characters) from one emulator in its own process (\`anthropic\` profile: \`ChatAnthropic\` is built on the official SDK, which drops data-only events), with \`model.stream(prompt)\`, interleaved. Chunks per reply, ChatResayil / ChatAnthropic: ${chunkCounts}. Client CPU time is this process's user + system time while the stream ran (the emulator runs elsewhere), so it is the cost of the client alone. Ratios are ChatResayil ÷ ChatAnthropic (lower is better); both reproduce the reply's text exactly.`,
      ].join('\n'),
      columns: ['measure (median)', 'ChatResayil', 'ChatAnthropic', 'ChatResayil/ChatAnthropic'],
      rows,
      targets: [
        {
          id: 'langchain-vs-chatanthropic',
          goal: 'ChatResayil no slower per chunk than ChatAnthropic',
          case: 'client CPU time per chunk',
          value: times(cpuRatio),
          met: cpuRatio <= 1,
        },
        {
          id: 'langchain-vs-chatanthropic',
          goal: 'ChatResayil no slower per chunk than ChatAnthropic',
          case: 'wall time per chunk',
          value: times(wallRatio),
          met: wallRatio <= 1,
        },
      ],
      notes: LANGCHAIN_FINDINGS,
    };
  } finally {
    await emulator.close();
  }
}
