import {
  firstOpenQuarter, NO_ACTIVITY, phaseInQuarter, reportingCell, reportingRun, reportsInQuarter,
  type QuarterActivity, type ReportingProject,
} from './reporting-due';
import type { PhaseChange } from './report-figures';
import type { ReportingState } from './reporting-calendar';

const go = (fromPhase: PhaseChange['fromPhase'], toPhase: PhaseChange['toPhase'], decidedOn: string): PhaseChange =>
  ({ fromPhase, toPhase, decision: 'go', decidedOn });
const noGo = (fromPhase: PhaseChange['fromPhase'], toPhase: PhaseChange['toPhase'], decidedOn: string): PhaseChange =>
  ({ fromPhase, toPhase, decision: 'no_go', decidedOn });

/** Scenario from 2016, experiment from 24 February 2016, rollout from 8 November 2017. */
const rollout: ReportingProject = {
  phase: 'rollout', startDate: '2016-01-11', plannedEndDate: '2019-12-31', indicators: 2,
  decisions: [go('scenario', 'experiment', '2016-02-24'), noGo('experiment', 'rollout', '2017-05-01'), go('experiment', 'rollout', '2017-11-08')],
};
/** Stopped on 10 October 2017, after a year as an experiment. */
const stopped: ReportingProject = {
  phase: 'stopped', startDate: '2016-06-01', plannedEndDate: '2018-12-31', indicators: 1,
  decisions: [go('scenario', 'experiment', '2016-09-15'), go('experiment', 'stopped', '2017-10-10')],
};
/** A scenario for years, let into its experiment only on 1 December 2026. */
const lateGo: ReportingProject = {
  phase: 'experiment', startDate: '2017-01-01', plannedEndDate: null, indicators: 3,
  decisions: [go('scenario', 'experiment', '2026-12-01')],
};

describe('phaseInQuarter: the phase a project was in at a quarter\'s end, read from its gate decisions', () => {
  it.each<[ReportingProject, string, string]>([
    [rollout, '2015-Q4', 'scenario'],
    [rollout, '2016-Q1', 'experiment'],
    [rollout, '2017-Q2', 'experiment'],
    [stopped, '2016-Q2', 'scenario'],
    [lateGo, '2018-Q2', 'scenario'],
    [lateGo, '2026-Q3', 'scenario'],
    [lateGo, '2026-Q4', 'experiment'],
  ])('%#: in %s', (project, period, phase) => expect(phaseInQuarter(project, period)).toBe(phase));

  it('with no decisions the project was always where it is', () => {
    expect(phaseInQuarter({ phase: 'experiment', decisions: [] }, '2016-Q1')).toBe('experiment');
  });

  it('judges a quarter by its last day', () => {
    expect(phaseInQuarter(rollout, '2016-Q1')).toBe('experiment');
    expect(phaseInQuarter(rollout, '2017-Q3')).toBe('experiment');
    expect(phaseInQuarter(rollout, '2017-Q4')).toBe('rollout');
    expect(phaseInQuarter(stopped, '2017-Q4')).toBe('stopped');
  });
});

describe('reportsInQuarter: what was due is judged by the phase then', () => {
  it.each<[string, ReportingProject, string, boolean]>([
    ['a scenario quarter before the go', rollout, '2015-Q4', false],
    ['the quarter the experiment began', rollout, '2016-Q1', true],
    ['an experiment quarter', rollout, '2017-Q2', true],
    ['a rollout quarter', rollout, '2018-Q1', true],
    ['after the planned end', rollout, '2020-Q1', false],
    ['a stopped project still owed the quarters it ran', stopped, '2017-Q3', true],
    ['but not the quarter it was stopped in, nor after', stopped, '2017-Q4', false],
    ['a go today does not make earlier quarters due', lateGo, '2017-Q2', false],
    ['nor last quarter', lateGo, '2026-Q3', false],
    ['only the quarter of the go, and on', lateGo, '2026-Q4', true],
    ['before the project started', { ...lateGo, decisions: [], startDate: '2027-01-01' }, '2026-Q4', false],
    ['without indicators nothing is due', { ...rollout, indicators: 0 }, '2017-Q2', false],
  ])('%s', (_what, project, period, due) => expect(reportsInQuarter(project, period)).toBe(due));

  it('counts a quarter the team did report on, whatever its phase then', () => {
    expect(reportsInQuarter(lateGo, '2018-Q1', { ...NO_ACTIVITY, statusUpdate: 'draft' })).toBe(true);
    expect(reportsInQuarter(lateGo, '2018-Q1', { ...NO_ACTIVITY, measurements: { ...NO_ACTIVITY.measurements, approved: 1 } })).toBe(true);
  });
});

