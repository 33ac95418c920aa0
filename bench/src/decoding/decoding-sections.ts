import { chunkBytes, chunkingLabel, type Chunking } from '../fixtures/chunk-bytes.ts';
import { decodingFixtures, type DecodingFixture } from '../fixtures/decoding-fixtures.ts';
import { responseFromChunks } from '../fixtures/response-from-chunks.ts';
import { fixed, megabytesPerSecond, times } from '../report/format.ts';
import { CLIENT_DECODING_FINDINGS, SSE_DECODING_FINDINGS } from '../report/findings.ts';
import { ratioTarget } from '../report/ratio-target.ts';
import type { Section, Target } from '../report/section.ts';
import { measureInterleaved, type InterleaveOptions } from '../stats/measure-interleaved.ts';
import { median } from '../stats/percentile.ts';
import { coreClientDecoder, sdkClientDecoder } from './client-decoders.ts';
import { coreSseDecode } from './core-sse-decode.ts';
import type { DecodeResult } from './event-tally.ts';
import { lowerBoundDecode } from './lower-bound-decode.ts';
import { sdkSseDecode } from './sdk-sse-decode.ts';

/** The chunkings every fixture is fed in. */
export const CHUNKINGS: Chunking[] = [
  { kind: 'event' },
  { kind: 'fixed', size: 16_384 },
  { kind: 'fixed', size: 1024 },
  { kind: 'fixed', size: 64 },
  { kind: 'random', min: 1, max: 17, seed: 7 },
];

type Contender = 'coreSse' | 'sdkSse' | 'floor' | 'coreClient' | 'sdkClient';

/** Options of the decoding benchmark. */
export interface DecodingOptions extends InterleaveOptions {
  /** Characters of text per recorded reply. Default 20 000. */
  chars?: number;
}

/** Throws unless a contender reproduced the fixture's text: a benchmark of wrong work is worthless. */
function check(name: string, fixture: DecodingFixture, label: string, result: DecodeResult): void {
  if (result.text !== fixture.text) {
    throw new Error(
      `${name} decoded ${fixture.name} (${label}) wrongly: the text differs from the recording.`,
    );
  }
}

/**
 * The decoding benchmark: recorded streams fed from memory, in several chunkings, to core, to
 * the official SDK (`anthropic` profile only) and to the lower bound. Gives two sections: the
 * SSE level and the whole client stream.
 */
