import type { ComparisonRow } from './evidence-comparison';

// The order of "wat werkt"'s rows, the same on the API (which pages them) and in its files.

/** The columns the comparison sorts on. */
export const COMPARISON_SORT_KEYS = ['project', 'phase', 'latest', 'figure', 'progress', 'level', 'cost'] as const;
export type ComparisonSortKey = (typeof COMPARISON_SORT_KEYS)[number];
export interface ComparisonSort { key: ComparisonSortKey; order: 'asc' | 'desc' }

/** Best progress first: the default order of the comparison. */
export const DEFAULT_COMPARISON_SORT: ComparisonSort = { key: 'progress', order: 'desc' };

const PHASE_ORDER = { scenario: 0, experiment: 1, rollout: 2, stopped: 3 } as const;

/** A sort value: numbers as numbers; a hidden figure ("< 5") and a missing one sort last, whatever the order. */
function valueOf(r: ComparisonRow, key: ComparisonSortKey): number | string | null {
  switch (key) {
    case 'project': return r.projectCode;
    case 'phase': return PHASE_ORDER[r.phase];
    case 'latest': return typeof r.latest?.value === 'number' ? r.latest.value : null;
    case 'figure': return typeof r.figure === 'number' ? r.figure : null;
    case 'progress': return r.progress;
    case 'level': return r.evidenceLevel;
    case 'cost': return r.costPerOutcomeCents;
  }
}

/** The rows in the order asked; ties and rows without a value in project-code order (then indicator), so paging is stable. */
export function sortComparisonRows(rows: readonly ComparisonRow[], sort: ComparisonSort): ComparisonRow[] {
  const sign = sort.order === 'asc' ? 1 : -1;
  const tie = (a: ComparisonRow, b: ComparisonRow) => a.projectCode.localeCompare(b.projectCode) || a.indicatorId - b.indicatorId;
  return [...rows].sort((a, b) => {
    const [x, y] = [valueOf(a, sort.key), valueOf(b, sort.key)];
    if (x === null || y === null) return x === y ? tie(a, b) : x === null ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return c !== 0 ? sign * c : tie(a, b);
  });
}
