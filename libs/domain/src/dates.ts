import { DomainError } from './errors';

// Calendar days travel as ISO `YYYY-MM-DD` strings (PostgreSQL `date`, JSON, <input type="date">).
// Arithmetic runs on UTC midnights so that no local timezone or daylight-saving change can move a day.

export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const MS_PER_DAY = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days already found to exist, with their UTC midnight: a large lab's report checks and counts the same few
 * hundred days hundreds of thousands of times. Emptied when full, so it stays small whatever is asked.
 */
const knownDays = new Map<string, number>();
const MAX_KNOWN_DAYS = 20_000;

/** Strict `YYYY-MM-DD` naming a day that exists (no 2016-02-30); year 0000 does not exist either. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  if (knownDays.has(s)) return true;
  const match = ISO_DATE_PATTERN.exec(s);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const exists = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (exists) {
    if (knownDays.size >= MAX_KNOWN_DAYS) knownDays.clear();
    knownDays.set(s, midnightOf(year, month, day));
  }
  return exists;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function assertIsoDate(s: unknown, what = 'date'): string {
  if (!isIsoDate(s)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Expected the ${what} as an existing calendar day in the form YYYY-MM-DD, got ${describe(s)}.`,
    );
  }
  return s;
}

function utcMidnight(iso: string): number {
  const known = knownDays.get(iso);
  if (known !== undefined) return known;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return midnightOf(year, month, day);
}

function midnightOf(year: number, month: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** The UTC calendar day of an instant, as `YYYY-MM-DD`. */
export function isoDateOfUtcDay(date: Date): string {
  if (Number.isNaN(date.getTime())) {
    throw new DomainError('VALIDATION_FAILED', 'Expected a valid date, got an invalid Date.');
  }
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * Today as a UTC calendar day. Pass `now` to make callers (and their tests) independent of the clock.
 */
export function todayIso(now: Date = new Date()): string {
  return isoDateOfUtcDay(now);
}

export function addDays(iso: string, n: number): string {
  assertIsoDate(iso);
  if (!Number.isInteger(n)) {
    throw new DomainError('VALIDATION_FAILED', `Expected a whole number of days, got ${describe(n)}.`);
  }
  return isoDateOfUtcDay(new Date(utcMidnight(iso) + n * MS_PER_DAY));
}

/** -1, 0 or 1; usable as a sort comparator. */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  assertIsoDate(a);
  assertIsoDate(b);
  // Fixed-width, most significant part first: string order is date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: string, b: string): number {
  assertIsoDate(a);
  assertIsoDate(b);
  return Math.round((utcMidnight(b) - utcMidnight(a)) / MS_PER_DAY);
}
