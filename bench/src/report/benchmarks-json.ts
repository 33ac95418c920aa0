import { z } from 'zod';
import type { MachineInfo } from './machine-info.ts';
import type { Section } from './section.ts';
import { summarizeTargets } from './summarize-targets.ts';
import { TARGET_IDS } from './target-id.ts';

/** The schema of `BENCHMARKS.json`, the targets of a run for scripts (the tables stay in `BENCHMARKS.md`). */
export const benchmarksJsonSchema = z
  .object({
    /** When the file was written (ISO 8601). */
    generatedAt: z.iso.datetime(),
    machine: z
      .object({
        cpu: z.string(),
        cores: z.number().int().positive(),
        memoryGiB: z.number().nonnegative(),
        os: z.string(),
        node: z.string().regex(/^v\d+\.\d+\.\d+/u),
        loadAverage: z.number().nonnegative(),
        /** When the run started (ISO 8601). */
        date: z.iso.datetime(),
      })
      .strict(),
    /** One entry per row of the report's targets table. */
    targets: z.array(
      z
        .object({
          id: z.enum(TARGET_IDS),
          goal: z.string().min(1),
          reference: z.string().min(1),
          /** How many figures met the goal … */
          met: z.number().int().nonnegative(),
          /** … of how many checked. */
          of: z.number().int().positive(),
          misses: z.array(z.object({ case: z.string().min(1), value: z.string().min(1) }).strict()),
        })
        .strict()
        .refine((target) => target.met <= target.of && target.misses.length === target.of - target.met, {
          message: 'met + misses must add up to of',
        }),
    ),
  })
  .strict()
  .refine((doc) => new Set(doc.targets.map((target) => target.id)).size === doc.targets.length, {
    message: 'each target id appears once',
  });

/** What `BENCHMARKS.json` holds. */
export type BenchmarksJson = z.infer<typeof benchmarksJsonSchema>;

/** The contents of `BENCHMARKS.json` for a run, checked against its schema. */
export function renderBenchmarksJson(
  machine: MachineInfo,
  sections: readonly Section[],
  generatedAt = new Date(),
): string {
  const doc = benchmarksJsonSchema.parse({
    generatedAt: generatedAt.toISOString(),
    machine,
    targets: summarizeTargets(sections),
  });
  return `${JSON.stringify(doc, null, 2)}\n`;
}
