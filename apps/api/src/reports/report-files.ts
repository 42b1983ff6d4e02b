import { createHash } from 'node:crypto';
import { renderReportCsv } from './report-csv';
import { reportFileBase } from './report-format';
import type { QuarterlyReport, ReportFormat } from '@lab/domain';

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
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
  });
}

/** One rendered download. */
export interface ReportFile {
  bytes: Buffer;
  contentType: string;
  filename: string;
}

export async function renderReport(report: QuarterlyReport, format: ReportFormat, version?: number): Promise<ReportFile> {
  // pdfmake with its fonts and exceljs hold some 45 MB once loaded: only an instance that makes such a
  // file loads them.
  const bytes =
    format === 'pdf' ? await (await import('./report-pdf')).renderReportPdf(report)
      : format === 'xlsx' ? await (await import('./report-xlsx')).renderReportXlsx(report)
        : format === 'csv' ? await renderReportCsv(report)
          : Buffer.from(canonicalJson(report), 'utf8');
  return { bytes, contentType: CONTENT_TYPES[format], filename: `${reportFileBase(report.lab.id, report.period, version)}.${format}` };
}
