import { assertIsoDate, isoDateOfUtcDay } from './dates';
import { DomainError } from './errors';

// A quarter is the reporting period of the whole programme, written `2016-Q3`: the form measurements,
// status updates and reports are keyed by, and one that sorts as text in the right order.

export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

export const MIN_QUARTER_YEAR = 1900;
export const MAX_QUARTER_YEAR = 2999;

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface QuarterParts {
  year: number;
  quarter: QuarterNumber;
}

const FIRST_DAY = ['01-01', '04-01', '07-01', '10-01'] as const;
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_QUARTER_YEAR && year <= MAX_QUARTER_YEAR;
}

export function isQuarter(s: unknown): s is string {
  return typeof s === 'string' && QUARTER_PATTERN.test(s) && isYearInRange(Number(s.slice(0, 4)));
}

export function parseQuarter(s: unknown): QuarterParts {
  if (typeof s !== 'string' || !QUARTER_PATTERN.test(s)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Expected a quarter in the form YYYY-Qn (n from 1 to 4), e.g. 2016-Q3, got ${describe(s)}.`,
    );
  }
  const year = Number(s.slice(0, 4));
  if (!isYearInRange(year)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Expected a quarter between ${MIN_QUARTER_YEAR}-Q1 and ${MAX_QUARTER_YEAR}-Q4, got ${describe(s)}.`,
    );
  }
  return { year, quarter: Number(s.slice(6)) as QuarterNumber };
}

export function formatQuarter({ year, quarter }: QuarterParts): string {
  if (!isYearInRange(year) || ![1, 2, 3, 4].includes(quarter)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Expected a year from ${MIN_QUARTER_YEAR} to ${MAX_QUARTER_YEAR} and a quarter from 1 to 4, ` +
        `got year ${describe(year)} and quarter ${describe(quarter)}.`,
    );
  }
  return `${year}-Q${quarter}`;
}

// Quarters numbered consecutively, so that arithmetic across year ends is plain integer arithmetic.
function toIndex(q: string): number {
  const { year, quarter } = parseQuarter(q);
  return year * 4 + (quarter - 1);
}

function fromIndex(index: number): string {
  return formatQuarter({ year: Math.floor(index / 4), quarter: ((index % 4) + 1) as QuarterNumber });
}

/**
 * The quarter a calendar day falls in. A `YYYY-MM-DD` string is that calendar day as written (no
 * timezone applies to it); a Date is read as its UTC calendar day.
 */
export function quarterOfDate(date: string | Date): string {
  const iso = date instanceof Date ? isoDateOfUtcDay(date) : assertIsoDate(date);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return formatQuarter({ year, quarter: Math.ceil(month / 3) as QuarterNumber });
}

/** First day of the quarter, `YYYY-MM-DD`. */
export function quarterStart(q: string): string {
  const { year, quarter } = parseQuarter(q);
  return `${year}-${FIRST_DAY[quarter - 1]}`;
}

/** Last day of the quarter, `YYYY-MM-DD` (inclusive). */
export function quarterEnd(q: string): string {
  const { year, quarter } = parseQuarter(q);
  return `${year}-${LAST_DAY[quarter - 1]}`;
}

export function addQuarters(q: string, n: number): string {
  if (!Number.isInteger(n)) {
    throw new DomainError('VALIDATION_FAILED', `Expected a whole number of quarters, got ${describe(n)}.`);
  }
  return fromIndex(toIndex(q) + n);
}

/** -1, 0 or 1; usable as a sort comparator. */
export function compareQuarters(a: string, b: string): -1 | 0 | 1 {
  return Math.sign(toIndex(a) - toIndex(b)) as -1 | 0 | 1;
}

/** Every quarter from `from` to `to`, both included; empty when `from` comes after `to`. */
export function quarterRange(from: string, to: string): string[] {
  const first = toIndex(from);
  const last = toIndex(to);
  const range: string[] = [];
  for (let index = first; index <= last; index++) range.push(fromIndex(index));
  return range;
}

/** How many quarters `b` lies after `a` (negative when before): quartersBetween('2016-Q1', '2016-Q3') is 2. */
export function quartersBetween(a: string, b: string): number {
  return toIndex(b) - toIndex(a);
}

export function isDateInQuarter(date: string | Date, q: string): boolean {
  return toIndex(quarterOfDate(date)) === toIndex(q);
}
