import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addQuarters, quarterEnd, type QuarterlyReport, quarterStart, reportAsOf, todayIso } from '@lab/domain';
import { assembleReport } from './assemble-report';
import { PaymentsService } from './payments.service';
import {
  agreementRows, decisionRows, indicatorRows, labOrFail, milestoneRows, projectRows, type ReportDays, revisionRows, statusRows,
} from './report-queries';

/**
 * Computes the quarterly outcome report: its queries (report-queries.ts) read the rows, then assembleReport
 * makes the report of them.
 */
@Injectable()
export class QuarterlyReportService {
  constructor(private readonly dataSource: DataSource, private readonly payments: PaymentsService) {}

  async report(labId: number, period: string, options: { today?: string; now?: Date } = {}): Promise<QuarterlyReport> {
    const days: ReportDays = { quarterStart: quarterStart(period), quarterEnd: quarterEnd(period), asOf: reportAsOf(period, options.today ?? todayIso()) };
    const m = this.dataSource.manager;
    const lab = await labOrFail(m, labId);
    const [projects, decisions, statuses, milestones, indicators, revisions, agreements, schedules] = await Promise.all([
      projectRows(m, labId),
      decisionRows(m, labId),
      statusRows(m, labId, period),
      milestoneRows(m, labId, days),
      indicatorRows(m, labId, period, addQuarters(period, -1)),
      revisionRows(m, labId),
      agreementRows(m, labId, days),
      this.payments.schedules(m, labId, period),
    ]);
    const rows = { lab, projects, decisions, statuses, milestones, indicators, revisions, agreements, schedules };
    return assembleReport(rows, { period, ...days, generatedAt: (options.now ?? new Date()).toISOString() });
  }
}
