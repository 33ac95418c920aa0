import type { EmulatorStep } from '@resayil/emulator';
import { BENCH_KEY } from '../fixtures/record-stream.ts';
import { sampleText } from '../fixtures/sample-text.ts';
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

const growth = (report: MemoryReport) => ({
  heap: report.peak.heapUsed - report.baseline.heapUsed,
  live: report.live.heapUsed - report.baseline.heapUsed,
  rss: report.peak.rss - report.baseline.rss,
  retained: report.after.heapUsed - report.baseline.heapUsed,
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
    const stepFor = (chars: number): EmulatorStep => ({
      path: '/v1/messages',
      reply: { content: [{ type: 'text', text: sampleText('latin', chars) }] },
    });
    // Calibrate: stream bytes per character of text, then size each reply to its target.
    const probeChars = 200_000;
    await emulator.enqueue(stepFor(probeChars));
    const bytesPerChar = (await countStreamBytes(emulator.url)) / probeChars;
    const reference: Partial<Record<MemoryPath, { heap: number; live: number }>> = {};
    for (const sizeMB of sizes) {
      const chars = Math.round((sizeMB * 1e6) / bytesPerChar);
      const step = stepFor(chars);
      await emulator.enqueue(step);
      const streamBytes = await countStreamBytes(emulator.url);
      for (const path of Object.keys(PATHS) as MemoryPath[]) {
        const reports: MemoryReport[] = [];
        for (let i = 0; i < runs; i++) {
          await emulator.enqueue(step);
          reports.push(await runMemoryWorker({ path, url: emulator.url, apiKey: BENCH_KEY }));
        }
        const heap = median(reports.map((r) => growth(r).heap));
        const live = median(reports.map((r) => growth(r).live));
        const rss = median(reports.map((r) => growth(r).rss));
        const retained = median(reports.map((r) => growth(r).retained));
        reference[path] ??= { heap, live };
        const ratio = heap / reference[path].heap;
        const liveRatio = live / reference[path].live;
        const lengthRatio = sizeMB / (sizes[0] as number);
        rows.push([
          PATHS[path],
          `${fixed(streamBytes / 1e6, 1)} MB (${fixed(chars / 1e6, 2)} M chars of text)`,
          mebibytes(heap),
          mebibytes(live),
          mebibytes(rss),
          mebibytes(retained),
          sizeMB === sizes[0]
            ? 'reference'
            : `${times(ratio)} / ${times(liveRatio)} for ${times(lengthRatio)} the stream`,
          `${fixed(median(reports.map((r) => r.elapsedMs)) / 1000, 1)} s`,
        ]);
        if (sizeMB !== sizes[0]) {
          const kase = `${PATHS[path]}, ${sizeMB} MB`;
          const goal = (what: string) =>
            `memory flat in the stream's length (${what} ≤ 1.5× for ${times(lengthRatio)} the stream)`;
          targets.push(
            {
              id: 'peak-heap-growth',
              goal: goal('peak heap growth'),
              case: kase,
              value: times(ratio),
              met: ratio <= 1.5,
            },
            {
              id: 'live-heap-per-char',
              goal: goal('live heap at the end'),
              case: kase,
              value: times(liveRatio),
              met: liveRatio <= 1.5,
            },
          );
        }
      }
    }
  } finally {
    await emulator.close();
  }
  return {
    title: 'Memory on a long stream',
    description: [
      `A long Latin reply (\`resayil\` profile: data-only events, one word-sized text delta each) streamed from an emulator in its own process, each run in a fresh Node process started with \`--expose-gc\`. Memory is sampled every 5 ms while the stream runs; growth is the peak over the baseline taken after a full GC (garbage not yet collected included). Live heap at the end: after a full GC at the end of the stream, with what the caller still holds (core: the final message; the route helper: nothing). Left after release: after dropping that too and a full GC. Medians of ${runs} runs.`,
      `- **core**: \`client.messages.stream()\`, every event iterated, then \`finalMessage()\` (kept until the live sample). **core, \`keepText: false\`**: the same with the stream option that keeps no text in the message.`,
      `- **route helper**: \`createChatRouteHandler\` called with a \`Request\`, its response body drained as fast as an HTTP server would take it.`,
      `The reference for the ratios is the same path on the ${sizes[0]} MB stream: flat memory gives 1×, memory proportional to the stream gives the length ratio. The peak is what the issue asks for; the live heap separates what is kept from garbage not yet collected.`,
    ].join('\n'),
    columns: [
      'path',
      'stream',
      'peak heap growth',
      'live heap at the end',
      'peak RSS growth',
      'left after release',
      'vs smallest: peak / live',
      'time',
    ],
    rows,
    targets,
    notes: MEMORY_FINDINGS,
  };
}
