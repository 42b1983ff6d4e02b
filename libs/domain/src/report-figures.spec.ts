import { PHASES } from './enums';
import { countBy, indicatorsOnTrack, milestoneInQuarter, phaseOn, reportAsOf, roundTo, shareOf, type PhaseChange } from './report-figures';

describe('roundTo', () => {
  it.each([
    [0.1 + 0.2, 4, 0.3],
    [2 / 3, 4, 0.6667],
    [-0.00001, 4, 0],
    [12.5, 0, 13],
    [1234.56789, 2, 1234.57],
  ])('roundTo(%p, %p) = %p', (n, d, expected) => {
    expect(roundTo(n, d)).toBe(expected);
  });

  it('keeps null and turns non-finite numbers into null', () => {
    expect(roundTo(null)).toBeNull();
    expect(roundTo(Number.NaN)).toBeNull();
    expect(roundTo(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('shareOf', () => {
  it.each([
    [1, 2, 0.5],
    [2, 3, 0.6667],
    [0, 4, 0],
    [3, 3, 1],
    [1, 0, null],
  ])('%p of %p is %p', (part, whole, expected) => {
    expect(shareOf(part, whole)).toBe(expected);
  });
});

describe('reportAsOf', () => {
  it.each([
    ['2016-Q3', '2026-11-23', '2016-10-01'], // ended long ago: the day after its last day
    ['2016-Q3', '2016-10-01', '2016-10-01'], // the day after: the same
    ['2016-Q3', '2016-09-30', '2016-09-30'], // the quarter's last day: today
    ['2016-Q3', '2016-08-15', '2016-08-15'], // the current quarter: today
    ['2016-Q4', '2017-01-01', '2017-01-01'], // across the year end
  ])('%s on %s is judged on %s', (period, today, expected) => {
    expect(reportAsOf(period, today)).toBe(expected);
  });
});

describe('milestoneInQuarter (2016-Q3, judged on 2016-10-01)', () => {
  const asOf = '2016-10-01';
  it.each([
    // [dueDate, status, completedDate, dueInQuarter, doneInQuarter, onTime, overdue]
    ['2016-08-31', 'done', '2016-08-20', true, true, true, false], // due and done early
    ['2016-08-31', 'done', '2016-09-10', true, true, false, false], // done late but within the quarter
    ['2016-08-31', 'done', '2016-11-02', true, false, false, true], // done after the quarter: overdue then
    ['2016-09-30', 'planned', null, true, false, false, true], // due on the last day, still open
    ['2016-08-31', 'cancelled', null, false, false, false, false], // cancelled: neither due nor overdue
    ['2016-05-31', 'in_progress', null, false, false, false, true], // due last quarter, still open
    ['2016-05-31', 'done', '2016-07-04', false, true, false, false], // done in the quarter, due earlier
    ['2016-12-31', 'done', '2016-09-01', false, true, true, false], // done early for a later due date
    ['2016-12-31', 'planned', null, false, false, false, false], // due later
  ] as const)('due %s %s completed %s', (dueDate, status, completedDate, due, done, onTime, overdue) => {
    expect(milestoneInQuarter({ dueDate, status, completedDate }, '2016-Q3', asOf)).toEqual({
      dueInQuarter: due, doneInQuarter: done, onTime, overdue,
    });
  });

  it('judges the current quarter on today: not overdue before its due date', () => {
    expect(milestoneInQuarter({ dueDate: '2016-09-15', status: 'planned', completedDate: null }, '2016-Q3', '2016-09-15').overdue).toBe(false);
    expect(milestoneInQuarter({ dueDate: '2016-09-15', status: 'planned', completedDate: null }, '2016-Q3', '2016-09-16').overdue).toBe(true);
  });
});

describe('phaseOn', () => {
  const decisions: PhaseChange[] = [
    { fromPhase: 'experiment', toPhase: 'rollout', decision: 'go', decidedOn: '2017-06-20' },
    { fromPhase: 'scenario', toPhase: 'experiment', decision: 'go', decidedOn: '2016-03-10' },
    { fromPhase: 'experiment', toPhase: 'rollout', decision: 'no_go', decidedOn: '2016-12-01' },
  ];
  it.each([
    ['2016-01-31', 'scenario'], // before the first go: the phase it left
    ['2016-03-10', 'experiment'], // the day of the go counts
    ['2016-12-31', 'experiment'], // a no-go changes nothing
    ['2017-06-30', 'rollout'],
  ] as const)('on %s the project was in %s', (day, phase) => {
    expect(phaseOn('rollout', decisions, day)).toBe(phase);
  });

  it('without a go the current phase applies', () => {
    expect(phaseOn('scenario', [], '2016-09-30')).toBe('scenario');
    expect(phaseOn('scenario', [decisions[2]!], '2016-09-30')).toBe('scenario');
  });
});

describe('countBy', () => {
  it('counts every key, 0 when absent, and ignores unknown values', () => {
    expect(countBy(PHASES, ['scenario', 'rollout', 'scenario', 'x' as never])).toEqual({
      scenario: 2, experiment: 0, rollout: 1, stopped: 0,
    });
  });
});

describe('indicatorsOnTrack', () => {
  it.each([
    [[], 0, 0],
    [[true, false, null], 1, 3],
    [[true, true, null, null, false], 2, 5],
  ] as [(boolean | null)[], number, number][])('%j → %i of %i', (flags, onTrack, total) => {
    expect(indicatorsOnTrack(flags.map((f) => ({ onTrack: f })))).toEqual({ onTrack, total });
  });
});
