import {
  CSV_DIALECTS, type CsvDialect, isQuarter, quarterOutside, quarterWindow, REPORT_FORMATS, todayIso, windowWords, type ReportFormat,
} from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';

// The query parameters of the report routes, checked by hand so that every problem is one 400 naming its
// parameter (react-admin's { errors: { field: fix } }), never a database error. Express's simple query
// parser gives a string, an array (a repeated parameter) or nothing.


type Query = Record<string, unknown>;
const INT4_MAX = 2147483647;

export function id(value: unknown, errors: Record<string, string>, field: string, what = 'a lab', required = true): number | null {
  if (value === undefined || value === '') {
    if (required) errors[field] = `is required: the id of ${what}, e.g. 1`;
    return null;
  } else if (typeof value !== 'string' || !/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > INT4_MAX) {
    errors[field] = `must be the id of ${what}: a positive whole number`;
  }
  return Number(value);
}

/** A quarter, inside the window any request may name (a lab's own, narrower window is checked once the lab is read). */
export function quarter(value: unknown, errors: Record<string, string>, field: string, required: boolean, today: string): string | null {
  if (value === undefined || value === '') {
    if (required) errors[field] = 'is required: a quarter such as 2016-Q3';
    return null;
  }
  if (!isQuarter(value)) errors[field] = 'must be a quarter such as 2016-Q3';
  else if (quarterOutside(value, quarterWindow(today))) errors[field] = windowWords('quarter', quarterWindow(today));
  return value as string;
}

function format(value: unknown, errors: Record<string, string>): ReportFormat {
  if (value === undefined || value === '') return 'json';
  if (typeof value !== 'string' || !(REPORT_FORMATS as readonly string[]).includes(value)) {
    errors.format = `must be one of ${REPORT_FORMATS.join(', ')}`;
  }
  return value as ReportFormat;
}

/** The CSV's dialect: only with format=csv; `nl` (for Dutch Excel) unless `machine` is asked for. */
function dialect(value: unknown, f: ReportFormat, errors: Record<string, string>): CsvDialect {
  if (value === undefined || value === '') return 'nl';
  if (typeof value !== 'string' || !(CSV_DIALECTS as readonly string[]).includes(value)) {
    errors.dialect = `must be one of ${CSV_DIALECTS.join(', ')}: nl opens in Dutch Excel, machine is for other systems`;
  } else if (f !== 'csv') {
    errors.dialect = 'applies to format=csv only: leave it out, or ask for format=csv';
  }
  return value as CsvDialect;
}

/** ?lab=&quarter=&format=&dialect= */
export function parseReportQuery(
  q: Query, options: { format: boolean }, today = todayIso(),
): { lab: number; quarter: string; format: ReportFormat; dialect: CsvDialect } {
  const errors: Record<string, string> = {};
  const lab = id(q.lab, errors, 'lab');
  const period = quarter(q.quarter, errors, 'quarter', true, today);
  const f = options.format ? format(q.format, errors) : 'json';
  const d = options.format ? dialect(q.dialect, f, errors) : 'nl';
  throwFieldErrors('report request', errors);
  return { lab: lab!, quarter: period!, format: f, dialect: d };
}

export interface PaymentsQuery {
  lab: number;
  /** null: the last quarter that has ended (brought into the lab's window). */
  through: string | null;
  /** Only this agreement's schedule (an agreement's own page); null: every outcome contract of the lab. */
  agreement: number | null;
}

/** ?lab=&through=&agreement= */
export function parsePaymentsQuery(q: Query, today = todayIso()): PaymentsQuery {
  const errors: Record<string, string> = {};
  const lab = id(q.lab, errors, 'lab');
  const through = quarter(q.through, errors, 'through', false, today);
  const agreement = id(q.agreement, errors, 'agreement', 'an agreement', false);
  throwFieldErrors('payments request', errors);
  return { lab: lab!, through, agreement };
}

/** ?format= of a frozen version. */
export function parseFormat(q: Query): ReportFormat {
  const errors: Record<string, string> = {};
  const f = format(q.format, errors);
  // A frozen version serves its files as stored: its CSV is the Dutch one it was frozen with.
  if (q.dialect !== undefined && q.dialect !== 'nl') {
    errors.dialect = 'a frozen version serves its CSV as it was frozen (nl); for other systems take format=json, the same data';
  }
  throwFieldErrors('download request', errors);
  return f;
}
