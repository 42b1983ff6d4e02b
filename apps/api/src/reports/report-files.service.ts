import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type CsvDialect, type QuarterlyReport, type ReportFormat, todayIso } from '@lab/domain';
import { ChangeCache, dataChanges } from '../common/change-cache';
import { reportKb, type ReportFile } from './report-files';
import { ReportRenderPool } from './report-render-pool';
import { QuarterlyReportService } from './quarterly-report.service';

/**
 * While the data stands still, a report is recomputed once behind the served one when it is this old, and
 * then kept (ChangeCache: settled), so its files are rendered at most twice per state of the data.
 */
const MAX_AGE_MS = 30_000;
/**
 * Reports computed at once, at most: one. Each holds a lab's rows and its report in memory while it is made
 * (a 5,000-project lab's some 120 MB at the peak, beside the 53 MB of the report it replaces), so a burst of
 * requests for different big reports queues instead of growing the heap with each; two at once ran the
 * API out of its 256 MB heap. A small lab's report takes a tenth of a second.
 */
const MAX_CONCURRENT_REPORTS = 1;
/**
 * The report objects kept, by their estimated heap in kB (reportKb): they live on the heap, which the API
 * runs at 256 MB. This holds five 1,000-project reports, or one of 5,000 projects, or hundreds of small ones.
 */
const MAX_CACHED_REPORTS_KB = 64 * 1024;
/**
 * A report kept at more than this (reportKb; about 1,400 projects) is let go before it is recomputed when
 * old, instead of being served while its successor is computed beside it: a 5,000-project lab's report
 * (53 MB) and its recomputation (120 MB more at the peak) did not fit the heap together.
 */
const RECOMPUTE_APART_KB = 16 * 1024;
/** A 1,000-project lab's PDF is a few MB: this keeps the files of a few dozen big reports. */
const MAX_CACHED_BYTES = 64 * 1024 * 1024;
/**
 * A file never goes stale: it is keyed by the report object it was rendered from, and a newer report makes
 * a new key. (The key holds the day, so a day is as good as never.)
 */
const FILE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * The quarterly report as served live (JSON, PDF, XLSX, CSV). The report object is computed once per state
 * of the data and kept until that data changes, so a focus team opening the same quarter together, and
 * its PDF and XLSX after it, cost one computation; each format is rendered from that object, once, and
 * kept too. Its `generatedAt` is when the figures were computed. Frozen versions do not come from here:
 * they are computed afresh when frozen.
 */
@Injectable()
export class ReportFilesService {
  private readonly reports = new ChangeCache<QuarterlyReport>({
    maxSize: MAX_CACHED_REPORTS_KB, size: reportKb, maxAgeMs: MAX_AGE_MS, concurrency: MAX_CONCURRENT_REPORTS,
    recomputeApart: (r) => reportKb(r) > RECOMPUTE_APART_KB,
  });
  private readonly files = new ChangeCache<ReportFile>({
    // No bound of its own on renders at once: the render pool has its threads and its queue.
    maxSize: MAX_CACHED_BYTES, size: (f) => f.bytes.length, maxAgeMs: FILE_MAX_AGE_MS,
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly quarterly: QuarterlyReportService,
    private readonly renders: ReportRenderPool,
  ) {}

  async file(labId: number, period: string, format: ReportFormat, dialect: CsvDialect = 'nl'): Promise<ReportFile> {
    const { key, report } = await this.report(labId, period);
    const kind = format === 'csv' ? `csv-${dialect}` : format;
    // generatedAt tells a recomputed report from the one before it under the same key.
    return this.files.get(`${key} ${report.generatedAt} ${kind}`, () => this.renders.render(report, format, { dialect }));
  }

  /** The live report of a lab's quarter, computed at most once per state of the data (and day). */
  private async report(labId: number, period: string): Promise<{ key: string; report: QuarterlyReport }> {
    const changes = await dataChanges(this.dataSource);
    const today = todayIso();
    const key = `${labId} ${period} ${changes} ${today}`;
    return { key, report: await this.reports.get(key, () => this.quarterly.report(labId, period, { today })) };
  }
}
