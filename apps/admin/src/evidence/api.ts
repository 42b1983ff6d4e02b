import type { EvidenceComparison, Phase } from '@lab/domain';
import { httpClient } from '../data-provider';

export interface EvidenceFilters {
  lab: number;
  quarter: string;
  definition?: number;
  theme?: number;
  district?: number;
  phase?: Phase;
}

export const evidenceQuery = (f: EvidenceFilters, format?: 'csv' | 'xlsx') =>
  Object.entries({ ...f, format })
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

export async function fetchEvidence(f: EvidenceFilters): Promise<EvidenceComparison> {
  return (await httpClient(`/api/evidence?${evidenceQuery(f)}`)).json as EvidenceComparison;
}
