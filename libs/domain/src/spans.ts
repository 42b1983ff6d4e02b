import { isIsoDate } from './dates';
import { addQuarters, compareQuarters, isQuarter, quarterOfDate } from './quarter';

// The one rule for every span a client can make the API walk: a day on a record (an agreement's start, a
// milestone's due date, a baseline), a quarter it names (a measurement's period, a report's quarter, the
// end of a payments schedule, the months of the reporting calendar). isIsoDate and isQuarter accept any
// year their format can hold (1900–2999 for quarters), and each quarter between two of them becomes a row
// of some answer: a contract dated 1900 asked through 2999 is 4,400 rows per contract. So:
//
// - Every day and quarter a client sends lies in the window: from 2000-01-01 through the last day of the
//   tenth calendar year after today. The programme began in late 2015, so 2000 leaves room for historic
//   baselines; plans, targets and contracts reach a decade ahead at most. At most 148 quarters (37 years).
// - What a lab is asked for (its quarterly report, its payments through a quarter, its reporting
//   calendar) lies in the lab's window: from a year before its start date through a year past the latest
//   of its start date, its end date and today, inside the window above. A lab's dates are set by the focus team, never by
//   a project member, so no member can widen it. A lab without a start date reaches back to 2000-Q1.
// - Stored records outside the window are not rewritten; a client that changes such a date must bring it
//   into the window.
//
// Answers that list rows per quarter are capped besides (see MAX_PAYMENT_ROWS): the window bounds the
// quarters, the cap the product of quarters and records.

/** The earliest day any record or request may name. */
export const EARLIEST_DAY = '2000-01-01';
/** How many calendar years after the current one a day may lie. */
export const YEARS_AHEAD = 10;
/** How far a lab's window reaches before its start date and past the later of its end date and today. */
export const LAB_MARGIN_QUARTERS = 4;
/**
 * The most quarter rows one payments answer holds (every contract's schedule, a contract without rows
 * counting as one). A lab with 50 outcome contracts over twelve years has 2,400; the widest window is 148
 * quarters, so 67 contracts over all of it still fit. About 1.7 MB of JSON.
 */
export const MAX_PAYMENT_ROWS = 10_000;

/** Both ends included: days `YYYY-MM-DD`, or quarters `YYYY-Qn`. */
export interface Window {
  from: string;
  to: string;
}

/** Which end of its window a value lies beyond. */
export type Outside = 'before' | 'after';

/** The days any record or request may name, on `today`. */
export function dayWindow(today: string): Window {
  return { from: EARLIEST_DAY, to: `${Number(today.slice(0, 4)) + YEARS_AHEAD}-12-31` };
}

/** The quarters any record or request may name, on `today`: the quarters of dayWindow. */
export function quarterWindow(today: string): Window {
  const days = dayWindow(today);
  return { from: quarterOfDate(days.from), to: quarterOfDate(days.to) };
}

/** The quarters a lab's report, payments and calendar may be asked for: its own dates widened, within quarterWindow. */
export function labQuarterWindow(lab: { startDate?: string | null; endDate?: string | null }, today: string): Window {
  const outer = quarterWindow(today);
  const start = isIsoDate(lab.startDate) ? quarterOfDate(lab.startDate) : null;
  const end = isIsoDate(lab.endDate) ? quarterOfDate(lab.endDate) : null;
  // A lab yet to start still reaches a year past its start.
  const last = [start, end].reduce<string>((a, q) => (q !== null && compareQuarters(q, a) > 0 ? q : a), quarterOfDate(today));
  return {
    from: start === null ? outer.from : clampQuarter(addQuarters(clampQuarter(start, outer), -LAB_MARGIN_QUARTERS), outer),
    to: clampQuarter(addQuarters(clampQuarter(last, outer), LAB_MARGIN_QUARTERS), outer),
  };
}

/** Where a day lies outside its window; null inside it, or when it is no day at all (the format is checked elsewhere). */
export function dayOutside(day: unknown, window: Window): Outside | null {
  if (!isIsoDate(day)) return null;
  return day < window.from ? 'before' : day > window.to ? 'after' : null;
}

/** Where a quarter lies outside its window; null inside it, or when it is no quarter at all. */
export function quarterOutside(quarter: unknown, window: Window): Outside | null {
  if (!isQuarter(quarter)) return null;
  return compareQuarters(quarter, window.from) < 0 ? 'before' : compareQuarters(quarter, window.to) > 0 ? 'after' : null;
}

/** The quarter itself when inside the window, else the end it lies beyond: for defaults, never for what a client sent. */
export function clampQuarter(quarter: string, window: Window): string {
  const outside = quarterOutside(quarter, window);
  return outside === 'before' ? window.from : outside === 'after' ? window.to : quarter;
}

/** The words of a refusal, as the API answers them under the field: "must be a date from 2000-01-01 to 2036-12-31". */
export function windowWords(kind: 'date' | 'quarter', window: Window): string {
  return `must be a ${kind} from ${window.from} to ${window.to}`;
}

/** The number of quarter rows of a payments answer, and whether it fits MAX_PAYMENT_ROWS. */
export function paymentRowsProblem(rows: number): string | null {
  return rows > MAX_PAYMENT_ROWS
    ? `would answer ${rows} quarter rows, more than the ${MAX_PAYMENT_ROWS} one answer holds: ask through an earlier quarter, or for one agreement`
    : null;
}
