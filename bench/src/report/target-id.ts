/**
 * The targets the report checks, one row of its targets table (and one entry of
 * `BENCHMARKS.json`) each, in the order they appear.
 */
export const TARGET_IDS = [
  'decode-vs-sdk',
  'decode-vs-floor',
  'client-stream-vs-sdk',
  'client-stream-vs-floor',
  'ttft-added',
  'langchain-vs-chatanthropic',
  'ai-sdk-vs-ai-sdk-anthropic',
  'route-helper-per-token',
  'route-helper-ttft',
  'live-heap-per-char',
  'peak-heap-growth',
  'memory-flat-without-text',
  'concurrency',
] as const;

/** Which target a figure is checked against. */
export type TargetId = (typeof TARGET_IDS)[number];

/** What each target's figure is measured against: the reference, always from the same run unless dated. */
export const TARGET_REFERENCES: Record<TargetId, string> = {
  'decode-vs-sdk': "`@anthropic-ai/sdk`'s SSE decoder on the same bytes",
  'decode-vs-floor': 'the floor: streaming `TextDecoder`, split on `\\n`, `JSON.parse` per `data:` line',
  'client-stream-vs-sdk': "`@anthropic-ai/sdk`'s `messages.stream()` on the same bytes",
  'client-stream-vs-floor': 'the floor (as for decoding)',
  'ttft-added': 'plain `fetch` + `TextDecoder` against the same emulator',
  'langchain-vs-chatanthropic': '`ChatAnthropic` (`@langchain/anthropic`) against the same emulator',
  'ai-sdk-vs-ai-sdk-anthropic': '`@ai-sdk/anthropic` through `streamText` against the same emulator',
  'route-helper-per-token':
    'a bare pipe proxy on the same server; the helper before the change (2026-11-24 run)',
  'route-helper-ttft': 'a bare pipe proxy on the same server',
  'live-heap-per-char': 'the same process once the final message is dropped (everything but the message)',
  'peak-heap-growth':
    "core's peak heap growth on the same stream before its text was kept in flat segments (2026-12-06 run)",
  'memory-flat-without-text': 'the same path on the 10 MB stream',
  concurrency: "plain `fetch` at the same levels; the emulator's request log",
};
