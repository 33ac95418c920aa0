import type { Section } from './section.ts';
import { TARGET_IDS, TARGET_REFERENCES, type TargetId } from './target-id.ts';

/** One row of the targets table: every figure checked against one target. */
export interface TargetSummary {
  id: TargetId;
  /** The goal (goals, `; `-joined, where a section words it per case). */
  goal: string;
  /** What the figures are measured against. */
  reference: string;
  /** How many figures met it. */
  met: number;
  /** How many figures were checked. */
  of: number;
  misses: { case: string; value: string }[];
}

/** The targets the sections checked, one summary per target id, in the report's order. */
export function summarizeTargets(sections: readonly Section[]): TargetSummary[] {
  const targets = sections.flatMap((section) => section.targets);
  return TARGET_IDS.flatMap((id) => {
    const all = targets.filter((target) => target.id === id);
    if (all.length === 0) return [];
    const misses = all
      .filter((target) => !target.met)
      .map((target) => ({ case: target.case, value: target.value }));
    return [
      {
        id,
        goal: [...new Set(all.map((target) => target.goal))].join('; '),
        reference: TARGET_REFERENCES[id],
        met: all.length - misses.length,
        of: all.length,
        misses,
      },
    ];
  });
}
