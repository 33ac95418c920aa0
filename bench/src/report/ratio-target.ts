import { times } from './format.ts';
import type { Target } from './section.ts';
import type { TargetId } from './target-id.ts';

/** A target met when a ratio is at least `atLeast`. */
export function ratioTarget(
  id: TargetId,
  goal: string,
  kase: string,
  ratio: number,
  atLeast: number,
): Target {
  return { id, goal, case: kase, value: times(ratio), met: ratio >= atLeast };
}
