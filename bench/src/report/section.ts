import type { TargetId } from './target-id.ts';

/** A goal a figure is reported against (never asserted in a test). */
export interface Target {
  /** Which row of the targets table (and entry of `BENCHMARKS.json`) it counts in. */
  id: TargetId;
  /** The goal, e.g. `decoding ≥ 1.5× the official SDK`. */
  goal: string;
  /** Which figure, e.g. `anthropic/arabic, per event`. */
  case: string;
  /** The figure, formatted, e.g. `1.32×`. */
  value: string;
  met: boolean;
}

/** One part of the report: a table of medians and ratios, the targets it checks, and findings. */
export interface Section {
  title: string;
  /** How it was measured and what each ratio means. Markdown. */
  description: string;
  columns: string[];
  rows: string[][];
  targets: Target[];
  /** Findings: misses, their causes, what was done. Markdown paragraphs. */
  notes: string[];
}
