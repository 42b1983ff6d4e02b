import { COMPARISON_SORT_KEYS, DEFAULT_COMPARISON_SORT, PHASES, todayIso, type ComparisonSort, type ComparisonSortKey, type Phase } from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';
import { id, quarter } from '../reports/report-query';
import type { EvidenceScope } from './evidence-facts';

/** The most rows a definition answers at once; the files hold them all. */
export const MAX_EVIDENCE_ROWS = 100;
/** The rows a definition answers without `range`. */
export const DEFAULT_EVIDENCE_RANGE: [number, number] = [0, 24];

/**
 * ?lab=&quarter=&definition=&theme=&district=&phase=&sort=&range=&format= of the comparison, each problem a
 * 400 naming its parameter. `sort` and `range` order and page each definition's rows (react-admin's JSON forms,
 * `["progress","DESC"]` and `[0,24]`).
 */
export interface EvidenceQuery extends EvidenceScope {
  sort: ComparisonSort;
  range: [number, number];
  format: 'json' | 'csv' | 'xlsx';
}

const FORMATS = ['json', 'csv', 'xlsx'] as const;
const KNOWN = new Set(['lab', 'quarter', 'definition', 'theme', 'district', 'phase', 'sort', 'range', 'format']);

function json(raw: unknown, errors: Record<string, string>, field: string, example: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') { errors[field] = `must be given once, as JSON like ${example}`; return undefined; }
  try { return JSON.parse(raw); } catch { errors[field] = `is not valid JSON; expected something like ${example}`; return undefined; }
}

function parseSort(raw: unknown, errors: Record<string, string>): ComparisonSort {
  const value = json(raw, errors, 'sort', '["progress","DESC"]');
  if (value === undefined) return DEFAULT_COMPARISON_SORT;
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || typeof value[1] !== 'string') {
    errors.sort = 'must be a pair like ["progress","DESC"]';
  } else if (!(COMPARISON_SORT_KEYS as readonly string[]).includes(value[0])) {
    errors.sort = `cannot sort on "${value[0].slice(0, 60)}"; sortable fields are ${COMPARISON_SORT_KEYS.join(', ')}`;
  } else if (!['ASC', 'DESC'].includes(value[1].toUpperCase())) {
    errors.sort = 'order must be "ASC" or "DESC"';
  } else {
    return { key: value[0] as ComparisonSortKey, order: value[1].toUpperCase() === 'ASC' ? 'asc' : 'desc' };
  }
  return DEFAULT_COMPARISON_SORT;
}

function parseRange(raw: unknown, errors: Record<string, string>): [number, number] {
  const value = json(raw, errors, 'range', '[0,24]');
  if (value === undefined) return DEFAULT_EVIDENCE_RANGE;
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isSafeInteger(n) && n >= 0) || value[1] < value[0]) {
    errors.range = 'must be two whole numbers [start, end] with 0 <= start <= end, like [0,24]';
  } else if (value[1] - value[0] + 1 > MAX_EVIDENCE_ROWS) {
    errors.range = `may span at most ${MAX_EVIDENCE_ROWS} records`;
  } else {
    return [value[0], value[1]];
  }
  return DEFAULT_EVIDENCE_RANGE;
}

export function parseEvidenceQuery(q: Record<string, unknown>, today = todayIso()): EvidenceQuery {
  const errors: Record<string, string> = {};
  for (const key of Object.keys(q)) if (!KNOWN.has(key)) errors[key] = `unknown field "${key.slice(0, 60)}": remove it`;
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
  const sort = parseSort(q.sort, errors);
  const range = parseRange(q.range, errors);
  let format: EvidenceQuery['format'] = 'json';
  if (q.format !== undefined && q.format !== '') {
    if (typeof q.format !== 'string' || !(FORMATS as readonly string[]).includes(q.format)) errors.format = `must be one of: ${FORMATS.join(', ')}`;
    else format = q.format as EvidenceQuery['format'];
  }
  throwFieldErrors('comparison request', errors);
  return { lab: lab!, quarter: period!, definition, theme, district, phase, sort, range, format };
}
