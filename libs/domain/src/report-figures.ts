import { addDays, compareIsoDates, todayIso } from './dates';
import type { GateDecision, MilestoneStatus, Phase } from './enums';
import { isMilestoneOverdue } from './milestones';
import { quarterEnd, quarterStart } from './quarter';

// The arithmetic of the quarterly outcome report that is not already a rule elsewhere: which day a
// quarter is judged on, how a milestone counts in a quarter, a project's phase at a quarter's end and
// the shares of the lab totals. Pure functions; the API loads the facts and calls them.

/** Rounds to `decimals` places (default 4) and drops floating-point noise and −0; null stays null. */
export function roundTo(n: number, decimals?: number): number;
export function roundTo(n: number | null, decimals?: number): number | null;
export function roundTo(n: number | null, decimals = 4): number | null {
  if (n === null || !Number.isFinite(n)) return null;
  const rounded = Number(n.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

/** part / whole rounded to 4 decimals; null when the whole is 0 (a share of nothing is not 0 %). */
export function shareOf(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  return roundTo(part / whole, 4);
}

/**
 * The day a quarterly report judges milestones on: the day after the quarter's last day once the quarter
 * has ended (so a report of a past quarter never changes with the calendar), else today.
 */
export function reportAsOf(period: string, today: string = todayIso()): string {
  const dayAfter = addDays(quarterEnd(period), 1);
  return compareIsoDates(today, dayAfter) < 0 ? today : dayAfter;
}

export interface MilestoneFacts {
  dueDate: string;
  status: MilestoneStatus;
  completedDate: string | null;
}

export interface MilestoneInQuarter {
  /** Due within the quarter and not cancelled. */
  dueInQuarter: boolean;
  /** Done, with its completed date within the quarter. */
  doneInQuarter: boolean;
  /** Done on or before its due date. */
  onTime: boolean;
  /** Overdue on `asOf`: due before it and not completed before it (cancelled never is). */
  overdue: boolean;
}

function within(date: string | null, from: string, to: string): boolean {
  return date !== null && compareIsoDates(date, from) >= 0 && compareIsoDates(date, to) <= 0;
}

/**
 * How a milestone counts in the report of `period`, judged on `asOf` (see reportAsOf). A milestone done
 * after `asOf` was still open then, so it counts as overdue in that quarter's report.
 */
export function milestoneInQuarter(m: MilestoneFacts, period: string, asOf: string): MilestoneInQuarter {
  const from = quarterStart(period);
  const to = quarterEnd(period);
  const done = m.status === 'done' && m.completedDate !== null;
  const doneBeforeAsOf = done && compareIsoDates(m.completedDate!, asOf) < 0;
  const statusOnAsOf: MilestoneStatus = m.status === 'done' && !doneBeforeAsOf ? 'in_progress' : m.status;
  return {
    dueInQuarter: m.status !== 'cancelled' && within(m.dueDate, from, to),
    doneInQuarter: done && within(m.completedDate, from, to),
    onTime: done && compareIsoDates(m.completedDate!, m.dueDate) <= 0,
    overdue: isMilestoneOverdue({ dueDate: m.dueDate, status: statusOnAsOf }, asOf),
  };
}

export interface PhaseChange {
  fromPhase: Phase;
  toPhase: Phase;
  decision: GateDecision;
  /** The calendar day of the decision. */
  decidedOn: string;
}

/**
 * A project's phase at the end of `day`, from its gate decisions (any order; a no-go changes nothing):
 * the phase the last go on or before that day moved it to; before its first go, the phase that go left;
 * without any go, its current phase.
 */
export function phaseOn(current: Phase, decisions: readonly PhaseChange[], day: string): Phase {
  const goes = decisions
    .filter((d) => d.decision === 'go')
    .map((d, n) => ({ d, n }))
    .sort((a, b) => compareIsoDates(a.d.decidedOn, b.d.decidedOn) || a.n - b.n)
    .map(({ d }) => d);
  if (goes.length === 0) return current;
  let phase: Phase | null = null;
  for (const d of goes) if (compareIsoDates(d.decidedOn, day) <= 0) phase = d.toPhase;
  return phase ?? goes[0]!.fromPhase;
}

/** Counts per key, with every key of `keys` present (0 when none). */
export function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) if (v in counts) counts[v]++;
  return counts;
}

/**
 * "x of y indicators on track", the one way every output counts it (the report page, the PDF, the XLSX and
 * the CSV, for the lab and for each project): indicators on track out of all indicators, so one without a
 * target or an approved value yet counts in the whole, as not on track.
 */
export function indicatorsOnTrack(lines: readonly { onTrack: boolean | null }[]): { onTrack: number; total: number } {
  return { onTrack: lines.filter((l) => l.onTrack === true).length, total: lines.length };
}