export async function decodingSections(options: DecodingOptions = {}): Promise<Section[]> {
  const fixtures = await decodingFixtures(options.chars);
  const coreClient = coreClientDecoder();
  const sdkClient = sdkClientDecoder();
  const sseRows: string[][] = [];
  const clientRows: string[][] = [];
  const sseTargets: Target[] = [];
  const clientTargets: Target[] = [];
  const rate = (fixture: DecodingFixture, samples: number[] | undefined) =>
    samples ? megabytesPerSecond(fixture.bytes.length, median(samples)) : undefined;
  const mbs = (value: number | undefined) =>
    value === undefined ? 'n/a (drops data-only events)' : fixed(value, 1);

  for (const fixture of fixtures) {
    const withSdk = fixture.profile === 'anthropic';
    for (const chunking of CHUNKINGS) {
      const label = chunkingLabel(chunking);
      const chunks = chunkBytes(fixture.bytes, chunking);
      const contenders: Partial<Record<Contender, () => Promise<DecodeResult>>> = {
        coreSse: () => coreSseDecode(responseFromChunks(chunks)),
        floor: () => lowerBoundDecode(responseFromChunks(chunks)),
        coreClient: () => coreClient(chunks),
        ...(withSdk
          ? { sdkSse: () => sdkSseDecode(responseFromChunks(chunks)), sdkClient: () => sdkClient(chunks) }
          : {}),
      };
      for (const [name, run] of Object.entries(contenders)) check(name, fixture, label, await run());
      // CPU time: the work is all in memory, and this machine is shared (see the description).
      const samples = await measureInterleaved(contenders as Record<string, () => Promise<DecodeResult>>, {
        ...options,
        clock: 'cpu',
      });
      const [coreSse, sdkSse, floor, coreCl, sdkCl] = (
        ['coreSse', 'sdkSse', 'floor', 'coreClient', 'sdkClient'] as const
      ).map((name) => rate(fixture, samples[name]));
      const kase = `${fixture.name}, ${label}`;
      const core = coreSse as number;
      const lower = floor as number;
      const client = coreCl as number;
      const ceiling = sdkSse === undefined ? '' : times(lower / sdkSse);
      sseRows.push([
        fixture.name,
        label,
        mbs(core),
        mbs(sdkSse),
        sdkSse === undefined ? '' : times(core / sdkSse),
        mbs(lower),
        times(core / lower),
        ceiling,
      ]);
      clientRows.push([
        fixture.name,
        label,
        mbs(client),
        mbs(sdkCl),
        sdkCl === undefined ? '' : times(client / sdkCl),
        times(client / lower),
        ceiling,
      ]);
      if (sdkSse !== undefined) {
        sseTargets.push(
          ratioTarget('decode-vs-sdk', 'SSE decoding ≥ 1.5× the official SDK', kase, core / sdkSse, 1.5),
        );
      }
      sseTargets.push(
        ratioTarget(
          'decode-vs-floor',
          'SSE decoding within 2× of the lower bound (≥ 0.5×)',
          kase,
          core / lower,
          0.5,
        ),
      );
      if (sdkCl !== undefined && sdkSse !== undefined && lower / sdkSse >= 1.5) {
        clientTargets.push(
          ratioTarget(
            'client-stream-vs-sdk',
            'client stream ≥ 1.5× the official SDK (where floor/SDK ≥ 1.5×)',
            kase,
            client / sdkCl,
            1.5,
          ),
        );
      }
      if (chunking.kind === 'event' || (chunking.kind === 'fixed' && chunking.size >= 1024)) {
        clientTargets.push(
          ratioTarget(
            'client-stream-vs-floor',
            'client stream ≥ 0.8× the floor (per event and in chunks of 1 KiB and more)',
            kase,
            client / lower,
            0.8,
          ),
        );
      }
    }
  }

  const sizes = fixtures.map((f) => `${f.name} ${fixed(f.bytes.length / 1024, 0)} KiB`).join(', ');
  return [
    {
      title: 'Decoding: SSE events',
      description: [
        `Recorded emulator streams (${sizes}; a long text block and a tool call; Arabic includes emoji) fed from memory as a \`Response\` whose body hands out one chunk per read, in each chunking. Throughput in MB/s of stream bytes per second of this process's CPU time (higher is better), median of the measured runs, contenders interleaved. CPU time, not elapsed time: the work is all in memory, and on a shared machine elapsed time also counts the time other processes hold the CPU, which moved these figures by 2× from run to run; on an idle machine the two agree (CPU time also counts V8's parallel GC threads, which penalizes whichever contender allocates more).`,
        '- **core**: `createSSEDecoder()` in one `getReader()` loop, `JSON.parse` per event.',
        '- **SDK**: `@anthropic-ai/sdk` `Stream.fromSSEResponse()` (parses JSON itself). It drops every event without an `event:` line, so it cannot read the `resayil` profile at all: those rows have no SDK figure.',
        '- **floor**: the lower bound, a streaming `TextDecoder`, split on `\\n`, `JSON.parse` of each `data:` line (not a correct SSE parser).',
        "Each contender must reproduce the recorded text before it is timed. Ratios are core ÷ reference (above 1: core is faster). **floor/SDK** is the most any decoder doing at least the floor's work could gain over the SDK on that stream: where it is below 1.5×, the 1.5× target cannot be met by decoding alone.",
      ].join('\n'),
      columns: [
        'stream',
        'chunks',
        'core MB/s',
        'SDK MB/s',
        'core/SDK',
        'floor MB/s',
        'core/floor',
        'floor/SDK',
      ],
      rows: sseRows,
      targets: sseTargets,
      notes: SSE_DECODING_FINDINGS,
    },
    {
      title: 'Decoding: the whole client stream',
      description: [
        "The same bytes through each client's public streaming call, with a `fetch` that returns them: `client.messages.stream(params)`, every event iterated, then `finalMessage()`. This adds request building, the normalized events, the message accumulator (partial tool JSON included) and, for core, the idle timeout.",
        '- **core**: `new Resayil({ fetch })`. **SDK**: `new Anthropic({ fetch })` (`MessageStream`; `anthropic` profile only). The floor is the one above.',
      ].join('\n'),
      columns: ['stream', 'chunks', 'core MB/s', 'SDK MB/s', 'core/SDK', 'core/floor', 'floor/SDK'],
      rows: clientRows,
      targets: clientTargets,
      notes: CLIENT_DECODING_FINDINGS,
    },
  ];
}
