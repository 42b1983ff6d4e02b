import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { renderReportCsv } from './report-csv';
import { reportFileBase } from './report-format';
import type { CsvDialect, QuarterlyReport, ReportFormat, ReportStamp } from '@lab/domain';

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * JSON with the keys of every object sorted: the form a frozen report's data is hashed and served in.
 * PostgreSQL's jsonb does not keep key order, so only a canonical form can be re-served byte for byte.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys);
}

function sortedKeys(_key: string, v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
}

/** Bytes of JSON made between two turns of the event loop (jsonBytes). */
const BYTES_PER_TURN = 1 << 20;

/**
 * A value's JSON as UTF-8 bytes, made a piece at a time: the elements of an object's arrays (a report's
 * projects, payments, rows) each become bytes on their own. A 5,000-project report's 43 MB of JSON never
 * stands on the heap as one string; only its largest element does. After each megabyte the event loop has
 * a turn, so that the second or so this takes does not hold up every other request. `canonical` sorts the
 * keys (canonicalJson, for a frozen version); otherwise they stay in the order the value has them, which
 * JSON.stringify writes at a fraction of the cost (a live report: 0.3 s against 1.9 s for 43 MB).
 */
export async function jsonBytes(value: unknown, { canonical }: { canonical: boolean }): Promise<Buffer> {
  const stringify = canonical ? canonicalJson : (v: unknown) => JSON.stringify(v) as string | undefined;
  const pieces: Buffer[] = [];
  let sinceTurn = 0;
  const text = (s: string) => {
    const piece = Buffer.from(s, 'utf8');
    pieces.push(piece);
    sinceTurn += piece.length;
  };
  const json = (v: unknown) => stringify(v) ?? 'null';
  const plain = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
  if (!plain(value)) return Buffer.from(json(value), 'utf8');
  let first = true;
  text('{');
  for (const key of canonical ? Object.keys(value).sort() : Object.keys(value)) {
    const v = value[key];
    const whole = Array.isArray(v) ? null : stringify(v);
    // As JSON.stringify: a property without a JSON value is left out.
    if (whole === undefined) continue;
    text(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (whole !== null) text(whole);
    else {
      text('[');
      for (const [i, element] of (v as unknown[]).entries()) {
        text(`${i ? ',' : ''}${json(element)}`);
        if (sinceTurn >= BYTES_PER_TURN) {
          sinceTurn = 0;
          await nextTurn();
        }
      }
      text(']');
    }
  }
  text('}');
  return Buffer.concat(pieces);
}

/** One rendered download. */
export interface ReportFile {
  bytes: Buffer;
  contentType: string;
  filename: string;
}

/** How a file is made beyond its report and format. */
export interface RenderOptions {
  /** A frozen version's stamp; none for a live download, which the PDF and XLSX then mark as a draft. */
  stamp?: ReportStamp | null;
  /** The CSV's dialect (default `nl`, for Dutch Excel). */
  dialect?: CsvDialect;
}

/** A report's file of one format, as downloaded. */
export function reportFile(report: QuarterlyReport, format: ReportFormat, bytes: Buffer, options: RenderOptions = {}): ReportFile {
  const base = reportFileBase(report.lab.id, report.period, options.stamp?.version);
  const dialect = format === 'csv' && options.dialect === 'machine' ? '-machine' : '';
  return { bytes, contentType: CONTENT_TYPES[format], filename: `${base}${dialect}.${format}` };
}

/**
 * Renders a report in one format on the calling thread. The API renders files through its worker pool
 * (report-render-pool.ts), which runs this in a worker thread.
 */
export async function renderReport(report: QuarterlyReport, format: ReportFormat, options: RenderOptions = {}): Promise<ReportFile> {
  // pdfmake with its fonts and exceljs hold some 45 MB once loaded: only a thread that makes such a file
  // loads them.
  const bytes =
    format === 'pdf' ? await (await import('./report-pdf')).renderReportPdf(report, options.stamp ?? null)
      : format === 'xlsx' ? await (await import('./report-xlsx')).renderReportXlsx(report, options.stamp ?? null)
        : format === 'csv' ? await renderReportCsv(report, options.dialect ?? 'nl')
          : await jsonBytes(report, { canonical: false });
  return reportFile(report, format, bytes, options);
}

/**
 * A report's heap in kB, estimated from its lines (a project, decision, milestone, indicator, agreement,
 * payment or row of "wat werkt"): measured with the report kept and the heap collected before and after,
 * a 1,000-project lab's report (27,800 lines) took 11.2 MB and a 5,000-project lab's (139,000 lines)
 * 52.6 MB, so about 100 kB and 0.4 kB a line (whole kB: lru-cache counts in integers). Computing one takes
 * about twice as much again while its rows are in memory (119 MB at its peak for the 5,000 projects).
 */
export function reportKb(r: QuarterlyReport): number {
  let lines = r.payments.length + r.pending.length;
  for (const p of r.projects) {
    lines += 1 + p.decisions.length + p.milestones.items.length + p.indicators.length + p.agreements.length + p.payments.length;
  }
  // A row of "wat werkt per thema" weighs about as much as an indicator line.
  for (const t of r.evidence ?? []) for (const d of t.definitions) lines += 1 + d.rows.length;
  return 100 + Math.ceil(lines * 0.4);
}
