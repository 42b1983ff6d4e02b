import type { ComparisonSort, EvidenceComparison, Phase } from '@lab/domain';
import { httpClient } from '../data-provider';

export interface EvidenceFilters {
  lab: number;
  quarter: string;
  definition?: number;
  theme?: number;
  district?: number;
  phase?: Phase;
}

/** One definition's order and page of rows, asked of the API (which sorts and pages them). */
export interface EvidencePage {
  sort: ComparisonSort;
  range: [number, number];
}

export const evidenceQuery = (f: EvidenceFilters, format?: 'csv' | 'xlsx') =>
  Object.entries({ ...f, format })
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

export async function fetchEvidence(f: EvidenceFilters, page?: EvidencePage): Promise<EvidenceComparison> {
  const paging = page ? `&sort=${encodeURIComponent(JSON.stringify([page.sort.key, page.sort.order.toUpperCase()]))}&range=${encodeURIComponent(JSON.stringify(page.range))}` : '';
  return (await httpClient(`/api/evidence?${evidenceQuery(f)}${paging}`)).json as EvidenceComparison;
}
