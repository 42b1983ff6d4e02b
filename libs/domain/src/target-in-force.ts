import { compareQuarters } from './quarter';

/** The current target of an indicator: what its record says now. */
export interface CurrentTarget {
  targetValue: number | null;
  targetDate: string | null;
}

/** A change of target: from `effectiveFrom` on, `newValue` replaces `oldValue`. */
export interface TargetChange {
  id: number;
  oldValue: number | null;
  newValue: number;
  oldDate: string | null;
  newDate: string | null;
  effectiveFrom: string;
}

export interface TargetInForce {
  value: number | null;
  date: string | null;
  /** The revision that set this target, or null when it is the original one. */
  revisionId: number | null;
}

function ordered(revisions: readonly TargetChange[]): TargetChange[] {
  return [...revisions].sort((a, b) => compareQuarters(a.effectiveFrom, b.effectiveFrom) || a.id - b.id);
}

/**
 * The target that applied in `period`: the latest revision effective by then, or, before the first
 * revision, the target that revision replaced. Without revisions the current target has always applied.
 * A report of an earlier quarter therefore keeps measuring against the target of its own time.
 */
export function targetInForce(current: CurrentTarget, revisions: readonly TargetChange[], period: string): TargetInForce {
  const sorted = ordered(revisions);
  if (sorted.length === 0) return { value: current.targetValue, date: current.targetDate, revisionId: null };
  let inForce: TargetChange | null = null;
  for (const r of sorted) {
    if (compareQuarters(r.effectiveFrom, period) <= 0) inForce = r;
  }
  if (inForce) return { value: inForce.newValue, date: inForce.newDate, revisionId: inForce.id };
  const first = sorted[0]!;
  return { value: first.oldValue, date: first.oldDate, revisionId: null };
}
