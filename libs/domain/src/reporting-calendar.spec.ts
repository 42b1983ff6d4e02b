import { missingMeasurements, reportingDueDate, reportingState, type ReportingInput } from './reporting-calendar';

const counts = (c: Partial<ReportingInput['measurements']> = {}) => ({ expected: 3, draft: 0, submitted: 0, returned: 0, approved: 0, ...c });
const base: ReportingInput = { period: '2016-Q3', reports: true, statusUpdate: 'missing', measurements: counts(), dueDays: 30, today: '2016-10-15' };

describe('reportingDueDate', () => {
  it.each([
    ['2016-Q3', 30, '2016-10-30'],
    ['2016-Q4', 30, '2017-01-30'],
    ['2016-Q1', 0, '2016-03-31'],
    ['2016-Q2', 45, '2016-08-14'],
  ])('%s with %i days: %s', (period, days, due) => expect(reportingDueDate(period, days)).toBe(due));
});

describe('missingMeasurements', () => {
  it('counts indicators without a value and never goes below zero', () => {
    expect(missingMeasurements(counts({ draft: 1, approved: 1 }))).toBe(1);
    expect(missingMeasurements(counts({ approved: 5 }))).toBe(0);
  });
});

describe('reportingState', () => {
  it.each<[string, Partial<ReportingInput>, string]>([
    ['a project that does not report', { reports: false, measurements: counts({ returned: 1 }) }, 'none'],
    ['a returned value, whatever else', { statusUpdate: 'submitted', measurements: counts({ approved: 2, returned: 1 }) }, 'returned'],
    ['all approved, update submitted', { statusUpdate: 'submitted', measurements: counts({ approved: 3 }) }, 'approved'],
    ['all approved but the update is a draft', { statusUpdate: 'draft', measurements: counts({ approved: 3 }), today: '2016-11-01' }, 'overdue'],
    ['all handed in, one awaiting review', { statusUpdate: 'submitted', measurements: counts({ approved: 2, submitted: 1 }), today: '2017-05-01' }, 'submitted'],
    ['a draft value is not handed in', { statusUpdate: 'submitted', measurements: counts({ approved: 2, draft: 1 }) }, 'open'],
    ['during the quarter', { today: '2016-09-30' }, 'not_due'],
    ['on the due date', { today: '2016-10-30' }, 'open'],
    ['the day after the due date', { today: '2016-10-31' }, 'overdue'],
    ['no indicators: the update alone decides', { statusUpdate: 'submitted', measurements: counts({ expected: 0 }) }, 'approved'],
  ])('%s', (_what, input, state) => {
    expect(reportingState({ ...base, ...input })).toBe(state);
  });
});
