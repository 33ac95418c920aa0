import { aiSdkSection } from './ai-sdk/ai-sdk-section.ts';
import { concurrencySection } from './concurrency/concurrency-section.ts';
import { decodingSections } from './decoding/decoding-sections.ts';
import { endToEndSection } from './e2e/end-to-end-section.ts';
import { langchainSection } from './langchain/langchain-section.ts';
import { memorySection } from './memory/memory-section.ts';
import { proxySection } from './proxy/proxy-section.ts';
import type { Section } from './report/section.ts';

/** What a suite gives the report. */
export interface SuiteResult {
  sections: Section[];
  /** Paragraphs for the top of the report (e.g. what could not be measured). */
  preface: string[];
}

/** One benchmark suite. */
export interface Suite {
  id: string;
  title: string;
  run(options: { quick: boolean }): Promise<SuiteResult>;
}

const runs = (quick: boolean, full: number) => ({ warmup: quick ? 1 : 3, runs: quick ? 3 : full });

/** Every suite, in the order they run and appear in the report. */
export const SUITES: Suite[] = [
  {
    id: 'decoding',
    title: 'Decoding recorded streams',
    run: async ({ quick }) => ({
      sections: await decodingSections({ ...runs(quick, 21), chars: quick ? 5000 : 20_000 }),
      preface: [],
    }),
  },
  {
    id: 'e2e',
    title: 'End to end through the emulator',
    run: async ({ quick }) => ({
      sections: [await endToEndSection({ ttft: runs(quick, 100), throughput: runs(quick, 30) })],
      preface: [],
    }),
  },
  {
    id: 'langchain',
    title: 'LangChain: ChatResayil against ChatAnthropic',
    run: async ({ quick }) => ({ sections: [await langchainSection(runs(quick, 80))], preface: [] }),
  },
  {
    id: 'ai-sdk',
    title: 'AI SDK: @resayil/ai-sdk-provider against @ai-sdk/anthropic',
    run: async ({ quick }) => ({ sections: [await aiSdkSection(runs(quick, 80))], preface: [] }),
  },
  {
    id: 'proxy',
    title: 'The route helper as a proxy',
    run: async ({ quick }) => ({ sections: [await proxySection(runs(quick, 60))], preface: [] }),
  },
  {
    id: 'memory',
    title: 'Memory on a long stream',
    run: async ({ quick }) => ({
      sections: [await memorySection(quick ? { sizesMB: [2, 10], runs: 1 } : { runs: 5 })],
      preface: [],
    }),
  },
  {
    id: 'concurrency',
    title: 'Concurrent streams',
    run: async ({ quick }) => ({
      sections: [await concurrencySection(quick ? { levels: [100, 1000], runs: 1, intervalMs: 20 } : {})],
      preface: [],
    }),
  },
];
