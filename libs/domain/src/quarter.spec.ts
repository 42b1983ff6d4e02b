import { DomainError } from './errors';
import {
  QUARTER_PATTERN,
  addQuarters,
  compareQuarters,
  formatQuarter,
  isDateInQuarter,
  isQuarter,
  parseQuarter,
  quarterEnd,
  quarterOfDate,
  quarterRange,
  quarterStart,
  quartersBetween,
} from './quarter';
import type { QuarterParts } from './quarter';

const INVALID: unknown[] = [
  '2016-Q5',
  '2016-Q0',
  '2016Q3',
  '16-Q1',
  '',
  null,
  undefined,
  'abcd-Q1',
  '2016-q3',
  ' 2016-Q3',
  '2016-Q3 ',
  '2016-Q3\n',
  '2016-Q31',
  '02016-Q3',
  '1899-Q4',
  '3000-Q1',
  '0000-Q1',
  20163,
  { year: 2016, quarter: 3 },
];

describe('isQuarter and parseQuarter', () => {
  it.each<[string, QuarterParts]>([
    ['2016-Q3', { year: 2016, quarter: 3 }],
    ['2016-Q1', { year: 2016, quarter: 1 }],
    ['2017-Q4', { year: 2017, quarter: 4 }],
    ['1900-Q1', { year: 1900, quarter: 1 }],
    ['2999-Q4', { year: 2999, quarter: 4 }],
  ])('%s is year and quarter %j', (text, parts) => {
    expect(isQuarter(text)).toBe(true);
    expect(parseQuarter(text)).toEqual(parts);
  });

  it.each(INVALID)('%j is not a quarter', (value) => {
    expect(isQuarter(value)).toBe(false);
    expect(() => parseQuarter(value)).toThrow(DomainError);
  });

  it('refuses with VALIDATION_FAILED and says what a quarter looks like', () => {
    expect(() => parseQuarter('2016-Q5')).toThrow(
      'Expected a quarter in the form YYYY-Qn (n from 1 to 4), e.g. 2016-Q3, got "2016-Q5".',
    );
    expect(() => parseQuarter(null)).toThrow('e.g. 2016-Q3, got null.');
    expect(() => parseQuarter('1899-Q4')).toThrow('Expected a quarter between 1900-Q1 and 2999-Q4, got "1899-Q4".');
    try {
      parseQuarter('2016Q3');
    } catch (error) {
      expect((error as DomainError).code).toBe('VALIDATION_FAILED');
    }
    expect.assertions(4);
  });

  it('QUARTER_PATTERN checks the form only', () => {
    expect(QUARTER_PATTERN.test('1066-Q4')).toBe(true);
    expect(QUARTER_PATTERN.test('2016-Q5')).toBe(false);
  });
});

describe('formatQuarter', () => {
  it.each<[QuarterParts, string]>([
    [{ year: 2016, quarter: 3 }, '2016-Q3'],
    [{ year: 1900, quarter: 1 }, '1900-Q1'],
    [{ year: 2999, quarter: 4 }, '2999-Q4'],
  ])('%j is %s', (parts, text) => {
    expect(formatQuarter(parts)).toBe(text);
  });

  it.each<[number, number]>([
    [1899, 4],
    [3000, 1],
    [2016.5, 1],
    [2016, 0],
    [2016, 5],
    [2016, 2.5],
    [Number.NaN, 1],
  ])('year %s, quarter %s is refused', (year, quarter) => {
    expect(() => formatQuarter({ year, quarter } as QuarterParts)).toThrow(DomainError);
  });
});

describe('quarterOfDate', () => {
  it.each<[string | Date, string]>([
    ['2016-01-01', '2016-Q1'],
    ['2016-02-29', '2016-Q1'],
    ['2016-03-31', '2016-Q1'],
    ['2016-04-01', '2016-Q2'],
    ['2016-06-30', '2016-Q2'],
    ['2016-07-01', '2016-Q3'],
    ['2016-09-30', '2016-Q3'],
    ['2016-10-01', '2016-Q4'],
    ['2016-12-31', '2016-Q4'],
    ['2017-01-01', '2017-Q1'],
    // a Date counts by its UTC calendar day, whatever the local timezone
    [new Date('2016-06-30T23:59:59.999Z'), '2016-Q2'],
    [new Date('2016-07-01T00:00:00.000Z'), '2016-Q3'],
    [new Date('2016-07-01T01:30:00+02:00'), '2016-Q2'],
    [new Date('2016-12-31T23:30:00-02:00'), '2017-Q1'],
  ])('%s falls in %s', (date, quarter) => {
    expect(quarterOfDate(date)).toBe(quarter);
  });

  it.each<[unknown]>([
    ['2016-02-30'],
    ['2016-7-1'],
    ['2016-07-01T00:00:00Z'],
    ['01-07-2016'],
    [''],
    [new Date('not a date')],
    ['1899-12-31'],
  ])('%j is refused', (date) => {
    expect(() => quarterOfDate(date as string)).toThrow(DomainError);
  });
});

