import type { CalendarCell } from './contracts/calendar';
import { compareIsoDates } from './dates';
import type { Phase } from './enums';
import { phaseOn, type PhaseChange } from './report-figures';
import { compareQuarters, quarterEnd, quarterOfDate, quarterRange, quarterStart } from './quarter';
import {
  missingMeasurements, reportingDueDate, reportingState, type MeasurementCounts, type ReportingState, type StatusUpdateState,
} from './reporting-calendar';

/**
 * Which quarters a project had to report, judged by the phase it was in *then*. A project reports on the
 * quarters in which it ran as an experiment or in rollout: a `go` decided today makes the quarters from
 * today on due, never the ones before it, and a project stopped last year still owed the quarters it ran.
 * The reporting calendar, the quarterly entry and the home page all judge a cell by `reportingCell`, so they
 * say the same word for the same project and quarter.
 */

/** The phases in which a project reports every quarter. */
export const REPORTING_PHASES: readonly Phase[] = ['experiment', 'rollout'];

export interface ReportingProject {
  /** The phase it is in now. */
  phase: Phase;
  startDate: string | null;
  plannedEndDate: string | null;
  /** How many indicators it has: each needs a value in every quarter it reports. */
  indicators: number;
  /** Its gate decisions, oldest first (decisions on one day in the order they were taken); a `no_go` changes nothing. */
  decisions: readonly PhaseChange[];
}

/** What was handed in for a quarter so far. */
export interface QuarterActivity {
  statusUpdate: StatusUpdateState;
  measurements: Omit<MeasurementCounts, 'expected'>;
}

export const NO_ACTIVITY: QuarterActivity = { statusUpdate: 'missing', measurements: { draft: 0, submitted: 0, returned: 0, approved: 0 } };

/**
 * The phase a quarter is judged by: the one the project was in on the quarter's last day (report-figures'
 * phaseOn, the phase the quarterly report shows for the quarter).
 */
export function phaseInQuarter(project: Pick<ReportingProject, 'phase' | 'decisions'>, period: string): Phase {
  return phaseOn(project.phase, project.decisions, quarterEnd(period));
}

function hasActivity(a: QuarterActivity): boolean {
  const m = a.measurements;
  return a.statusUpdate !== 'missing' || m.draft + m.submitted + m.returned + m.approved > 0;
}

/**
 * Whether the project had to report in this quarter: it had started and not yet ended, it had indicators, and
 * on the quarter's last day it was an experiment or in rollout. Where a team did report, it counts anyway.
 */
export function reportsInQuarter(project: ReportingProject, period: string, activity: QuarterActivity = NO_ACTIVITY): boolean {
  if (hasActivity(activity)) return true;
  if (project.indicators === 0) return false;
  const started = project.startDate === null || compareIsoDates(project.startDate, quarterEnd(period)) <= 0;
  const running = project.plannedEndDate === null || compareIsoDates(quarterStart(period), project.plannedEndDate) <= 0;
  return started && running && REPORTING_PHASES.includes(phaseInQuarter(project, period));
}

/** One project's quarter as the calendar, the quarterly entry and the home page show it. */
export function reportingCell(
  project: ReportingProject, period: string, activity: QuarterActivity, dueDays: number, today: string,
): CalendarCell {
  const measurements = { expected: project.indicators, ...activity.measurements };
  const reports = reportsInQuarter(project, period, activity);
  return {
    period,
    dueDate: reportingDueDate(period, dueDays),
    statusUpdate: activity.statusUpdate,
    state: reportingState({ period, reports, statusUpdate: activity.statusUpdate, measurements, dueDays, today }),
    measurements: { ...measurements, missing: missingMeasurements(measurements) },
  };
}

/**
 * The quarters of a project's run: from the quarter it started (or the first it reported on) through the
 * quarter it was planned to end (or the last it reported on), never past the current quarter. A project yet
 * to start has its first quarter only.
 */
export function reportingRun(project: Pick<ReportingProject, 'startDate' | 'plannedEndDate'>, today: string, reported: readonly string[] = []): string[] {
  const current = quarterOfDate(today);
  const min = (qs: string[]) => qs.reduce((a, b) => (compareQuarters(b, a) < 0 ? b : a));
  const max = (qs: string[]) => qs.reduce((a, b) => (compareQuarters(b, a) > 0 ? b : a));
  const from = min([project.startDate ? quarterOfDate(project.startDate) : current, ...reported]);
  const end = max([project.plannedEndDate ? quarterOfDate(project.plannedEndDate) : current, ...reported]);
  const to = compareQuarters(end, current) < 0 ? end : current;
  return compareQuarters(from, to) <= 0 ? quarterRange(from, to) : [from];
}

/** What still waits for the team: returned, late, or due and not handed in. */
export const OPEN_STATES: readonly ReportingState[] = ['returned', 'overdue', 'open'];

/**
 * The quarter the quarterly entry opens on: the first of the run still waiting for the team; else the running
 * quarter; else the last quarter the project reported on (all handed in); else the run's last quarter.
 */
export function firstOpenQuarter(cells: readonly Pick<CalendarCell, 'period' | 'state'>[]): string | null {
  const pick = cells.find((c) => OPEN_STATES.includes(c.state))
    ?? cells.find((c) => c.state === 'not_due')
    ?? [...cells].reverse().find((c) => c.state !== 'none')
    ?? cells.at(-1);
  return pick?.period ?? null;
}
