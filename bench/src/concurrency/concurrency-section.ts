import { setTimeout } from 'node:timers/promises';
import { Resayil } from '@resayil/core';
import { coreStream } from '../e2e/core-stream.ts';
import { fetchStream } from '../e2e/fetch-stream.ts';
import { BENCH_KEY, messagesParams } from '../fixtures/record-stream.ts';
import { spawnEmulator, type EmulatorProcess } from '../process/spawn-emulator.ts';
import { CONCURRENCY_FINDINGS } from '../report/findings.ts';
import { fixed, times } from '../report/format.ts';
import type { Section, Target } from '../report/section.ts';
import { median, percentile } from '../stats/percentile.ts';
import { concurrentStreams, type ConcurrentOutcome } from './concurrent-streams.ts';
import { listenQueueLimit } from './listen-queue-limit.ts';
import { openFileLimit, raisedLimit } from './open-file-limit.ts';

/** Options of the concurrency benchmark. */
export interface ConcurrencyOptions {
  /** Default [100, 1000, 5000]. */
  levels?: number[];
  /** Rounds per level and client. Default 2. */
  runs?: number;
  /** Tokens per reply. Default 16. */
  tokens?: number;
  /** Milliseconds between events. Default 150: streams long enough that every stream of a round is open at once. */
  intervalMs?: number;
}

/** Files a process needs besides one socket per stream (its modules, pipes, the IPC channel). */
const SPARE_FILES = 256;

/**
 * How long the emulator keeps an idle connection (Node's default `keepAliveTimeout`), plus a
 * margin: waited between rounds, so that no round starts on connections the server is closing.
 */
const KEEP_ALIVE_MS = 5000 + 1000;

type Client = 'core' | 'fetch';

/** Whether every request of a round reached the emulator's log and ended there (completed, or the client left). */
interface Accounting {
  expected: number;
  logged: number;
  completed: number;
  ended: number;
}

async function account(emulator: EmulatorProcess, expected: number): Promise<Accounting> {
  const log = await emulator.requests();
  await emulator.reset();
  return {
    expected,
    logged: log.length,
    completed: log.filter((r) => r.completedAt !== undefined && r.status === 200).length,
    ended: log.filter((r) => r.completedAt !== undefined || r.clientDisconnected).length,
  };
}

/**
 * Many streams at once: an emulator in its own process streams a paced reply to N concurrent
 * requests from this process, through core and, as the reference, through plain `fetch`.
 * Reports errors, time to first token, the most streams open at once, this process's memory per
 * open stream, and whether the emulator's log accounts for every request.
 */
