import {
  clampQuarter, dayOutside, dayWindow, labQuarterWindow, MAX_PAYMENT_ROWS, paymentRowsProblem, quarterOutside, quarterWindow,
  type Outside, type Window, windowWords,
} from './spans';
import { quarterRange } from './quarter';

const TODAY = '2026-12-02';

describe('spans', () => {
  it.each<[string, Window]>([
    ['2026-12-02', { from: '2000-01-01', to: '2036-12-31' }],
    ['2026-01-01', { from: '2000-01-01', to: '2036-12-31' }],
    ['2027-01-01', { from: '2000-01-01', to: '2037-12-31' }],
  ])('on %s any record or request names days %j', (today, window) => {
    expect(dayWindow(today)).toEqual(window);
  });

  it('names the quarters of those days: at most 148', () => {
    expect(quarterWindow(TODAY)).toEqual({ from: '2000-Q1', to: '2036-Q4' });
    expect(quarterRange('2000-Q1', '2036-Q4')).toHaveLength(148);
  });

  it.each<[string, unknown, Outside | null]>([
    ['the first day', '2000-01-01', null],
    ['the day before', '1999-12-31', 'before'],
    ['1900', '1900-01-01', 'before'],
    ['the last day', '2036-12-31', null],
    ['the day after', '2037-01-01', 'after'],
    ['2999', '2999-12-31', 'after'],
    ['today', TODAY, null],
    ['no day at all (the format is checked elsewhere)', '2016-02-30', null],
    ['not a text', 20160101, null],
  ])('%s (%j) lies outside the days: %s', (_what, day, outside) => {
    expect(dayOutside(day, dayWindow(TODAY))).toBe(outside);
  });

  it.each<[unknown, Outside | null]>([
    ['2000-Q1', null], ['1999-Q4', 'before'], ['1900-Q1', 'before'], ['2036-Q4', null], ['2037-Q1', 'after'], ['2999-Q4', 'after'],
    ['2016-Q5', null], [null, null],
  ])('quarter %j lies outside the quarters: %s', (quarter, outside) => {
    expect(quarterOutside(quarter, quarterWindow(TODAY))).toBe(outside);
  });

  it.each<[string, { startDate?: string | null; endDate?: string | null }, Window]>([
    ['a lab of late 2015: a year before it, a year past today', { startDate: '2015-10-01', endDate: '2015-12-18' }, { from: '2014-Q4', to: '2027-Q4' }],
    ['a lab ending after today: a year past its end', { startDate: '2024-02-01', endDate: '2030-06-30' }, { from: '2023-Q1', to: '2031-Q2' }],
    ['a lab yet to start: a year past its start', { startDate: '2029-05-01', endDate: null }, { from: '2028-Q2', to: '2030-Q2' }],
    ['a lab without dates reaches back to 2000', {}, { from: '2000-Q1', to: '2027-Q4' }],
    ['a lab without a start date', { startDate: null, endDate: '2020-01-01' }, { from: '2000-Q1', to: '2027-Q4' }],
    ['a lab starting in 2000 is not widened before it', { startDate: '2000-03-01' }, { from: '2000-Q1', to: '2027-Q4' }],
    ['a lab ending in the last allowed year is not widened past it', { startDate: '2016-01-01', endDate: '2036-12-31' }, { from: '2015-Q1', to: '2036-Q4' }],
    ['a stored date outside the window is brought into it', { startDate: '1900-01-01', endDate: '2999-12-31' }, { from: '2000-Q1', to: '2036-Q4' }],
  ])('%s', (_what, lab, window) => {
    expect(labQuarterWindow(lab, TODAY)).toEqual(window);
  });

  it.each<[string, string]>([
    ['2016-Q3', '2016-Q3'], ['2014-Q3', '2014-Q4'], ['2030-Q1', '2027-Q4'],
  ])('a default of %s becomes %s inside 2014-Q4…2027-Q4', (quarter, clamped) => {
    expect(clampQuarter(quarter, { from: '2014-Q4', to: '2027-Q4' })).toBe(clamped);
  });

  it('says the allowed range in the words of a refusal', () => {
    expect(windowWords('date', dayWindow(TODAY))).toBe('must be a date from 2000-01-01 to 2036-12-31');
    expect(windowWords('quarter', { from: '2014-Q4', to: '2027-Q4' })).toBe('must be a quarter from 2014-Q4 to 2027-Q4');
  });

  it.each<[number, boolean]>([
    [0, false], [MAX_PAYMENT_ROWS, false], [MAX_PAYMENT_ROWS + 1, true], [150 * 4400, true],
  ])('a payments answer of %d rows is refused: %s', (rows, refused) => {
    const problem = paymentRowsProblem(rows);
    expect(problem !== null).toBe(refused);
    if (problem) expect(problem).toContain(`${MAX_PAYMENT_ROWS}`);
  });
});