describe('quarterStart and quarterEnd', () => {
  it.each([
    ['2016-Q1', '2016-01-01', '2016-03-31'],
    ['2016-Q2', '2016-04-01', '2016-06-30'],
    ['2016-Q3', '2016-07-01', '2016-09-30'],
    ['2016-Q4', '2016-10-01', '2016-12-31'],
    ['2015-Q1', '2015-01-01', '2015-03-31'],
    ['1900-Q1', '1900-01-01', '1900-03-31'],
  ])('%s runs from %s to %s', (quarter, start, end) => {
    expect(quarterStart(quarter)).toBe(start);
    expect(quarterEnd(quarter)).toBe(end);
  });

  it('refuses a malformed quarter', () => {
    expect(() => quarterStart('2016-Q5')).toThrow(DomainError);
    expect(() => quarterEnd('2016Q3')).toThrow(DomainError);
  });
});

describe('addQuarters', () => {
  it.each([
    ['2016-Q3', 0, '2016-Q3'],
    ['2016-Q3', 1, '2016-Q4'],
    ['2016-Q4', 1, '2017-Q1'],
    ['2016-Q1', -1, '2015-Q4'],
    ['2016-Q3', -7, '2014-Q4'],
    ['2016-Q2', 10, '2018-Q4'],
    ['2016-Q1', 4, '2017-Q1'],
    ['2016-Q1', -4, '2015-Q1'],
    ['2016-Q4', -3, '2016-Q1'],
    ['2016-Q4', -4, '2015-Q4'],
    ['2999-Q3', 1, '2999-Q4'],
    ['1900-Q2', -1, '1900-Q1'],
  ])('%s + %i is %s', (quarter, n, result) => {
    expect(addQuarters(quarter, n)).toBe(result);
  });

  it.each<[string, number]>([
    ['2999-Q4', 1],
    ['1900-Q1', -1],
    ['2016-Q1', 1.5],
    ['2016-Q1', Number.NaN],
    ['2016-Q5', 1],
  ])('%s + %s is refused', (quarter, n) => {
    expect(() => addQuarters(quarter, n)).toThrow(DomainError);
  });
});

describe('compareQuarters', () => {
  it.each([
    ['2016-Q1', '2016-Q2', -1],
    ['2016-Q2', '2016-Q1', 1],
    ['2016-Q3', '2016-Q3', 0],
    ['2016-Q4', '2017-Q1', -1],
    ['2017-Q1', '2016-Q4', 1],
    ['2015-Q4', '2016-Q1', -1],
    ['1999-Q4', '2000-Q1', -1],
  ])('%s vs %s is %i', (a, b, result) => {
    expect(compareQuarters(a, b)).toBe(result);
  });

  it('sorts quarters chronologically', () => {
    expect(['2017-Q1', '2016-Q4', '2015-Q2', '2016-Q1', '2016-Q3'].sort(compareQuarters)).toEqual([
      '2015-Q2',
      '2016-Q1',
      '2016-Q3',
      '2016-Q4',
      '2017-Q1',
    ]);
  });

  it('refuses a malformed quarter', () => {
    expect(() => compareQuarters('2016-Q1', 'later')).toThrow(DomainError);
  });
});

describe('quarterRange', () => {
  it.each<[string, string, string[]]>([
    ['2016-Q3', '2017-Q2', ['2016-Q3', '2016-Q4', '2017-Q1', '2017-Q2']],
    ['2016-Q1', '2016-Q4', ['2016-Q1', '2016-Q2', '2016-Q3', '2016-Q4']],
    ['2016-Q3', '2016-Q3', ['2016-Q3']],
    ['2016-Q4', '2017-Q1', ['2016-Q4', '2017-Q1']],
    ['2016-Q4', '2016-Q3', []],
    ['2017-Q1', '2016-Q1', []],
  ])('%s to %s is %j', (from, to, range) => {
    expect(quarterRange(from, to)).toEqual(range);
  });

  it('refuses a malformed bound', () => {
    expect(() => quarterRange('2016-Q1', '2016-Q9')).toThrow(DomainError);
  });
});

describe('quartersBetween', () => {
  it.each([
    ['2016-Q1', '2016-Q3', 2],
    ['2016-Q3', '2016-Q1', -2],
    ['2016-Q4', '2017-Q1', 1],
    ['2016-Q2', '2016-Q2', 0],
    ['2015-Q2', '2018-Q1', 11],
    ['2016-Q1', '2017-Q1', 4],
  ])('from %s to %s is %i', (a, b, count) => {
    expect(quartersBetween(a, b)).toBe(count);
  });
});

describe('isDateInQuarter', () => {
  it.each<[string | Date, string, boolean]>([
    ['2016-07-01', '2016-Q3', true],
    ['2016-09-30', '2016-Q3', true],
    ['2016-06-30', '2016-Q3', false],
    ['2016-10-01', '2016-Q3', false],
    ['2017-08-15', '2016-Q3', false],
    [new Date('2016-09-30T23:59:59Z'), '2016-Q3', true],
    [new Date('2016-10-01T00:00:00Z'), '2016-Q3', false],
  ])('%s in %s: %s', (date, quarter, inside) => {
    expect(isDateInQuarter(date, quarter)).toBe(inside);
  });

  it('refuses a malformed quarter', () => {
    expect(() => isDateInQuarter('2016-07-01', '2016-Q0')).toThrow(DomainError);
  });
});