export async function concurrencySection(options: ConcurrencyOptions = {}): Promise<Section> {
  const levels = options.levels ?? [100, 1000, 5000];
  const runs = options.runs ?? 2;
  const tokens = options.tokens ?? 16;
  const intervalMs = options.intervalMs ?? 150;
  const limit = openFileLimit();
  // One socket per stream in this process and one in the emulator.
  const needed = Math.max(...levels) + SPARE_FILES;
  const childLimit = raisedLimit(limit, needed);
  const runnable = levels.filter((level) => limit === undefined || level + SPARE_FILES <= limit.soft);
  const skipped = levels.filter((level) => !runnable.includes(level));
  const queue = listenQueueLimit();
  const emulator = await spawnEmulator(
    {
      profile: 'resayil',
      apiKeys: [BENCH_KEY],
      latency: { firstTokenMs: 0, tokenIntervalMs: intervalMs },
      // Every stream of a round connects at once.
      backlog: Math.max(...levels),
    },
    { openFiles: childLimit },
  );
  const rows: string[][] = [];
  const targets: Target[] = [];
  const goal = `${Math.max(...levels)} concurrent streams from one process: 0 errors, every request ended in the emulator's log`;
  try {
    const client = new Resayil({ apiKey: BENCH_KEY, baseURL: emulator.url, maxRetries: 0, timeout: 60_000 });
    const params = messagesParams('Say something short about the sea.', tokens);
    const headers = {
      'content-type': 'application/json',
      'x-api-key': BENCH_KEY,
      'anthropic-version': '2023-06-01',
    };
    const body = JSON.stringify({ ...params, stream: true });
    const streams: Record<Client, () => ReturnType<typeof coreStream>> = {
      core: () => coreStream(client, params),
      fetch: () => fetchStream(emulator.url, headers, body),
    };
    let first = true;
    for (const level of runnable) {
      const outcomes: Record<Client, ConcurrentOutcome[]> = { core: [], fetch: [] };
      const accounts: Accounting[] = [];
      for (let round = 0; round < runs; round++) {
        for (const name of ['core', 'fetch'] as const) {
          if (!first) await setTimeout(KEEP_ALIVE_MS);
          first = false;
          outcomes[name].push(await concurrentStreams(level, streams[name]));
          accounts.push(await account(emulator, level));
        }
      }
      const summary = (list: ConcurrentOutcome[]) => ({
        errors: list.reduce((sum, o) => sum + [...o.errors.values()].reduce((a, b) => a + b, 0), 0),
        messages: [...new Set(list.flatMap((o) => [...o.errors.keys()]))],
        p50: median(list.map((o) => median(o.ttfts))),
        p99: median(list.map((o) => percentile(o.ttfts, 99))),
        peakOpen: Math.min(...list.map((o) => o.peakOpen)),
        heapPerStream: median(list.map((o) => (o.memory.peak.heapUsed - o.memory.baseline.heapUsed) / level)),
        rssPerStream: median(list.map((o) => (o.memory.peak.rss - o.memory.baseline.rss) / level)),
        wall: median(list.map((o) => o.wallMs)),
      });
      const core = summary(outcomes.core);
      const ref = summary(outcomes.fetch);
      const total = (key: keyof Accounting) => accounts.reduce((sum, a) => sum + a[key], 0);
      const accounted = total('logged') === total('expected') && total('ended') === total('expected');
      const kib = (bytes: number) => `${fixed(bytes / 1024, 1)} KiB`;
      rows.push([
        String(level),
        `${core.errors}${core.messages.length ? ` (${core.messages.join('; ')})` : ''} / ${ref.errors}`,
        String(core.peakOpen),
        `${fixed(core.p50, 1)} ms / ${fixed(ref.p50, 1)} ms (${times(core.p50 / ref.p50)})`,
        `${fixed(core.p99, 1)} ms / ${fixed(ref.p99, 1)} ms (${times(core.p99 / ref.p99)})`,
        `${kib(core.heapPerStream)} / ${kib(ref.heapPerStream)}`,
        `${kib(core.rssPerStream)} / ${kib(ref.rssPerStream)}`,
        `${total('logged')} of ${total('expected')} logged, ${total('completed')} completed`,
        `${fixed(core.wall / 1000, 2)} s / ${fixed(ref.wall / 1000, 2)} s`,
      ]);
      targets.push({
        id: 'concurrency',
        goal,
        case: `${level} streams × ${runs} rounds`,
        value: `${core.errors} errors; ${total('ended')} of ${total('expected')} requests ended in the log`,
        met: core.errors === 0 && ref.errors === 0 && accounted,
      });
    }
  } finally {
    await emulator.close();
  }
  for (const level of skipped) {
    targets.push({
      id: 'concurrency',
      goal,
      case: `${level} streams`,
      value: `not run: open-file limit ${limit?.soft}`,
      met: false,
    });
  }
  const limitText =
    limit === undefined
      ? 'unknown (no `sh`)'
      : `${limit.soft} (hard limit ${limit.hard})${childLimit === undefined ? '' : `; the emulator was started with ${childLimit}`}`;
  return {
    title: 'Concurrent streams',
    description: [
      `N streams started in the same tick from this process against an emulator in its own process (\`resayil\` profile, a ${tokens}-token reply paced at one event every ${intervalMs} ms, so that the streams of a round overlap). **core**: \`client.messages.stream()\` (one client); **fetch**: the plain-fetch reference of the end-to-end table. Both use Node's global \`fetch\` (undici's global agent: no limit on connections per origin). ${runs} rounds per level and client; time to first token is per stream, from its own call; its median and 99th percentile are per round, then the median over the rounds. Errors are summed over all rounds.`,
      `- **open at once**: the most core streams open at one moment (from call to end), the lowest over the rounds: the level itself when every stream of a round overlapped.`,
      `- **memory per open stream**: this process's growth (heap in use, resident set) from before the round to its highest while the streams ran, sampled every 20 ms, divided by N; garbage not yet collected included.`,
      `- **emulator log**: after each round the emulator's request log is read and emptied; every request must be in it and have ended (completed with 200, or the client disconnected).`,
      `- Between rounds the bench waits ${KEEP_ALIVE_MS / 1000} s, longer than the emulator keeps an idle connection, so that each round starts with none: a stream that picks a kept-alive socket just as the server closes it fails (\`UND_ERR_SOCKET\`), a race of HTTP keep-alive, not of either client.`,
      `Open-file limit (\`ulimit -n\`) of this process: ${limitText}. Each stream holds a socket here and one in the emulator: a level needs its number of streams plus about ${SPARE_FILES} in each process.`,
    ].join('\n'),
    columns: [
      'streams',
      'errors core / fetch',
      'open at once',
      'TTFT p50 core / fetch',
      'TTFT p99 core / fetch',
      'heap per open stream core / fetch',
      'RSS per open stream core / fetch',
      'emulator log',
      'wall time core / fetch',
    ],
    rows,
    targets,
    notes: [
      ...(skipped.length > 0
        ? [
            `Not run for want of files: ${skipped.join(', ')} streams need ${needed} open files in this process, whose limit is ${limit?.soft}. Raise it in the shell that runs the bench (\`ulimit -n ${needed}\`, up to the hard limit; beyond it, as root or in \`/etc/security/limits.conf\`), then run \`npm run bench\` again.`,
          ]
        : []),
      ...(queue !== undefined && queue < Math.max(...levels)
        ? [
            `The kernel queues at most ${queue} connections for a listening socket (\`net.core.somaxconn\`), fewer than the ${Math.max(...levels)} a round opens at once: the emulator accepts them as they come, but a queue that fills makes clients retry their connection a second or more later. Raise it with \`sudo sysctl -w net.core.somaxconn=${Math.max(...levels)}\` if the time to first token shows such steps.`,
          ]
        : []),
      ...CONCURRENCY_FINDINGS,
    ],
  };
}
