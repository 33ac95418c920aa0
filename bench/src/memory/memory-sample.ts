/** Memory of a process at one moment, in bytes. */
export interface MemorySample {
  rss: number;
  heapUsed: number;
  /** Memory of `ArrayBuffer`s and other off-heap allocations. */
  external: number;
  /**
   * The JS heap outside V8's young generation (every heap space but `new_space` and
   * `new_large_object_space`): what the process holds or has promoted, without the young garbage
   * whose room V8 enlarges while a process runs.
   */
  oldGeneration: number;
}

/** What a memory worker reports on stdout, as one JSON line. */
export interface MemoryReport {
  /** After a full GC, before the stream. */
  baseline: MemorySample;
  /** The highest value of each field over the samples taken while the stream ran (garbage included). */
  peak: MemorySample;
  /** At the end of the stream, after a full GC, with what the caller keeps (core: the final message) still held. */
  live: MemorySample;
  /** After the stream, its results dropped, and a full GC. */
  after: MemorySample;
  samples: number;
  /** Through core: characters of text received; through the route helper: bytes it sent. */
  received: number;
  elapsedMs: number;
}

/** Which path a memory worker streams through. */
export type MemoryPath = 'core' | 'core-no-text' | 'route';

/** The worker's arguments, as JSON in `argv[2]`. */
export interface MemoryWorkerArgs {
  path: MemoryPath;
  url: string;
  apiKey: string;
}
