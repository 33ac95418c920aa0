import { describe, expect, it } from 'vitest';
import { decodingSections } from '../decoding/decoding-sections.ts';
import { benchmarksJsonSchema, renderBenchmarksJson, type BenchmarksJson } from './benchmarks-json.ts';
import { machineInfo } from './machine-info.ts';
import { renderReport } from './render-report.ts';
import type { Section } from './section.ts';
import { TARGET_IDS } from './target-id.ts';

// Real section results: the decoding benchmark, run as small as it goes (no figure is asserted).
const sections: Promise<Section[]> = decodingSections({ chars: 400, warmup: 0, runs: 1 });

async function rendered(): Promise<{ doc: BenchmarksJson; raw: unknown; sections: Section[] }> {
  const measured = await sections;
  const raw: unknown = JSON.parse(renderBenchmarksJson(machineInfo(), measured));
  return { doc: benchmarksJsonSchema.parse(raw), raw, sections: measured };
}

describe('BENCHMARKS.json', () => {
  it('has the schema, with one entry per target the sections checked', async () => {
    const { doc, sections: measured } = await rendered();
    const targets = measured.flatMap((section) => section.targets);
    expect(doc.targets.map((target) => target.id)).toEqual(
      TARGET_IDS.filter((id) => targets.some((target) => target.id === id)),
    );
    for (const entry of doc.targets) {
      const own = targets.filter((target) => target.id === entry.id);
      expect(entry.of).toBe(own.length);
      expect(entry.misses).toEqual(own.filter((t) => !t.met).map((t) => ({ case: t.case, value: t.value })));
    }
    expect(Date.parse(doc.generatedAt)).not.toBeNaN();
  }, 120_000);

  it('has one entry per row of the targets table in BENCHMARKS.md', async () => {
    const { doc, sections: measured } = await rendered();
    const report = renderReport(machineInfo(), measured, []);
    const table = report.split('## Targets')[1]?.split('\n## ')[0] ?? '';
    const ids = [...table.matchAll(/^\| `([a-z-]+)` \|/gmu)].map((match) => match[1]);
    expect(ids).toEqual(doc.targets.map((target) => target.id));
  }, 120_000);

  it('the schema rejects a tally that does not add up, an unknown id and a repeated one', async () => {
    const { doc } = await rendered();
    const [first] = doc.targets;
    if (!first) throw new Error('no target was measured');
    const variants = [
      { ...doc, targets: [{ ...first, of: first.of + 1 }] },
      { ...doc, targets: [{ ...first, id: 'decode-speed' }] },
      { ...doc, targets: [first, first] },
      { ...doc, generatedAt: 'yesterday' },
    ];
    for (const variant of variants) expect(benchmarksJsonSchema.safeParse(variant).success).toBe(false);
  }, 120_000);

  it('knows every target the issue names', () => {
    expect(TARGET_IDS).toEqual(
      expect.arrayContaining([
        'decode-vs-sdk',
        'decode-vs-floor',
        'client-stream-vs-floor',
        'client-stream-vs-sdk',
        'ttft-added',
        'langchain-vs-chatanthropic',
        'live-heap-per-char',
        'peak-heap-growth',
        'route-helper-per-token',
        'route-helper-ttft',
        'concurrency',
        'ai-sdk-vs-ai-sdk-anthropic',
      ]),
    );
  });
});
