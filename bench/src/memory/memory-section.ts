import type { EmulatorStep } from '@resayil/emulator';
import { BENCH_KEY } from '../fixtures/record-stream.ts';
import { sampleText, type Script } from '../fixtures/sample-text.ts';
import { spawnEmulator } from '../process/spawn-emulator.ts';
import { MEMORY_FINDINGS } from '../report/findings.ts';
import { fixed, mebibytes, times } from '../report/format.ts';
import type { Section, Target } from '../report/section.ts';
import { median } from '../stats/percentile.ts';
import { countStreamBytes } from './count-stream-bytes.ts';
import type { MemoryPath, MemoryReport } from './memory-sample.ts';
import { runMemoryWorker } from './run-memory-worker.ts';

/** Options of the memory benchmark. */
export interface MemoryOptions {
  /** Stream sizes in MB (10⁶ bytes), smallest first; the smallest is the reference. Default [10, 50]. */
  sizesMB?: number[];
  /** Runs per path and size. Default 3. */
  runs?: number;
}

const PATHS: Record<MemoryPath, string> = {
  core: 'core `messages.stream()`',
  'core-no-text': 'core, `keepText: false`',
  route: 'route helper',
};

/**
 * What is measured: core keeping the text and not keeping it in both scripts (their difference is
 * what the text costs), the route helper in Latin.
 */
const CASES: ReadonlyArray<{ path: MemoryPath; script: Script }> = [
  { path: 'core-no-text', script: 'latin' },
  { path: 'core', script: 'latin' },
  { path: 'core-no-text', script: 'arabic' },
  { path: 'core', script: 'arabic' },
  { path: 'route', script: 'latin' },
];

/** The most the text of a reply may cost core, in bytes of live heap per character (UTF-16 code unit). */
const TEXT_BYTES_PER_CHAR = 2;

/**
 * Core's peak heap growth on the 50 MB stream before the text was kept in flat segments (medians
 * of 5 runs, 2026-12-06, this machine, core at the commit before its `TextBuffer`): the peak
 * target's reference, as no run can measure the old code beside the new.
 */
const PEAK_BEFORE_MIB: Partial<Record<Script, number>> = { latin: 31.2, arabic: 32.4 };

const growth = (report: MemoryReport) => ({
  heap: report.peak.heapUsed - report.baseline.heapUsed,
  old: report.peak.oldGeneration - report.baseline.oldGeneration,
  live: report.live.heapUsed - report.baseline.heapUsed,
  rss: report.peak.rss - report.baseline.rss,
  retained: report.after.heapUsed - report.baseline.heapUsed,
  // What the caller's result holds, in the same process: the live heap less what is left once it is dropped.
  held: report.live.heapUsed - report.after.heapUsed,
});

/**
 * Memory while a long stream goes through core and through the route helper, each run in a fresh
 * process with `--expose-gc`: peak growth of the JS heap and of RSS over the baseline after a full
 * GC, and what stays after the stream and a full GC. Flat means the growth does not follow the
 * stream's length.
 */
