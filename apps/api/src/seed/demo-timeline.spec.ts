import { demoQuarter, demoShift, shiftDay, shiftTable } from './demo-timeline';

describe('the demo timeline', () => {
  it('makes the last quarter the tables report on the latest one whose reports are in', () => {
    expect(demoQuarter('2018-Q4', '2026-12-01')).toBe('2026-Q3');
    expect(demoQuarter('2018-Q2', '2026-12-01')).toBe('2026-Q1');
    // Early in a quarter the last one's reports are still coming in: the demo stays a quarter behind.
    expect(demoQuarter('2018-Q4', '2027-01-20')).toBe('2026-Q3');
    expect(demoQuarter('2018-Q4', '2027-01-31')).toBe('2026-Q4');
    expect(demoShift('2019-02-01')).toBe(0);
  });

  it.each([
    ['2016-05-31', 1, '2016-08-31'],
    ['2016-11-30', 1, '2017-02-28'],
    ['2015-11-30', 1, '2016-02-29'],
    ['2016-01-15', 33, '2024-04-15'],
    ['2016-03-31', -1, '2015-12-31'],
    ['2016-02-29', 0, '2016-02-29'],
  ])('moves %s by %d quarters to %s', (day, quarters, moved) => {
    expect(shiftDay(day, quarters)).toBe(moved);
  });

  it('moves days and quarters in values and keys, and leaves other text alone', () => {
    const table = { from: '2017-Q4', due: { daysFromToday: -5 }, notes: { '2018-Q1': 'Zie 2018-Q1 rapport' }, dates: ['2016-06-30'], n: 3 };
    expect(shiftTable(table, 4)).toEqual({
      from: '2018-Q4', due: { daysFromToday: -5 }, notes: { '2019-Q1': 'Zie 2018-Q1 rapport' }, dates: ['2017-06-30'], n: 3,
    });
    expect(table.from).toBe('2017-Q4');
  });
});
