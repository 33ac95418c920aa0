// One memory measurement in a fresh process (run with --expose-gc): streams the reply the parent
// queued on the emulator through core or through the route helper, samples memory while it runs,
// and prints a MemoryReport as one JSON line.
import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { Resayil, createChatRouteHandler } from '@resayil/core';
import { messagesParams } from '../fixtures/record-stream.ts';
import type { MemoryReport, MemorySample, MemoryWorkerArgs } from './memory-sample.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run the memory worker with --expose-gc.');
const args = JSON.parse(process.argv[2] ?? '{}') as MemoryWorkerArgs;

/** V8's young generation: where new objects are allocated, and most garbage dies. */
const YOUNG_SPACES = new Set(['new_space', 'new_large_object_space']);

const oldGeneration = (): number =>
  getHeapSpaceStatistics()
    .filter((space) => !YOUNG_SPACES.has(space.space_name))
    .reduce((sum, space) => sum + space.space_used_size, 0);

const sample = (): MemorySample => {
  const usage = process.memoryUsage();
  return {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    external: usage.external,
    oldGeneration: oldGeneration(),
  };
};

/** Full GCs with turns of the event loop between them, so that what pending callbacks held is freed too. */
const fullGc = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
};

/**
 * Streams through core: every event iterated, then the final message (which holds the text,
 * unless `keepText` is false).
 */
async function throughCore(client: Resayil, keepText: boolean): Promise<{ received: number; kept: unknown }> {
  const stream = client.messages.stream(messagesParams('Tell me a very long story.'), { keepText });
  let chars = 0;
  for await (const event of stream) if (event.type === 'text_delta') chars += event.text.length;
  return { received: chars, kept: await stream.finalMessage() };
}

/** Streams through the route helper, its response body drained as an HTTP server would send it. Keeps nothing. */
async function throughRoute(client: Resayil): Promise<{ received: number; kept: unknown }> {
  const handler = createChatRouteHandler({ client, model: 'qwen3.5:397b', maxTokens: 4096 });
  const response = await handler(
    new Request('http://localhost/api/chat', {
      method: 'POST',
      body: JSON.stringify({ messages: [{ role: 'user', content: 'Tell me a very long story.' }] }),
    }),
  );
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
  }
  return { received: bytes, kept: undefined };
}

const client = new Resayil({ apiKey: args.apiKey, baseURL: args.url, maxRetries: 0 });
await fullGc();
const baseline = sample();
const peak: MemorySample = { ...baseline };
let samples = 0;
const take = (): void => {
  const now = sample();
  samples++;
  peak.rss = Math.max(peak.rss, now.rss);
  peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
  peak.external = Math.max(peak.external, now.external);
  peak.oldGeneration = Math.max(peak.oldGeneration, now.oldGeneration);
};
/** What the caller keeps after the stream (core: the final message), until the live sample is taken. */
const held: unknown[] = [];
const timer = setInterval(take, 5);
const start = performance.now();
const received = await (async () => {
  const { received: count, kept } =
    args.path === 'route' ? await throughRoute(client) : await throughCore(client, args.path === 'core');
  held.push(kept);
  return count;
})();
const elapsedMs = performance.now() - start;
clearInterval(timer);
take();
await fullGc();
const live = sample();
held.length = 0; // release what the caller kept
await fullGc();
const report: MemoryReport = { baseline, peak, live, after: sample(), samples, received, elapsedMs };
process.stdout.write(`${JSON.stringify(report)}\n`);
