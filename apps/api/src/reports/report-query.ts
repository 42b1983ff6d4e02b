import { addQuarters, isQuarter, quarterOfDate, REPORT_FORMATS, todayIso, type ReportFormat } from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';

// The query parameters of the report routes, checked by hand so that every problem is one 400 naming its
// parameter (react-admin's { errors: { field: fix } }), never a database error. Express's simple query
// parser gives a string, an array (a repeated parameter) or nothing.


type Query = Record<string, unknown>;
const INT4_MAX = 2147483647;

function id(value: unknown, errors: Record<string, string>, field: string): number {
  if (value === undefined || value === '') {
    errors[field] = 'is required: the id of a lab, e.g. 1';
  } else if (typeof value !== 'string' || !/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > INT4_MAX) {
    errors[field] = 'must be the id of a lab: a positive whole number';
  }
  return Number(value);
}

function quarter(value: unknown, errors: Record<string, string>, field: string, required: boolean): string | null {
  if (value === undefined || value === '') {
    if (required) errors[field] = 'is required: a quarter such as 2016-Q3';
    return null;
  }
  if (!isQuarter(value)) errors[field] = 'must be a quarter such as 2016-Q3';
  return value as string;
}

function format(value: unknown, errors: Record<string, string>): ReportFormat {
  if (value === undefined || value === '') return 'json';
  if (typeof value !== 'string' || !(REPORT_FORMATS as readonly string[]).includes(value)) {
    errors.format = `must be one of ${REPORT_FORMATS.join(', ')}`;
  }
  return value as ReportFormat;
}

/** ?lab=&quarter=&format= */
export function parseReportQuery(q: Query, options: { format: boolean }): { lab: number; quarter: string; format: ReportFormat } {
  const errors: Record<string, string> = {};
  const lab = id(q.lab, errors, 'lab');
  const period = quarter(q.quarter, errors, 'quarter', true);
  const f = options.format ? format(q.format, errors) : 'json';
  throwFieldErrors('report request', errors);
  return { lab, quarter: period!, format: f };
}

/** ?lab=&through= — `through` defaults to the last quarter that has ended. */
export function parsePaymentsQuery(q: Query, today = todayIso()): { lab: number; through: string } {
  const errors: Record<string, string> = {};
  const lab = id(q.lab, errors, 'lab');
  const through = quarter(q.through, errors, 'through', false);
  throwFieldErrors('payments request', errors);
  return { lab, through: through ?? addQuarters(quarterOfDate(today), -1) };
}

/** ?format= of a frozen version. */
export function parseFormat(q: Query): ReportFormat {
  const errors: Record<string, string> = {};
  const f = format(q.format, errors);
  throwFieldErrors('download request', errors);
  return f;
}
