import type { IndicatorUnit } from '@lab/domain';

/**
 * Numbers, money and dates as the interface writes them, in the user's language. react-admin's locale is
 * `nl` or `en`; Intl wants a region as well: Dutch as written in the Netherlands, English as in Britain
 * (day before month).
 */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

const EMPTY = '—';

/** A number with at most `digits` decimals: 1.250,5 / 1,250.5. Values are stored with four. */
export const decimal = (n: number | null | undefined, locale: string, digits = 4) =>
  n == null ? EMPTY : new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(n);

const euros = (amount: number, locale: string) =>
  new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR' }).format(amount);

/** Euro cents, the way money is stored, written as euros: € 1.250,00. */
export const money = (cents: number | null | undefined, locale: string) => (cents == null ? EMPTY : euros(cents / 100, locale));

/** A share (0.45) as a percentage: 45%. */
export const percent = (share: number | null | undefined, locale: string, digits = 0) =>
  share == null ? EMPTY : new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: digits }).format(share);

/**
 * A calendar day, YYYY-MM-DD or the start of an ISO instant: 1 mrt 2016 / 1 Mar 2016, or with `long`
 * 1 maart 2016. Read and written in UTC, so that no time zone moves it to the day before. Text that is no
 * date is given back as it came.
 */
export const day = (iso: string | null | undefined, locale: string, month: 'short' | 'long' = 'short') => {
  if (!iso) return EMPTY;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(intlLocale(locale), { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
};

/** A moment, with its time in the user's time zone: 1 mrt 2016, 14:05. */
export const instant = (iso: string | null | undefined, locale: string) => {
  if (!iso) return EMPTY;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
};

/** An indicator value in its unit: 12, 45%, 7,4, € 1.250,00. */
export function formatIndicatorValue(value: number | null | undefined, unit: IndicatorUnit | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return EMPTY;
  const n = Number(value);
  if (unit === 'euro') return euros(n, locale);
  if (unit === 'percent') return percent(n / 100, locale, 1);
  return decimal(n, locale, 2);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as the interface writes it in an input, whatever the browser's language: 01-03-2016. */
export function dayText(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DAY.exec(iso.slice(0, 10));
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/**
 * A typed day back to YYYY-MM-DD: dd-mm-jjjj, also with / . or spaces between, single digits, or eight digits
 * in a row (01032016), or pasted as stored (2016-03-01). Null when it is no day of the calendar (31-02-2016),
 * or not written so yet.
 */
export function parseDayText(text: string): string | null {
  const t = text.trim();
  const iso = ISO_DAY.exec(t);
  const m = iso ? [t, iso[3], iso[2], iso[1]] : /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
