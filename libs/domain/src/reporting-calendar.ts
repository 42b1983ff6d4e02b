import { addDays, compareIsoDates } from './dates';
import { quarterEnd } from './quarter';

/**
 * The reporting calendar: per project and quarter, where the quarter's status update and measurements
 * stand. Reports are due a lab-wide number of days after the quarter ends.
 */
export const REPORTING_STATES = ['none', 'not_due', 'open', 'overdue', 'returned', 'submitted', 'approved'] as const;
export type ReportingState = (typeof REPORTING_STATES)[number];

export type StatusUpdateState = 'missing' | 'draft' | 'submitted';

export interface MeasurementCounts {
  /** Indicators that need a value this quarter. */
  expected: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
}

export interface ReportingInput {
  period: string;
  /** Whether the project reports in this quarter at all: reporting-due.ts reportsInQuarter. */
  reports: boolean;
  statusUpdate: StatusUpdateState;
  measurements: MeasurementCounts;
  dueDays: number;
  today: string;
}

/** The last day on which a quarter's report is on time. */
export function reportingDueDate(period: string, dueDays: number): string {
  return addDays(quarterEnd(period), dueDays);
}

/** Indicators without any value this quarter. */
export function missingMeasurements(m: MeasurementCounts): number {
  return Math.max(0, m.expected - (m.draft + m.submitted + m.returned + m.approved));
}

/**
 * One cell of the calendar. In order: nothing expected (`none`); something came back to the team
 * (`returned`); everything approved and the update submitted (`approved`); everything handed in, some
 * awaiting review (`submitted`); otherwise, while the quarter runs (`not_due`), until the due date
 * (`open`) and after it (`overdue`).
 */
export function reportingState(input: ReportingInput): ReportingState {
  const { measurements: m, statusUpdate } = input;
  if (!input.reports) return 'none';
  if (m.returned > 0) return 'returned';
  const handedIn = statusUpdate === 'submitted' && missingMeasurements(m) === 0 && m.draft === 0;
  if (handedIn && m.submitted === 0) return 'approved';
  if (handedIn) return 'submitted';
  if (compareIsoDates(input.today, quarterEnd(input.period)) <= 0) return 'not_due';
  return compareIsoDates(input.today, reportingDueDate(input.period, input.dueDays)) > 0 ? 'overdue' : 'open';
}
