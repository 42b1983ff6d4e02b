import type { Aggregation, Direction } from './enums';
import { evaluateTransition, gateChecklist, type GateCriterionCheck } from './phase-gate';
import {
  criterionRevisionProblems, judgeCriterion, overrideProblems, successCriteriaProblems, type ApprovedQuarter, type CriterionStatus,
  type ProjectIndicatorFacts,
} from './success-criteria';
import { ALL_MET, RATIONALE, codes, request } from './testing/phase-gate';

const q = (period: string, value: number, peopleMeasured: number | null = null): ApprovedQuarter => ({ period, value, peopleMeasured });

describe('judgeCriterion', () => {
  type Row = [name: string, direction: Direction, aggregation: Aggregation, value: number, byDate: string, approved: ApprovedQuarter[],
    status: CriterionStatus, figure: number | null, quarters: number];
  const rows: Row[] = [
    ['no approved quarter yet', 'increase', 'sum', 10, '2016-12-31', [], 'no_data', null, 0],
    ['a sum reaching the threshold', 'increase', 'sum', 10, '2016-12-31', [q('2016-Q3', 4), q('2016-Q4', 6)], 'met', 10, 2],
    ['a sum one short', 'increase', 'sum', 10, '2016-12-31', [q('2016-Q3', 4), q('2016-Q4', 5)], 'unmet', 9, 2],
    ['a quarter after the date does not count', 'increase', 'sum', 10, '2016-12-31', [q('2016-Q4', 6), q('2017-Q1', 6)], 'unmet', 6, 1],
    ['the quarter the date falls in counts', 'increase', 'sum', 10, '2017-01-15', [q('2016-Q4', 6), q('2017-Q1', 6)], 'met', 12, 2],
    ['latest: the last counted quarter, in period order', 'increase', 'latest', 60, '2017-06-30', [q('2017-Q2', 65), q('2017-Q1', 50)], 'met', 65, 2],
    ['latest below the threshold', 'increase', 'latest', 60, '2017-06-30', [q('2017-Q1', 70), q('2017-Q2', 55)], 'unmet', 55, 2],
    ['average', 'increase', 'average', 7, '2017-06-30', [q('2017-Q1', 6), q('2017-Q2', 8)], 'met', 7, 2],
    ['decrease: at or below is met', 'decrease', 'latest', 20, '2017-06-30', [q('2017-Q1', 30), q('2017-Q2', 20)], 'met', 20, 2],
    ['decrease: above is unmet', 'decrease', 'latest', 20, '2017-06-30', [q('2017-Q2', 21)], 'unmet', 21, 1],
    ['every quarter after the date: no data', 'increase', 'sum', 1, '2016-06-30', [q('2016-Q3', 5)], 'no_data', null, 0],
  ];
  it.each(rows)('%s', (_name, direction, aggregation, value, byDate, approved, status, figure, quarters) => {
    const j = judgeCriterion({ value, byDate }, { direction, aggregation }, approved);
    expect({ status: j.status, met: j.met, figure: j.figure, quarters: j.quarters }).toEqual({ status, met: status === 'met', figure, quarters });
  });

  it.each<[string, Parameters<typeof judgeCriterion>[1], ApprovedQuarter[], number]>([
    ['no source: well described', { direction: 'increase', aggregation: 'sum' }, [q('2016-Q3', 1)], 1],
    ['a register, one quarter: well founded', { direction: 'increase', aggregation: 'sum', evidenceSource: 'register' }, [q('2016-Q3', 1)], 2],
    ['before/after over two counted quarters', { direction: 'increase', aggregation: 'sum', evidenceSource: 'register', evidenceDesign: 'before_after' },
      [q('2016-Q3', 1), q('2016-Q4', 1)], 3],
    ['a quarter past the date does not lift the level', { direction: 'increase', aggregation: 'sum', evidenceSource: 'register', evidenceDesign: 'before_after' },
      [q('2016-Q3', 1), q('2017-Q1', 1)], 2],
    ['randomised, validated, 60 measured in four quarters', {
      direction: 'increase', aggregation: 'sum', evidenceSource: 'register', evidenceDesign: 'randomised', validatedBy: 'HvA',
    }, [q('2016-Q1', 1, 60), q('2016-Q2', 1, 60), q('2016-Q3', 1, 60), q('2016-Q4', 1, 60)], 5],
  ])('evidence level: %s', (_name, indicator, approved, level) => {
    expect(judgeCriterion({ value: 1, byDate: '2016-12-31' }, indicator, approved).evidence.level).toBe(level);
  });
});

