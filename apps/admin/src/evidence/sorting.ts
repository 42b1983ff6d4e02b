import type { ComparisonRow } from '@lab/domain';

/** The columns the comparison table sorts on. */
export type SortKey = 'project' | 'phase' | 'latest' | 'figure' | 'progress' | 'level' | 'cost';
export interface Sort { key: SortKey; order: 'asc' | 'desc' }

const PHASE_ORDER = { scenario: 0, experiment: 1, rollout: 2, stopped: 3 } as const;

/** A sort value: numbers as numbers; a hidden figure ("< 5") and a missing one sort last, whatever the order. */
function valueOf(r: ComparisonRow, key: SortKey): number | string | null {
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

export function sortRows(rows: readonly ComparisonRow[], sort: Sort): ComparisonRow[] {
  const sign = sort.order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [valueOf(a, sort.key), valueOf(b, sort.key)];
    if (x === null || y === null) return x === y ? a.projectCode.localeCompare(b.projectCode) : x === null ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return c !== 0 ? sign * c : a.projectCode.localeCompare(b.projectCode);
  });
}
