// `npm run bench`: runs every benchmark, prints the report, and rewrites BENCHMARKS.md and
// BENCHMARKS.json (its targets, for scripts).
//   --only=decoding,e2e,…   run some suites (prints; writes nothing unless --write)
//   --quick                 fewer runs and smaller levels, for trying the harness (writes nothing unless --write)
//   --write / --no-write    force writing both files, or not
//   --out=DIR               write them into DIR instead of the repository's root
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBenchmarksJson } from './report/benchmarks-json.ts';
import { parseArgs } from 'node:util';
import { machineInfo } from './report/machine-info.ts';
import { renderReport } from './report/render-report.ts';
import { renderSection } from './report/render-section.ts';
import type { Section } from './report/section.ts';
import { SUITES } from './suites.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    write: { type: 'boolean' },
    out: { type: 'string' },
  },
  allowNegative: true,
});
const only = values.only?.split(',').map((id) => id.trim());
const unknown = only?.filter((id) => !SUITES.some((suite) => suite.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`Unknown suite(s): ${unknown.join(', ')}. Known: ${SUITES.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const machine = machineInfo();
const started = Date.now();
const sections: Section[] = [];
const preface: string[] = [];
for (const suite of SUITES) {
  if (only && !only.includes(suite.id)) continue;
  const suiteStart = Date.now();
  console.error(`▶ ${suite.title}…`);
  const result = await suite.run({ quick: values.quick });
  for (const section of result.sections) {
    sections.push(section);
    console.log(renderSection(section));
  }
  preface.push(...result.preface);
  console.error(`  done in ${((Date.now() - suiteStart) / 1000).toFixed(1)} s`);
}
const report = renderReport(machine, sections, preface);
const json = renderBenchmarksJson(machine, sections);
const write = values.write ?? (!only && !values.quick);
const out = resolve(values.out ?? ROOT);
if (write) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'BENCHMARKS.md'), report);
  writeFileSync(join(out, 'BENCHMARKS.json'), json);
}
console.error(
  `Benchmarks took ${((Date.now() - started) / 1000).toFixed(0)} s${write ? `; wrote BENCHMARKS.md and BENCHMARKS.json in ${out}` : ' (BENCHMARKS.md and BENCHMARKS.json left as they were)'}.`,
);
