/**
 * Defects the suite found in packages this suite does not own, reported to their owners. Each has
 * a reproduction in `known-issues.test.ts` marked `it.fails`: it passes while the defect exists
 * and fails once it is fixed, which is the signal to delete the entry here (and the fuzz tests,
 * which tolerate only what matches an entry, become strict again).
 */
export interface KnownIssue {
  id: string;
  /** Where the fix belongs and what it is. */
  summary: string;
  /** Whether a failure is this defect. */
  matches(error: unknown): boolean;
  /** Fault-matrix tests this defect makes fail: they are declared `it.fails`. */
  matrix?: { entryPoints: readonly string[]; cases: readonly string[] };
}

/** Every known issue. */
export const KNOWN_ISSUES: readonly KnownIssue[] = [];

/** The known issue that makes a fault-matrix test fail, if any. */
export function knownMatrixIssue(entryPoint: string, faultCase: string): KnownIssue | undefined {
  return KNOWN_ISSUES.find(
    (issue) => issue.matrix?.entryPoints.includes(entryPoint) && issue.matrix.cases.includes(faultCase),
  );
}

/** The known issue a failure is, if any. */
export function knownIssue(error: unknown): KnownIssue | undefined {
  return KNOWN_ISSUES.find((issue) => issue.matches(error));
}
