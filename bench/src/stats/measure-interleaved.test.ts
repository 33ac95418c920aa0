import { describe, expect, it } from 'vitest';
import { measureInterleaved, runInterleaved } from './measure-interleaved.ts';

describe('runInterleaved', () => {
  it('rotates the order each round and drops the warm-up rounds', async () => {
    const order: string[] = [];
    let count = 0;
    const results = await runInterleaved(
      {
        a: async () => {
          order.push('a');
          return count++;
        },
        b: async () => {
          order.push('b');
          return count++;
        },
      },
      { warmup: 1, runs: 2 },
    );
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(results).toEqual({ a: [3, 4], b: [2, 5] });
  });

  it('measureInterleaved returns one duration per measured run', async () => {
    const samples = await measureInterleaved(
      { x: () => new Promise((r) => setTimeout(r, 1)) },
      { warmup: 0, runs: 3 },
    );
    expect(samples.x).toHaveLength(3);
    for (const ms of samples.x) expect(ms).toBeGreaterThan(0);
  });
});

describe('measureInterleaved with the CPU clock', () => {
  it('counts the CPU a run uses, not the time it waits', async () => {
    // Spins until it has used 20 ms of CPU itself (not 20 ms of wall time, which a loaded machine
    // may hand out as far less CPU), so the comparison holds however busy the machine is.
    const cpuMs = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const busy = async () => {
      const until = cpuMs() + 20;
      while (cpuMs() < until) {
        // spin
      }
    };
    const idle = () => new Promise((r) => setTimeout(r, 20));
    const samples = await measureInterleaved({ busy, idle }, { warmup: 0, runs: 3, clock: 'cpu' });
    expect(samples.busy).toHaveLength(3);
    expect(Math.min(...samples.busy)).toBeGreaterThan(Math.max(...samples.idle));
  });
});
