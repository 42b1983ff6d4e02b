import { PHASES, todayIso, type Phase } from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';
import { id, quarter } from '../reports/report-query';

/** ?lab=&quarter=&definition=&theme=&district=&phase=&format= of the comparison, each problem a 400 naming its parameter. */
export interface EvidenceQuery {
  lab: number;
  quarter: string;
  definition: number | null;
  theme: number | null;
  district: number | null;
  phase: Phase | null;
  format: 'json' | 'csv' | 'xlsx';
}

const FORMATS = ['json', 'csv', 'xlsx'] as const;
const KNOWN = new Set(['lab', 'quarter', 'definition', 'theme', 'district', 'phase', 'format']);

export function parseEvidenceQuery(q: Record<string, unknown>, today = todayIso()): EvidenceQuery {
  const errors: Record<string, string> = {};
  for (const key of Object.keys(q)) if (!KNOWN.has(key)) errors[key] = `unknown field "${key}": remove it`;
  const lab = id(q.lab, errors, 'lab');
  const period = quarter(q.quarter, errors, 'quarter', true, today);
  const definition = id(q.definition, errors, 'definition', 'an indicator definition', false);
  const theme = id(q.theme, errors, 'theme', 'a theme', false);
  const district = id(q.district, errors, 'district', 'a district', false);
  let phase: Phase | null = null;
  if (q.phase !== undefined && q.phase !== '') {
    if (typeof q.phase !== 'string' || !(PHASES as readonly string[]).includes(q.phase)) errors.phase = `must be one of: ${PHASES.join(', ')}`;
    else phase = q.phase as Phase;
  }
  let format: EvidenceQuery['format'] = 'json';
  if (q.format !== undefined && q.format !== '') {
    if (typeof q.format !== 'string' || !(FORMATS as readonly string[]).includes(q.format)) errors.format = `must be one of: ${FORMATS.join(', ')}`;
    else format = q.format as EvidenceQuery['format'];
  }
  throwFieldErrors('comparison request', errors);
  return { lab: lab!, quarter: period!, definition, theme, district, phase, format };
}