export async function memorySection(options: MemoryOptions = {}): Promise<Section> {
  const sizes = options.sizesMB ?? [10, 50];
  const runs = options.runs ?? 3;
  const emulator = await spawnEmulator({ profile: 'resayil', apiKeys: [BENCH_KEY] });
  const rows: string[][] = [];
  const targets: Target[] = [];
  try {
    const stepFor = (script: Script, chars: number): EmulatorStep => ({
      path: '/v1/messages',
      reply: { content: [{ type: 'text', text: sampleText(script, chars) }] },
    });
    const reference = new Map<string, { heap: number; old: number; live: number }>();
    for (const script of ['latin', 'arabic'] as const) {
      // Calibrate: stream bytes per character of text, then size each reply to its target.
      const probeChars = 200_000;
      await emulator.enqueue(stepFor(script, probeChars));
      const bytesPerChar = (await countStreamBytes(emulator.url)) / probeChars;
      for (const sizeMB of sizes) {
        const chars = Math.round((sizeMB * 1e6) / bytesPerChar);
        const step = stepFor(script, chars);
        await emulator.enqueue(step);
        const streamBytes = await countStreamBytes(emulator.url);
        const lengthRatio = sizeMB / (sizes[0] as number);
        const largest = sizeMB === sizes.at(-1);
        for (const { path } of CASES.filter((c) => c.script === script)) {
          const reports: MemoryReport[] = [];
          for (let i = 0; i < runs; i++) {
            await emulator.enqueue(step);
            reports.push(await runMemoryWorker({ path, url: emulator.url, apiKey: BENCH_KEY }));
          }
          const heap = median(reports.map((r) => growth(r).heap));
          const old = median(reports.map((r) => growth(r).old));
          const live = median(reports.map((r) => growth(r).live));
          const rss = median(reports.map((r) => growth(r).rss));
          const retained = median(reports.map((r) => growth(r).retained));
          const key = `${path}/${script}`;
          const ref = reference.get(key) ?? { heap, old, live };
          reference.set(key, ref);
          const ratio = heap / ref.heap;
          const oldRatio = old / ref.old;
          const liveRatio = live / ref.live;
          // What keeping the text costs: the live heap beside the same stream read without keeping it.
          const perChar = path === 'core' ? median(reports.map((r) => growth(r).held)) / chars : undefined;
          rows.push([
            PATHS[path],
            script,
            `${fixed(streamBytes / 1e6, 1)} MB (${fixed(chars / 1e6, 2)} M chars of text)`,
            mebibytes(heap),
            mebibytes(old),
            mebibytes(live),
            perChar === undefined ? '' : `${fixed(perChar, 2)} B`,
            mebibytes(rss),
            mebibytes(retained),
            sizeMB === sizes[0]
              ? 'reference'
              : `${times(ratio)} / ${times(oldRatio)} / ${times(liveRatio)} for ${times(lengthRatio)} the stream`,
            `${fixed(median(reports.map((r) => r.elapsedMs)) / 1000, 1)} s`,
          ]);
          const kase = `${PATHS[path]}, ${script}, ${sizeMB} MB`;
          if (path === 'core' && largest) {
            if (perChar !== undefined) {
              targets.push({
                id: 'live-heap-per-char',
                goal: `the text kept by core costs ≤ ${TEXT_BYTES_PER_CHAR} bytes of live heap per character`,
                case: kase,
                value: `${fixed(perChar, 2)} B`,
                // Judged on the figure shown (two decimals).
                met: Math.round(perChar * 100) / 100 <= TEXT_BYTES_PER_CHAR,
              });
            }
            const before = PEAK_BEFORE_MIB[script];
            if (before !== undefined && sizeMB === 50) {
              targets.push({
                id: 'peak-heap-growth',
                goal: "core's peak heap growth no worse than before the text was kept in flat segments",
                case: kase,
                value: `${mebibytes(heap)} (before: ${fixed(before, 1)} MiB)`,
                met: heap <= before * 1024 * 1024,
              });
            }
          } else if (path !== 'core' && sizeMB !== sizes[0]) {
            const goal = (what: string) =>
              `memory flat in the stream's length for the paths that keep no text (${what} ≤ 1.5× for ${times(lengthRatio)} the stream)`;
            targets.push(
              {
                id: 'memory-flat-without-text',
                goal: goal('peak heap growth outside the young generation'),
                case: kase,
                value: `${times(oldRatio)} (whole heap: ${times(ratio)})`,
                met: oldRatio <= 1.5,
              },
              {
                id: 'memory-flat-without-text',
                goal: goal('live heap at the end'),
                case: kase,
                value: times(liveRatio),
                met: liveRatio <= 1.5,
              },
            );
          }
        }
      }
    }
  } finally {
    await emulator.close();
  }
  return {
    title: 'Memory on a long stream',
    description: [
      `A long reply (\`resayil\` profile: data-only events, one word-sized text delta each), in Latin and in Arabic, streamed from an emulator in its own process, each run in a fresh Node process started with \`--expose-gc\`. Memory is sampled every 5 ms while the stream runs; growth is the peak over the baseline taken after a full GC (garbage not yet collected included). Live heap at the end: after a full GC at the end of the stream, with what the caller still holds (core: the final message; the route helper: nothing). Left after release: after dropping that too and a full GC. Medians of ${runs} runs.`,
      `**Outside the young generation**: the peak growth of V8's heap spaces other than its young generation (\`new_space\`, \`new_large_object_space\`, read with \`v8.getHeapSpaceStatistics()\`), i.e. what the process holds plus the garbage that survived long enough to be promoted. The young generation is where objects are born and most garbage dies; V8 enlarges it while a process runs (the more bytes have survived its collections: its \`new_space\` grew from 8 to 16 MiB during a 50 MB stream here, and may reach 32 MiB), so a fresh process's whole peak on a longer stream holds more young garbage not yet collected whatever the code does. Flatness in the stream's length is judged on the peak outside the young generation and on the live heap at the end; the whole peak is shown beside them.`,
      `- **core**: \`client.messages.stream()\`, every event iterated, then \`finalMessage()\` (kept until the live sample). **core, \`keepText: false\`**: the same with the stream option that keeps no text in the message.`,
      `- **route helper**: \`createChatRouteHandler\` called with a \`Request\`, its response body drained as fast as an HTTP server would take it.`,
      `**Text kept, per char**: what the text costs core, in bytes of live heap per character (UTF-16 code unit, as \`text.length\` counts): core's live heap at the end, with the final message held, less the heap once that message is dropped (both after a full GC, in the same process, so that nothing else differs), divided by the characters of text. A flat JavaScript string costs 1 byte per character when all of them are Latin-1 and 2 otherwise, so Arabic text cannot cost less than 2.`,
      `The reference for the ratios is the same path on the ${sizes[0]} MB stream: flat memory gives 1×, memory proportional to the stream gives the length ratio. The live heap separates what is kept from garbage not yet collected. Core's own peak, which follows the text it keeps, is compared with the figure measured before its text was kept in flat segments.`,
    ].join('\n'),
    columns: [
      'path',
      'script',
      'stream',
      'peak heap growth',
      'peak growth outside the young generation',
      'live heap at the end',
      'text kept, per char',
      'peak RSS growth',
      'left after release',
      'vs smallest: peak / outside young / live',
      'time',
    ],
    rows,
    targets,
    notes: MEMORY_FINDINGS,
  };
}
