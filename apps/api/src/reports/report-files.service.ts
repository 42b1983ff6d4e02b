import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ReportFormat, todayIso } from '@lab/domain';
import { ChangeCache, dataChanges } from '../common/change-cache';
import { renderReport, type ReportFile } from './report-files';
import { QuarterlyReportService } from './quarterly-report.service';

/** A 1,000-project lab's PDF is a few MB: this keeps the files of a few dozen big reports. */
const MAX_CACHED_BYTES = 64 * 1024 * 1024;
/**
 * Reports computed at once, at most. Each holds a lab's data and its file in memory while it is made, so
 * a burst of requests for different big reports queues instead of growing the heap with each.
 */
const MAX_CONCURRENT_REPORTS = 2;
/** A report is recomputed behind the served one at most this often while the data stands still. */
const MAX_AGE_MS = 30_000;

/**
 * The quarterly report as served live (JSON, PDF, XLSX, CSV): kept until the data behind it changes, so a
 * focus team opening the same quarter together costs one computation. Its `generatedAt` is when the
 * figures were computed. Frozen versions do not come from here: they are computed afresh when frozen.
 */
@Injectable()
export class ReportFilesService {
  private readonly files = new ChangeCache<ReportFile>({
    maxSize: MAX_CACHED_BYTES, size: (f) => f.bytes.length, maxAgeMs: MAX_AGE_MS, concurrency: MAX_CONCURRENT_REPORTS,
  });

  constructor(private readonly dataSource: DataSource, private readonly reports: QuarterlyReportService) {}

  async file(labId: number, period: string, format: ReportFormat): Promise<ReportFile> {
    const changes = await dataChanges(this.dataSource);
    const today = todayIso();
    return this.files.get(`${labId} ${period} ${format} ${changes} ${today}`, async () =>
      renderReport(await this.reports.report(labId, period, { today }), format));
  }
}
