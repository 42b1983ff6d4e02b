import { compareIsoDates, daysBetween } from './dates';
import type { Direction } from './enums';

export interface ProgressBasis {
  baseline: number | null;
  target: number | null;
  direction: Direction;
}

/** Whether the target lies on the side of the baseline that the direction calls better. */
export function targetMatchesDirection(direction: Direction, baseline: number, target: number): boolean {
  return direction === 'increase' ? target > baseline : target < baseline;
}

/**
 * How far `value` has moved from baseline toward target: 0 at baseline, 1 at target.
 *
 * Not clamped: overshooting the target gives more than 1 and moving the wrong way gives less than 0,
 * because reports must show both. Because the ratio is signed by (target − baseline), a `decrease`
 * indicator (baseline 40, target 20) makes progress as its value falls.
 *
 * null when progress has no meaning: no baseline, no target, no value, a target equal to the baseline,
 * or a target on the wrong side of the baseline for the direction (a `decrease` indicator whose target
 * is higher than its baseline would otherwise count a rise as progress).
 */
export function indicatorProgress(
  { baseline, target, direction }: ProgressBasis,
  value: number | null,
): number | null {
  if (baseline === null || target === null || value === null) return null;
  if (![baseline, target, value].every(Number.isFinite)) return null;
  if (!targetMatchesDirection(direction, baseline, target)) return null;
  return (value - baseline) / (target - baseline);
}

/** Progress limited to [0, 1], for bars and percentages on screen; keep the raw figure for reports. */
export function clampProgress(p: number): number;
export function clampProgress(p: null): null;
export function clampProgress(p: number | null): number | null;
export function clampProgress(p: number | null): number | null {
  if (p === null) return null;
  return Math.min(1, Math.max(0, p));
}

/**
 * The share of the time from baseline date to target date that has passed on `asOf`, in [0, 1]:
 * how much progress a steady, linear course would have made by then. When the target date is not after
 * the baseline date there is no course to follow: nothing is expected before the target date, everything
 * from it on.
 */
export function expectedProgress(baselineDate: string, targetDate: string, asOf: string): number {
  const span = daysBetween(baselineDate, targetDate);
  if (span <= 0) return compareIsoDates(asOf, targetDate) >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(baselineDate, asOf) / span));
}

/**
 * How far progress may lag behind the linear course and still count as on track. Teams report once a
 * quarter and outcomes come in lumps, so a strict line would flag every project as behind between reports.
 */
export const ON_TRACK_TOLERANCE = 0.1;

// Subtracting the tolerance is floating-point arithmetic (0.8 − 0.1 is 0.7000000000000001); a progress
// exactly on the boundary must count as on track.
const EPSILON = 1e-9;

/** On track when progress is at least the expected progress minus ON_TRACK_TOLERANCE. */
export function isOnTrack(progress: number, expected: number): boolean {
  return progress + EPSILON >= expected - ON_TRACK_TOLERANCE;
}

/** Whether a value reaches the target in the indicator's direction; no target or no value is not met. */
export function targetWasMet(direction: Direction, target: number | null, value: number | null): boolean {
  if (target === null || value === null) return false;
  return direction === 'increase' ? value >= target : value <= target;
}