describe('successCriteriaProblems', () => {
  const indicators: ProjectIndicatorFacts[] = [
    { id: 1, name: 'Betaald werk', kind: 'outcome', unit: 'count', direction: 'increase', baselineValue: 0 },
    { id: 2, name: 'Nog actief', kind: 'outcome', unit: 'percent', direction: 'increase', baselineValue: 40 },
    { id: 3, name: 'Gestart', kind: 'output', unit: 'count', direction: 'increase', baselineValue: null },
  ];
  const good = [{ indicatorId: 1, value: 10, byDate: '2017-06-30' }, { indicatorId: 2, value: 60, byDate: '2017-06-30' }];
  const H = 'Meer deelnemers vinden betaald werk.';
  type Row = [name: string, input: Parameters<typeof successCriteriaProblems>[0], fields: string[]];
  const rows: Row[] = [
    ['complete', { hypothesis: H, criteria: good }, []],
    ['no hypothesis', { criteria: good }, ['hypothesis']],
    ['a blank hypothesis', { hypothesis: '  ', criteria: good }, ['hypothesis']],
    ['no criteria at all', { hypothesis: H }, ['criteria']],
    ['one outcome indicator without a threshold', { hypothesis: H, criteria: [good[0]] }, ['criteria']],
    ['an unknown or foreign indicator', { hypothesis: H, criteria: [...good, { indicatorId: 99, value: 1, byDate: '2017-06-30' }] }, ['criteria.2.indicatorId']],
    ['an output indicator', { hypothesis: H, criteria: [...good, { indicatorId: 3, value: 1, byDate: '2017-06-30' }] }, ['criteria.2.indicatorId']],
    ['the same indicator twice', { hypothesis: H, criteria: [...good, good[0]] }, ['criteria.2.indicatorId']],
    ['a percentage over 100', { hypothesis: H, criteria: [good[0], { ...good[1], value: 120 }] }, ['criteria.1.value']],
    ['a threshold below the baseline of an increasing indicator', { hypothesis: H, criteria: [good[0], { ...good[1], value: 30 }] }, ['criteria.1.value']],
    ['a count with a fraction', { hypothesis: H, criteria: [{ ...good[0], value: 2.5 }, good[1]] }, ['criteria.0.value']],
  ];
  it.each(rows)('%s', (_name, input, fields) => {
    expect(Object.keys(successCriteriaProblems(input, indicators, 'MW-01')).sort()).toEqual(fields.sort());
  });

  it('asks for no criteria on a project without outcome indicators, only the hypothesis', () => {
    expect(successCriteriaProblems({ hypothesis: H }, [indicators[2]], 'MW-01')).toEqual({});
    expect(Object.keys(successCriteriaProblems({}, [indicators[2]], 'MW-01'))).toEqual(['hypothesis']);
  });
});

describe('criterionRevisionProblems', () => {
  const current = { value: 10, byDate: '2017-06-30' };
  const indicator = { unit: 'count' as const, direction: 'increase' as const, baselineValue: 0 };
  it.each<[string, { value?: number; byDate?: string }, string[]]>([
    ['a new value', { value: 12 }, []],
    ['a new date', { byDate: '2017-12-31' }, []],
    ['nothing', {}, ['value']],
    ['the same value and date', { value: 10, byDate: '2017-06-30' }, ['value']],
    ['a negative count', { value: -1 }, ['value']],
  ])('%s', (_name, revision, fields) => {
    expect(Object.keys(criterionRevisionProblems(current, revision, indicator))).toEqual(fields);
  });
});

describe('overrideProblems', () => {
  it.each<[string, Parameters<typeof overrideProblems>[0], number, string[]]>([
    ['no override fields', { to: 'rollout', decision: 'go' }, 2, []],
    ['an override with its rationale', { to: 'rollout', decision: 'go', override: true, overrideRationale: 'Landelijk beleid vraagt het.' }, 2, []],
    ['an override without a rationale', { to: 'rollout', decision: 'go', override: true }, 2, ['overrideRationale']],
    ['an override with a blank rationale', { to: 'rollout', decision: 'go', override: true, overrideRationale: ' ' }, 1, ['overrideRationale']],
    ['a rationale without override', { to: 'rollout', decision: 'go', overrideRationale: 'x' }, 1, ['override']],
    ['an override while every criterion is met', { to: 'rollout', decision: 'go', override: true, overrideRationale: 'x' }, 0, ['override']],
    ['an override on a no-go', { to: 'rollout', decision: 'no_go', override: true, overrideRationale: 'x' }, 2, ['override']],
    ['an override into the experiment', { to: 'experiment', decision: 'go', override: true, overrideRationale: 'x' }, 2, ['override']],
    ['override false, nothing else', { to: 'rollout', decision: 'go', override: false }, 2, []],
  ])('%s', (_name, req, unmet, fields) => {
    expect(Object.keys(overrideProblems(req, unmet))).toEqual(fields);
  });
});

describe('the rollout gate and unmet success criteria', () => {
  it.each<[string, number, boolean | undefined, string[]]>([
    ['every criterion met', 0, undefined, []],
    ['one unmet, no override', 1, undefined, ['success_criteria']],
    ['one unmet, override', 1, true, []],
    ['two unmet, override false', 2, false, ['success_criteria']],
  ])('%s', (_name, unmet, override, expected) => {
    const verdict = evaluateTransition(request({ from: 'experiment', to: 'rollout', facts: { ...ALL_MET, unmetSuccessCriteria: unmet }, override }));
    expect(codes(verdict)).toEqual(expected);
  });

  it('does not ask about success criteria at any other gate', () => {
    const verdict = evaluateTransition(request({ from: 'scenario', to: 'experiment', facts: { ...ALL_MET, unmetSuccessCriteria: 3 } }));
    expect(codes(verdict)).toEqual([]);
  });

  it('lists each criterion on the rollout checklist, met or not', () => {
    const criterion = (id: number, met: boolean): GateCriterionCheck => ({
      id, indicatorId: id, indicatorName: `I${id}`, value: 1, byDate: '2017-06-30', changedAfterResults: false,
      judgement: judgeCriterion({ value: met ? 1 : 5, byDate: '2017-06-30' }, { direction: 'increase', aggregation: 'sum' }, [q('2017-Q1', 1)]),
    });
    const checks = gateChecklist('experiment', 'rollout', ALL_MET, RATIONALE, [criterion(1, true), criterion(2, false)]);
    expect(checks.map((c) => [c.criterion, c.met, c.successCriterion?.id ?? null])).toEqual([
      ['approved_outcome_measurement', true, null], ['rationale', true, null], ['success_criterion', true, 1], ['success_criterion', false, 2],
    ]);
    expect(gateChecklist('scenario', 'experiment', ALL_MET, null, [criterion(1, true)]).map((c) => c.criterion)).not.toContain('success_criterion');
  });
});
