import { performance } from 'node:perf_hooks';
import type { TokenTimes } from '../e2e/token-times.ts';
import { peakOverlap } from './peak-overlap.ts';

/** What N streams started at once came to. */
export interface ConcurrentOutcome {
  /** Time to first token of each stream that succeeded, in ms. */
  ttfts: number[];
  /** Messages of the failures, by message. */
  errors: Map<string, number>;
  /** From the first call to the last stream's end. */
  wallMs: number;
  /** The most streams open at one moment (from a stream's call to its end), over the streams that succeeded. */
  peakOpen: number;
  /** This process's heap in use and resident set before the round and at their highest during it, in bytes. */
  memory: { baseline: NodeJS.MemoryUsage; peak: { heapUsed: number; rss: number } };
}

/** Milliseconds between memory samples while the streams run. */
const SAMPLE_MS = 20;

/**
 * Starts `count` streams in the same tick and waits for all of them, sampling this process's
 * memory while they run (garbage not yet collected included).
 */
export async function concurrentStreams(
  count: number,
  stream: () => Promise<TokenTimes>,
): Promise<ConcurrentOutcome> {
  const baseline = process.memoryUsage();
  const peak = { heapUsed: baseline.heapUsed, rss: baseline.rss };
  const sample = () => {
    const now = process.memoryUsage();
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    peak.rss = Math.max(peak.rss, now.rss);
  };
  const sampler = setInterval(sample, SAMPLE_MS);
  const start = performance.now();
  const settled = await Promise.allSettled(Array.from({ length: count }, () => stream()));
  const wallMs = performance.now() - start;
  clearInterval(sampler);
  sample();
  const ttfts: number[] = [];
  const spans: { start: number; end: number }[] = [];
  const errors = new Map<string, number>();
  for (const result of settled) {
    if (result.status === 'fulfilled' && result.value.times.length > 0) {
      ttfts.push((result.value.times[0] as number) - result.value.start);
      spans.push(result.value);
    } else {
      const message =
        result.status === 'rejected'
          ? result.reason instanceof Error
            ? `${result.reason.name}: ${result.reason.message}`
            : String(result.reason)
          : 'no token';
      errors.set(message, (errors.get(message) ?? 0) + 1);
    }
  }
  return { ttfts, errors, wallMs, peakOpen: peakOverlap(spans), memory: { baseline, peak } };
}
