const intl = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

export const money = (cents: number | null | undefined, locale: string) =>
  cents == null ? '—' : new Intl.NumberFormat(intl(locale), { style: 'currency', currency: 'EUR' }).format(cents / 100);

export const percent = (share: number | null | undefined, locale: string) =>
  share == null ? '—' : new Intl.NumberFormat(intl(locale), { style: 'percent', maximumFractionDigits: 0 }).format(share);

export const day = (iso: string | null | undefined, locale: string) =>
  !iso ? '—' : new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString(intl(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export const instant = (iso: string | null | undefined, locale: string) =>
  !iso ? '—' : new Date(iso).toLocaleString(intl(locale), { dateStyle: 'medium', timeStyle: 'short' });