describe('reportingCell: one word per project and quarter', () => {
  const today = '2026-12-02';
  it.each<[ReportingProject, string, QuarterActivity, ReportingState]>([
    [lateGo, '2017-Q2', NO_ACTIVITY, 'none'],
    [lateGo, '2026-Q3', NO_ACTIVITY, 'none'],
    [lateGo, '2026-Q4', NO_ACTIVITY, 'not_due'],
    [stopped, '2017-Q3', NO_ACTIVITY, 'overdue'],
    [stopped, '2017-Q3', { statusUpdate: 'submitted', measurements: { draft: 0, submitted: 0, returned: 0, approved: 1 } }, 'approved'],
    [stopped, '2017-Q4', NO_ACTIVITY, 'none'],
  ])('%#', (project, period, activity, state) => {
    const cell = reportingCell(project, period, activity, 30, today);
    expect(cell.state).toBe(state);
    expect(cell.period).toBe(period);
    expect(cell.measurements.expected).toBe(project.indicators);
  });

  it('counts what is missing and dates the deadline', () => {
    expect(reportingCell(rollout, '2016-Q3', { statusUpdate: 'draft', measurements: { draft: 1, submitted: 0, returned: 0, approved: 0 } }, 30, today))
      .toEqual({
        period: '2016-Q3', dueDate: '2016-10-30', state: 'overdue', statusUpdate: 'draft',
        measurements: { expected: 2, missing: 1, draft: 1, submitted: 0, returned: 0, approved: 0 },
      });
  });
});

describe('reportingRun and firstOpenQuarter: where the entry opens', () => {
  it('runs from the start to the planned end, never past the current quarter', () => {
    expect(reportingRun({ startDate: '2016-01-11', plannedEndDate: '2016-12-31' }, '2026-12-02')).toEqual(['2016-Q1', '2016-Q2', '2016-Q3', '2016-Q4']);
    expect(reportingRun({ startDate: '2026-05-01', plannedEndDate: null }, '2026-12-02')).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expect(reportingRun({ startDate: '2026-05-01', plannedEndDate: '2030-01-01' }, '2026-12-02').at(-1)).toBe('2026-Q4');
  });

  it('takes in the quarters the team reported on outside its planned run', () => {
    expect(reportingRun({ startDate: '2016-04-01', plannedEndDate: '2016-09-30' }, '2026-12-02', ['2016-Q1', '2017-Q1']))
      .toEqual(['2016-Q1', '2016-Q2', '2016-Q3', '2016-Q4', '2017-Q1']);
  });

  it('for a project yet to start, its first quarter', () => {
    expect(reportingRun({ startDate: '2027-03-01', plannedEndDate: null }, '2026-12-02')).toEqual(['2027-Q1']);
  });

  const cells = (...states: ReportingState[]) => states.map((state, n) => ({ period: `2016-Q${n + 1}`, state }));
  it.each<[ReturnType<typeof cells>, string | null]>([
    [cells('approved', 'overdue', 'returned', 'not_due'), '2016-Q2'],
    [cells('approved', 'submitted', 'returned', 'open'), '2016-Q3'],
    [cells('none', 'approved', 'open', 'not_due'), '2016-Q3'],
    [cells('none', 'approved', 'submitted', 'not_due'), '2016-Q4'],
    [cells('approved', 'approved', 'submitted', 'none'), '2016-Q3'],
    [cells('none', 'none'), '2016-Q2'],
    [[], null],
  ])('%#: %s', (run, first) => expect(firstOpenQuarter(run)).toBe(first));
});
