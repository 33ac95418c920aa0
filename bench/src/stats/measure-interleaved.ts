import { performance } from 'node:perf_hooks';

/** Options of {@link runInterleaved} and {@link measureInterleaved}. */
export interface InterleaveOptions {
  /** Untimed rounds first, so that every contender is compiled and warm. Default 3. */
  warmup?: number;
  /** Measured rounds. Default 15. */
  runs?: number;
}

/** Options of {@link measureInterleaved}. */
export interface MeasureOptions extends InterleaveOptions {
  /**
   * What a run's time is: `wall` (elapsed time, the default: right for anything that waits on
   * sockets or other processes) or `cpu` (this process's user + system CPU time: for work done
   * in memory, where it does not count the time other processes on a loaded machine take the
   * CPU away; it includes V8's helper threads, such as parallel GC).
   */
  clock?: 'wall' | 'cpu';
}

/**
 * Runs each contender `runs` times, interleaved (A B C, B C A, …) so that drift of the machine
 * (frequency, other load, GC debt) falls on all of them alike. Returns what each run returned,
 * by contender, warm-up rounds left out.
 */
export async function runInterleaved<Name extends string, T>(
  contenders: Record<Name, () => Promise<T>>,
  options: InterleaveOptions = {},
): Promise<Record<Name, T[]>> {
  const names = Object.keys(contenders) as Name[];
  const results = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<Name, T[]>;
  const warmup = options.warmup ?? 3;
  const runs = options.runs ?? 15;
  for (let round = 0; round < warmup + runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as Name;
      const result = await contenders[name]();
      if (round >= warmup) results[name].push(result);
    }
  }
  return results;
}

/** Milliseconds of CPU time this process has used (user + system). */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** {@link runInterleaved}, timing each run: milliseconds per run, by contender. */
export function measureInterleaved<Name extends string>(
  contenders: Record<Name, () => Promise<unknown>>,
  options: MeasureOptions = {},
): Promise<Record<Name, number[]>> {
  const now = options.clock === 'cpu' ? cpuMilliseconds : () => performance.now();
  const timed = Object.fromEntries(
    Object.entries<() => Promise<unknown>>(contenders).map(([name, run]) => [
      name,
      async () => {
        const start = now();
        await run();
        return now() - start;
      },
    ]),
  ) as Record<Name, () => Promise<number>>;
  return runInterleaved(timed, options);
}
