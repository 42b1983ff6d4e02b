import type { IndicatorUnit } from '@lab/domain';

const intl = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** An indicator value in its unit and the user's language: 12, 45 %, 7,4, € 1.250. */
export function formatIndicatorValue(value: number | null | undefined, unit: IndicatorUnit | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return '—';
  const n = Number(value);
  if (unit === 'euro') return new Intl.NumberFormat(intl(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(n);
  if (unit === 'percent') return new Intl.NumberFormat(intl(locale), { style: 'percent', maximumFractionDigits: 1 }).format(n / 100);
  return new Intl.NumberFormat(intl(locale), { maximumFractionDigits: 2 }).format(n);
}
