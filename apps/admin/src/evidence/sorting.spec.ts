import type { ComparisonRow } from '@lab/domain';
import { sortRows } from './sorting';

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
    expect(codes(sortRows(rows, { key, order }))).toEqual(expected);
  });
});
