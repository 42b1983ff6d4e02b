import { constants, setPriority } from 'node:os';
import { move } from 'piscina';
import type { QuarterlyReport, ReportFileFormat } from '@lab/domain';
import { renderReport, type RenderOptions } from './report-files';

// The task a report-render worker thread runs (report-render-pool.ts): one report file, made from the
// report object the API computed. pdfmake, exceljs and csv-stringify are loaded here, in the worker, so the
// API's own thread never does this CPU work nor holds these libraries.

// When the threads compete for the CPU, rendering gives way to the API's own thread, which answers every
// other request. On Linux the nice value belongs to a thread, and 0 names this one (elsewhere it would be
// the whole process, the API's thread with it).
try {
  if (process.platform === 'linux') setPriority(0, constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // A sandbox that forbids setpriority: this thread renders at the normal priority.
}

export interface RenderTask {
  /** A structured clone of the report object: plain data, as the JSON answer is. */
  report: QuarterlyReport;
  format: ReportFileFormat;
  options: RenderOptions;
}

export default async function renderTask({ report, format, options }: RenderTask): Promise<Uint8Array> {
  const { bytes } = await renderReport(report, format, options);
  // Handed over without a copy when the bytes own their memory; a small Buffer in Node's shared pool is copied.
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
  return move(owned) as Uint8Array;
}
