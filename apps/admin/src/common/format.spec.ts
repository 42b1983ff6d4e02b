import { day, dayText, decimal, formatIndicatorValue, instant, intlLocale, money, parseDayText, percent } from './format';

// Intl separates the euro sign from a Dutch amount with a no-break space.
const nbsp = '\u00a0';

describe('how the dashboard writes numbers, money and dates', () => {
  it.each([
    ['nl', 'nl-NL'], ['en', 'en-GB'], ['de', 'nl-NL'],
  ])('locale %s is written as %s', (locale, intl) => {
    expect(intlLocale(locale)).toBe(intl);
  });

  it.each([
    ['nl', 4500000, `€${nbsp}45.000,00`], ['en', 4500000, '€45,000.00'], ['nl', -250, `€${nbsp}-2,50`], ['en', 0, '€0.00'],
    ['nl', null, '—'], ['en', undefined, '—'],
  ] as const)('%s: %j cents are %j', (locale, cents, text) => {
    expect(money(cents, locale)).toBe(text);
  });

  it.each([
    ['nl', 0.456, 0, '46%'], ['nl', 0.456, 1, '45,6%'], ['en', 0.456, 1, '45.6%'], ['en', 1, 0, '100%'], ['nl', null, 0, '—'],
  ] as const)('%s: a share of %j with %j decimals is %j', (locale, share, digits, text) => {
    expect(percent(share, locale, digits)).toBe(text);
  });

  it.each([
    ['nl', 1234.56789, '1.234,5679'], ['en', 1234.56789, '1,234.5679'], ['nl', -2, '-2'], ['nl', null, '—'],
  ] as const)('%s: the number %j is %j', (locale, n, text) => {
    expect(decimal(n, locale)).toBe(text);
  });

  it.each([
    ['nl', '2016-03-01', 'short', '1 mrt 2016'], ['en', '2016-03-01', 'short', '1 Mar 2016'],
    ['nl', '2016-03-01', 'long', '1 maart 2016'], ['en', '2016-03-01', 'long', '1 March 2016'],
    // The day of an instant is the day it names, not the day before or after in the browser's time zone.
    ['nl', '2016-12-31T23:30:00.000Z', 'short', '31 dec 2016'], ['en', '2017-01-01T00:10:00+00:00', 'short', '1 Jan 2017'],
    ['nl', '2016-13-45', 'short', '2016-13-45'], ['nl', null, 'short', '—'], ['nl', '', 'short', '—'],
  ] as const)('%s: the day %j (%s) is %j', (locale, iso, month, text) => {
    expect(day(iso, locale, month)).toBe(text);
  });

  it('writes a moment with its time, and what is no moment as it came', () => {
    expect(instant('2016-03-01T11:05:00.000Z', 'nl')).toMatch(/^1 mrt 2016, \d{2}:05$/);
    expect(instant('2016-03-01T11:05:00.000Z', 'en')).toMatch(/^1 Mar 2016, \d{2}:05$/);
    expect(instant('gisteren', 'nl')).toBe('gisteren');
    expect(instant(null, 'nl')).toBe('—');
  });

  it.each([
    ['nl', 1250, 'euro', `€${nbsp}1.250,00`], ['en', 1250.5, 'euro', '€1,250.50'], ['nl', 45, 'percent', '45%'], ['nl', 45.25, 'percent', '45,3%'],
    ['nl', 7.456, 'score', '7,46'], ['en', 12, 'count', '12'], ['nl', 3.5, undefined, '3,5'],
    ['nl', null, 'count', '—'], ['nl', Number.NaN, 'count', '—'],
  ] as const)('%s: an indicator value %j in %s is %j', (locale, value, unit, text) => {
    expect(formatIndicatorValue(value, unit, locale)).toBe(text);
  });
});

describe('days in inputs, dd-mm-jjjj whatever the browser', () => {
  it('writes a stored day day first', () => {
    expect(dayText('2016-03-01')).toBe('01-03-2016');
    expect(dayText('2016-03-01T10:00:00Z')).toBe('01-03-2016');
    expect(dayText(null)).toBe('');
  });

  it.each([
    ['01-03-2016', '2016-03-01'], ['1-3-2016', '2016-03-01'], ['1/3/2016', '2016-03-01'], ['01.03.2016', '2016-03-01'],
    ['01032016', '2016-03-01'], [' 29-02-2016 ', '2016-02-29'],
    ['2016-03-01', '2016-03-01'], ['31-02-2016', null], ['29-02-2017', null], ['03-01', null], ['2016-02-30', null], ['1-3-16', null], ['13-13-2016', null],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseDayText(text)).toBe(iso);
  });
});
