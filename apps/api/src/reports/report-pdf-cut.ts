import type { QuarterlyReport } from '@lab/domain';

// What of a report its PDF lists one by one. A PDF is laid out whole in memory (pdfmake), about 130 kB of
// heap per project of a compact report: a lab of a thousand projects fits the render thread's heap, one of
// five thousand does not (the thread ran out of memory at 256 MB). So a PDF names at most PDF_MAX_PROJECTS
// projects, and of the open measurements and payments those of the projects it names; it says how many
// more there are and that the XLSX and CSV hold every one. Totals and charts count every project. Kept
// apart from report-pdf.ts so that the API's thread cuts the report before handing it to a render thread
// (a smaller copy to make) without loading pdfmake.

/** The most projects a PDF lists one by one (the overview, the indicators, open measurements, payments). */
export const PDF_MAX_PROJECTS = 1000;

/** The full lengths of the lists a PDF was cut from. */
export interface PdfCut {
  projects: number;
  pending: number;
  payments: number;
}

export type PdfReport = QuarterlyReport & { pdfCut?: PdfCut };

/** The report as its PDF shows it: unchanged up to `max` projects, else cut to its first `max` (by code). */
export function pdfReport(r: PdfReport, max = PDF_MAX_PROJECTS): PdfReport {
  if (r.pdfCut || r.projects.length <= max) return r;
  const projects = r.projects.slice(0, max);
  const shown = new Set(projects.map((p) => p.id));
  return {
    ...r,
    projects,
    pending: r.pending.filter((p) => shown.has(p.projectId)),
    payments: r.payments.filter((p) => shown.has(p.projectId)),
    pdfCut: { projects: r.projects.length, pending: r.pending.length, payments: r.payments.length },
  };
}
