import { targetInForce, type TargetChange } from './target-in-force';

const current = { targetValue: 60, targetDate: '2018-12-31' };
const first: TargetChange = { id: 1, oldValue: 40, newValue: 50, oldDate: '2017-12-31', newDate: '2018-06-30', effectiveFrom: '2017-Q1' };
const second: TargetChange = { id: 2, oldValue: 50, newValue: 60, oldDate: '2018-06-30', newDate: '2018-12-31', effectiveFrom: '2017-Q3' };

describe('targetInForce', () => {
  it('is the current target when it was never revised', () => {
    expect(targetInForce(current, [], '2016-Q1')).toEqual({ value: 60, date: '2018-12-31', revisionId: null });
  });

  it.each([
    ['2016-Q4', 40, '2017-12-31', null],
    ['2017-Q1', 50, '2018-06-30', 1],
    ['2017-Q2', 50, '2018-06-30', 1],
    ['2017-Q3', 60, '2018-12-31', 2],
    ['2020-Q1', 60, '2018-12-31', 2],
  ])('in %s is %s (due %s, revision %s)', (period, value, date, revisionId) => {
    // Order of the input must not matter.
    expect(targetInForce(current, [second, first], period)).toEqual({ value, date, revisionId });
  });

  it('takes the later of two revisions effective in the same quarter', () => {
    const again: TargetChange = { ...second, id: 3, oldValue: 60, newValue: 55, effectiveFrom: '2017-Q3' };
    expect(targetInForce(current, [again, first, second], '2017-Q3').value).toBe(55);
  });

  it('has no target before a first revision that set one where there was none', () => {
    const set: TargetChange = { id: 4, oldValue: null, newValue: 10, oldDate: null, newDate: '2019-01-01', effectiveFrom: '2018-Q1' };
    expect(targetInForce({ targetValue: 10, targetDate: '2019-01-01' }, [set], '2017-Q4')).toEqual({ value: null, date: null, revisionId: null });
  });
});
