import {
  agreementProblems, indicatorProblems, inWords, measurementEditProblems, measurementValueProblems, milestoneCompletedDate,
  milestoneProblems, targetProblem, type Problems,
} from './record-rules';

describe('record rules', () => {
  it.each<[string, number, Problems]>([
    ['percent', 0, {}],
    ['percent', 100, {}],
    ['percent', 100.5, { value: 'percent' }],
    ['percent', -1, { value: 'percent' }],
    ['count', 3, {}],
    ['count', 2.5, { value: 'count' }],
    ['count', -1, { value: 'count' }],
    ['score', -7.5, {}],
    ['euro', 1e9, {}],
  ])('a %s of %d: %j', (unit, value, problems) => {
    expect(measurementValueProblems(unit, value)).toEqual(problems);
  });

  it.each<[Parameters<typeof indicatorProblems>[0], Problems]>([
    [{ unit: 'count', direction: 'increase', baselineValue: 10, targetValue: 20 }, {}],
    [{ unit: 'count', direction: 'increase', baselineValue: 10, targetValue: 5 }, { targetValue: 'target_increase' }],
    [{ unit: 'count', direction: 'decrease', baselineValue: 10, targetValue: 15 }, { targetValue: 'target_decrease' }],
    [{ unit: 'count', direction: 'decrease', baselineValue: 10, targetValue: 10 }, {}],
    [{ unit: 'count', baselineValue: 10, targetValue: 5 }, { targetValue: 'target_increase' }],
    [{ unit: 'percent', baselineValue: 120, targetValue: 130 }, { baselineValue: 'percent', targetValue: 'percent' }],
    [{ unit: 'score', baselineDate: '2016-06-01', targetDate: '2016-05-31' }, { targetDate: 'target_after_baseline' }],
    [{ unit: 'score', baselineDate: '2016-06-01', targetDate: '2016-06-01' }, {}],
    [{ unit: 'score', targetValue: 3 }, {}],
    [{}, {}],
  ])('indicator %j: %j', (values, problems) => {
    expect(indicatorProblems(values)).toEqual(problems);
  });

  it('words a target revision with the indicator rule', () => {
    expect(targetProblem({ unit: 'percent', direction: 'increase', baselineValue: 40 }, 101)).toBe('percent');
    expect(targetProblem({ unit: 'percent', direction: 'increase', baselineValue: 40 }, 30)).toBe('target_increase');
    expect(targetProblem({ unit: 'percent', direction: 'increase', baselineValue: null }, 30)).toBeNull();
    expect(inWords({ newValue: 'target_increase' })).toEqual({ newValue: 'must be above the baseline for an indicator that should increase' });
  });

  it.each<[Parameters<typeof agreementProblems>[0], string[]]>([
    [{ kind: 'covenant' }, []],
    [{ kind: 'outcome_contract', indicatorId: 1, pricePerUnitCents: 100, maxPaymentCents: 1000 }, []],
    [{ kind: 'outcome_contract', pricePerUnitCents: 0, maxPaymentCents: 0 }, ['indicatorId']],
    [{ kind: 'outcome_contract' }, ['indicatorId', 'pricePerUnitCents', 'maxPaymentCents']],
    [{ kind: 'subsidy', startDate: '2017-01-01', endDate: '2016-12-31' }, ['endDate']],
    [{ kind: 'subsidy', startDate: '2017-01-01', endDate: '2017-01-01' }, []],
  ])('agreement %j breaks %j', (values, fields) => {
    expect(Object.keys(agreementProblems(values))).toEqual(fields);
  });

  it.each<[Parameters<typeof milestoneCompletedDate>[0], Parameters<typeof milestoneCompletedDate>[1], string | null | undefined]>([
    [{ status: 'done' }, null, '2026-12-01'],
    [{ status: 'done', completedDate: '2026-11-03' }, null, undefined],
    [{ status: 'done' }, { status: 'in_progress', completedDate: null }, '2026-12-01'],
    [{}, { status: 'done', completedDate: '2026-10-01' }, undefined],
    [{ status: 'in_progress' }, { status: 'done', completedDate: '2026-10-01' }, null],
    [{ status: 'in_progress', completedDate: '2026-10-01' }, { status: 'done', completedDate: '2026-10-01' }, undefined],
    [{ status: 'planned' }, null, undefined],
  ])('a milestone saved as %j over %j is completed on %s', (sent, stored, date) => {
    expect(milestoneCompletedDate(sent, stored, '2026-12-01')).toBe(date);
  });

  it('wants a completion date on a done milestone', () => {
    expect(milestoneProblems({ status: 'done', completedDate: null })).toEqual({ completedDate: 'completed_required' });
    expect(milestoneProblems({ status: 'done', completedDate: '2026-12-01' })).toEqual({});
    expect(milestoneProblems({ status: 'planned' })).toEqual({});
  });

  it.each<[Parameters<typeof measurementEditProblems>[0], string[], Problems]>([
    ['draft', ['value'], {}],
    ['returned', ['value', 'note'], {}],
    ['submitted', ['value'], { value: 'submitted' }],
    ['approved', ['value', 'period'], { value: 'approved', period: 'approved' }],
    ['approved', [], {}],
  ])('a %s measurement changing %j: %j', (status, changed, problems) => {
    expect(measurementEditProblems(status, changed)).toEqual(problems);
  });
});
