import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type FrozenVersionChanges, liveDifferences, MAX_LIVE_DIFFERENCES, type QuarterlyReport } from '@lab/domain';
import { FrozenReportsService } from './frozen-reports.service';
import { QuarterlyReportService } from './quarterly-report.service';
import { assembleCorrections, versionCorrectionRows } from './report-corrections';

/**
 * What has changed since a version was frozen: the corrections recorded against it, and whether the live
 * figures of its quarter now say otherwise. Read beside the stored version, which itself never changes.
 */
@Injectable()
export class FrozenChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frozen: FrozenReportsService,
    private readonly reports: QuarterlyReportService,
  ) {}

  async changes(id: number, now = new Date()): Promise<FrozenVersionChanges> {
    const stored = await this.frozen.download(id, 'json');
    const { version } = stored;
    const data = JSON.parse(stored.bytes.toString('utf8')) as QuarterlyReport;
    const [latest] = await this.frozen.versions(version.labId, version.period);
    const corrections = assembleCorrections(await versionCorrectionRows(this.dataSource.manager, version.labId, id));
    const live = await this.reports.report(version.labId, version.period, { now });
    const differences = liveDifferences(data, live);
    return {
      version,
      latest: latest?.id === id,
      corrections: corrections.items,
      correctionsTotal: corrections.total,
      liveDiffers: differences.length > 0,
      differences: differences.slice(0, MAX_LIVE_DIFFERENCES),
      differencesTotal: differences.length,
      checkedAt: now.toISOString(),
    };
  }
}
