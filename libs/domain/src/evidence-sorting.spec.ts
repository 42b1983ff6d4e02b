import type { ComparisonRow } from './evidence-comparison';
import { sortComparisonRows } from './evidence-sorting';

const row = (projectCode: string, figure: number | string | null, progress: number | null, evidenceLevel: 1 | 2 | 3 | 4 | 5, phase: ComparisonRow['phase'] = 'experiment'): ComparisonRow => ({
  projectId: 1, projectCode, projectTitle: projectCode, phase, indicatorId: 1, indicatorName: 'x', latest: null, figure, target: 40, progress,
  trend: [], evidenceLevel, evidenceLabel: { nl: '', en: '' }, criteria: null, costPerOutcomeCents: null,
});
const rows = [row('MW-02', 30, 0.75, 3), row('MW-01', '< 5', null, 1), row('MW-03', 12, 0.3, 4, 'rollout'), row('MW-04', null, null, 2)];
const codes = (r: ComparisonRow[]) => r.map((x) => x.projectCode);

describe('sorting the comparison', () => {
  it.each([
    ['figure', 'asc', ['MW-03', 'MW-02', 'MW-01', 'MW-04']],
    ['figure', 'desc', ['MW-02', 'MW-03', 'MW-01', 'MW-04']],
    ['progress', 'desc', ['MW-02', 'MW-03', 'MW-01', 'MW-04']],
    ['level', 'desc', ['MW-03', 'MW-02', 'MW-04', 'MW-01']],
    ['project', 'asc', ['MW-01', 'MW-02', 'MW-03', 'MW-04']],
    ['phase', 'desc', ['MW-03', 'MW-01', 'MW-02', 'MW-04']],
  ] as const)('by %s %s; hidden and missing figures last', (key, order, expected) => {
    expect(codes(sortComparisonRows(rows, { key, order }))).toEqual(expected);
  });

  it('breaks ties by project code, then indicator, so that pages never overlap', () => {
    const tied = [row('MW-02', 5, 0.5, 2), { ...row('MW-01', 5, 0.5, 2), indicatorId: 9 }, { ...row('MW-01', 5, 0.5, 2), indicatorId: 3 }];
    expect(sortComparisonRows(tied, { key: 'progress', order: 'desc' }).map((r) => `${r.projectCode}/${r.indicatorId}`)).toEqual(['MW-01/3', 'MW-01/9', 'MW-02/1']);
  });
});
