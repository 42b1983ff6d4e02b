import { availableParallelism } from 'node:os';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Piscina } from 'piscina';
import { DomainError, type QuarterlyReport, type ReportFormat } from '@lab/domain';
import { type RenderOptions, renderReport, reportFile, reportKb, type ReportFile } from './report-files';
import type { RenderTask } from './report-render.worker';
import { REPORT_WORKER_FILE } from './report-render-worker-file';
import { pdfReport } from './report-pdf-cut';

export interface ReportRenderPoolOptions {
  /** Worker threads, at most. */
  threads: number;
  /** Files waiting or being made, at most; one more is refused with 503 (UNAVAILABLE). */
  maxRenders: number;
  /**
   * The estimated heap (reportKb) of the reports those files are made from, at most: each waiting render
   * keeps its report object alive on the API's heap (11 MB for a 1,000-project lab). A report counts once
   * however many of its files are being made (a freeze makes three).
   */
  maxRendersKb: number;
  /** A thread with nothing to do stops after this long, giving back pdfmake's and exceljs's memory. */
  idleMs: number;
}

export const DEFAULT_RENDER_POOL: ReportRenderPoolOptions = {
  // One core is left to the API's own thread (and PostgreSQL). Two threads at most: each holds pdfmake and
  // exceljs (some 45 MB) and the file it is making (a 1,000-project PDF needs up to 128 MB); more capacity
  // comes from more replicas of the API.
  threads: Math.max(1, Math.min(2, availableParallelism() - 1)),
  // At ~0.5 s a file for a big lab on one thread, the last of 32 waits some 15 s; eight 1,000-project
  // reports fill the 96 MB first, one of 5,000 projects takes 70 MB of it.
  maxRenders: 32,
  maxRendersKb: 96 * 1024,
  idleMs: 60_000,
};

/**
 * The heap of each worker thread in MB, as the API's own (node --max-old-space-size=256 in `npm start`
 * and docker/). Where that flag is given, V8 applies it to every thread and this is not used.
 */
const WORKER_HEAP_MB = 256;
/** On shutdown, files being made get this long to finish; waiting ones are refused at once. */
const CLOSE_TIMEOUT_MS = 10_000;

/**
 * Renders the report files (PDF, XLSX, CSV) in a pool of worker threads (piscina), so a big PDF never
 * holds up the event loop, and every other request, behind it. The report object goes to the thread as a
 * structured clone (it is plain data, as its JSON is), the file comes back without a copy. The JSON
 * answer is serialised here: it is quick, and would cost a clone there and back.
 */
@Injectable()
export class ReportRenderPool implements OnApplicationShutdown {
  private readonly pool: Piscina<RenderTask, Uint8Array>;
  private readonly options: ReportRenderPoolOptions;
  private renders = 0;
  /** The reports files are being made from, each with how many of its files. */
  private readonly reports = new Map<QuarterlyReport, number>();
  private rendersKb = 0;
  private closed = false;

  constructor() {
    this.options = DEFAULT_RENDER_POOL;
    this.pool = new Piscina<RenderTask, Uint8Array>({
      filename: REPORT_WORKER_FILE,
      // No thread until a file is asked for, and none kept once idle.
      minThreads: 0,
      maxThreads: this.options.threads,
      idleTimeout: this.options.idleMs,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      closeTimeout: CLOSE_TIMEOUT_MS,
    });
  }

  async render(report: QuarterlyReport, format: ReportFormat, options: RenderOptions = {}): Promise<ReportFile> {
    if (format === 'json') return renderReport(report, 'json');
    // piscina would start new threads for it, and they would keep a stopping process alive.
    if (this.closed) throw new DomainError('UNAVAILABLE', 'The API is shutting down; try again in a few seconds.');
    // The report stays on this heap while its file is made; one already being rendered costs nothing more.
    const kb = this.reports.has(report) ? 0 : reportKb(report);
    // A render is always taken on when none is under way, however big its report.
    if (this.renders > 0 && (this.renders >= this.options.maxRenders || this.rendersKb + kb > this.options.maxRendersKb)) {
      throw new DomainError('UNAVAILABLE', 'Too many report files are being made right now; try again in a few seconds.');
    }
    this.renders++;
    this.rendersKb += kb;
    this.reports.set(report, (this.reports.get(report) ?? 0) + 1);
    try {
      // A PDF names at most PDF_MAX_PROJECTS projects: the thread gets only what it shows, a smaller copy.
      const bytes = await this.pool.run({ report: format === 'pdf' ? pdfReport(report) : report, format, options });
      return reportFile(report, format, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options);
    } finally {
      this.renders--;
      const left = this.reports.get(report)! - 1;
      if (left > 0) this.reports.set(report, left);
      else {
        this.reports.delete(report);
        this.rendersKb -= reportKb(report);
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.pool.close({ force: true });
  }
}
