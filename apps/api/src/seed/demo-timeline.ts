import { addDays, addQuarters, isIsoDate, isQuarter, quarterOfDate, quartersBetween } from '@lab/domain';

// The demo's tables are written in one stretch of quarters; they are laid out in time relative to the day
// the database is filled, so that the last quarter they report on is the last one whose reports are in:
// its figures are being entered, the quarters before it are reviewed, and the open milestones lie around today.

/** The last quarter the tables report on (drafts and status updates, recorded in the weeks after it). */
export const DEMO_LAST_QUARTER = '2018-Q4';
/** The quarter, as the tables are written, that tells the most: approved and pending figures, revised targets, payments due. */
export const DEMO_STORY_QUARTER = '2018-Q2';
/** A quarter's figures are recorded, submitted and reviewed within this many days after it ends. */
const REPORTING_WEEKS_DAYS = 30;

/** How many quarters the tables move so that their last quarter is the latest one whose reports are in by `today`. */
export function demoShift(today: string): number {
  const latestReported = addQuarters(quarterOfDate(addDays(today, -REPORTING_WEEKS_DAYS)), -1);
  return quartersBetween(DEMO_LAST_QUARTER, latestReported);
}

/** Where a quarter of the tables lies in the demo loaded on `today`: demoQuarter('2018-Q2', today) is the story quarter. */
export function demoQuarter(written: string, today: string): string {
  return addQuarters(written, demoShift(today));
}

/** A calendar day moved by whole quarters, the day of the month kept where the month has it (31 May + 1 quarter is 31 August; 30 November + 1 is 28 February). */
export function shiftDay(day: string, quarters: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) + quarters * 3;
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A copy of a table with every calendar day and quarter in it (values, and keys such as notes per quarter) moved. */
export function shiftTable<T>(value: T, quarters: number): T {
  const move = (s: string) => (isIsoDate(s) ? shiftDay(s, quarters) : isQuarter(s) ? addQuarters(s, quarters) : s);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return move(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [move(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}
