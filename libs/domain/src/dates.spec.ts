import { addDays, assertIsoDate, compareIsoDates, daysBetween, isIsoDate, todayIso } from './dates';
import { DomainError } from './errors';

describe('isIsoDate', () => {
  it.each<[unknown, boolean]>([
    ['2016-07-01', true],
    ['2016-12-31', true],
    ['2016-01-31', true],
    ['2016-04-30', true],
    ['2016-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2015-02-29', false],
    ['1900-02-29', false],
    ['2016-02-30', false],
    ['2016-04-31', false],
    ['2016-06-31', false],
    ['2016-09-31', false],
    ['2016-11-31', false],
    ['2016-01-32', false],
    ['2016-13-01', false],
    ['2016-00-10', false],
    ['2016-01-00', false],
    ['0000-01-01', false],
    ['2016-1-01', false],
    ['2016-01-1', false],
    ['16-01-01', false],
    ['2016/01/01', false],
    ['2016-07-01T00:00:00Z', false],
    ['2016-07-01 ', false],
    ['', false],
    [null, false],
    [undefined, false],
    [20160701, false],
    [new Date('2016-07-01'), false],
  ])('%j: %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it('assertIsoDate returns a valid date and refuses an invalid one with VALIDATION_FAILED', () => {
    expect(assertIsoDate('2016-02-29')).toBe('2016-02-29');
    expect(() => assertIsoDate('2016-02-30', 'due date')).toThrow(
      'Expected the due date as an existing calendar day in the form YYYY-MM-DD, got "2016-02-30".',
    );
  });
});

describe('todayIso', () => {
  it.each<[string, string]>([
    ['2016-07-01T00:00:00Z', '2016-07-01'],
    ['2016-07-01T23:59:59.999Z', '2016-07-01'],
    ['2016-07-01T00:30:00+02:00', '2016-06-30'],
    ['2016-06-30T22:30:00-03:00', '2016-07-01'],
    ['2016-02-29T12:00:00Z', '2016-02-29'],
  ])('at %s it is %s in UTC', (instant, day) => {
    expect(todayIso(new Date(instant))).toBe(day);
  });

  it('defaults to the clock', () => {
    expect(isIsoDate(todayIso())).toBe(true);
    expect(todayIso()).toBe(new Date().toISOString().slice(0, 10));
  });

  it('refuses an invalid Date', () => {
    expect(() => todayIso(new Date('never'))).toThrow(DomainError);
  });
});

describe('addDays', () => {
  it.each<[string, number, string]>([
    ['2016-07-01', 0, '2016-07-01'],
    ['2016-07-01', 1, '2016-07-02'],
    ['2016-02-28', 1, '2016-02-29'],
    ['2016-02-28', 2, '2016-03-01'],
    ['2015-02-28', 1, '2015-03-01'],
    ['2016-03-01', -1, '2016-02-29'],
    ['2016-01-01', -1, '2015-12-31'],
    ['2016-12-31', 1, '2017-01-01'],
    ['2016-01-01', 366, '2017-01-01'],
    ['2015-01-01', 365, '2016-01-01'],
    ['2016-03-27', 1, '2016-03-28'], // the night the Netherlands moved to summer time
    ['2016-10-30', 1, '2016-10-31'], // and back
    ['0050-06-15', 1, '0050-06-16'],
  ])('%s + %i days is %s', (date, n, result) => {
    expect(addDays(date, n)).toBe(result);
  });

  it('refuses an invalid date or a fraction of a day', () => {
    expect(() => addDays('2016-02-30', 1)).toThrow(DomainError);
    expect(() => addDays('2016-02-28', 0.5)).toThrow(DomainError);
  });
});

describe('compareIsoDates', () => {
  it.each<[string, string, number]>([
    ['2016-07-01', '2016-07-02', -1],
    ['2016-07-02', '2016-07-01', 1],
    ['2016-07-01', '2016-07-01', 0],
    ['2015-12-31', '2016-01-01', -1],
    ['2016-10-01', '2016-09-30', 1],
  ])('%s vs %s is %i', (a, b, result) => {
    expect(compareIsoDates(a, b)).toBe(result);
  });

  it('sorts dates chronologically', () => {
    expect(['2016-10-01', '2015-12-31', '2016-09-30'].sort(compareIsoDates)).toEqual([
      '2015-12-31',
      '2016-09-30',
      '2016-10-01',
    ]);
  });

  it('refuses an invalid date rather than comparing text', () => {
    expect(() => compareIsoDates('2016-7-1', '2016-07-01')).toThrow(DomainError);
  });
});

describe('daysBetween', () => {
  it.each<[string, string, number]>([
    ['2016-01-01', '2016-01-01', 0],
    ['2016-01-01', '2016-01-11', 10],
    ['2016-01-11', '2016-01-01', -10],
    ['2016-01-01', '2016-12-31', 365],
    ['2016-01-01', '2017-01-01', 366],
    ['2015-01-01', '2016-01-01', 365],
    ['2016-02-28', '2016-03-01', 2],
    ['2016-01-01', '2016-07-01', 182],
  ])('from %s to %s is %i days', (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
  });
});

describe('days already checked', () => {
  it('answer the same after more days than are remembered, valid or not', () => {
    // 30,000 distinct days (more than the 20,000 remembered) from 1950 on, each counted from its own day.
    let day = '1950-01-01';
    for (let n = 1; n <= 30_000; n++) {
      const next = addDays(day, 1);
      expect(daysBetween(day, next)).toBe(1);
      day = next;
    }
    expect(daysBetween('1950-01-01', day)).toBe(30_000);
    expect(isIsoDate('2016-02-30')).toBe(false);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2017-02-29')).toBe(false);
  });
});
