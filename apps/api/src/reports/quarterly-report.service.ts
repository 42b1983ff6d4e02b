import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addQuarters, quarterEnd, type QuarterlyReport, quarterStart, reportAsOf, todayIso } from '@lab/domain';
import { readEvidenceFacts } from '../evidence/evidence-facts';
import { assembleReportInTurns, type ReportRows } from './assemble-report';
import { PaymentsService } from './payments.service';
import { readSnapshot } from './read-snapshot';
import { correctionRows } from './report-corrections';
import {
  agreementRows, decisionRows, dimensionRows, indicatorRows, labOrFail, milestoneRows, projectRows, type ReportDays, revisionRows, statusRows, themeRows,
} from './report-queries';

/**
 * Computes the quarterly outcome report: its queries (report-queries.ts) read from one snapshot, then
 * assembleReport makes the report of their rows, in turns with the other requests.
 */
@Injectable()
export class QuarterlyReportService {
  constructor(private readonly dataSource: DataSource, private readonly payments: PaymentsService) {}

  async report(labId: number, period: string, options: { today?: string; now?: Date } = {}): Promise<QuarterlyReport> {
    const days: ReportDays = { quarterStart: quarterStart(period), quarterEnd: quarterEnd(period), asOf: reportAsOf(period, options.today ?? todayIso()) };
    // One after the other: a transaction has one connection, which runs one query at a time anyway (pg 8
    // queues queries sent at once, with a deprecation warning; pg 9 refuses them).
    const rows = await readSnapshot(this.dataSource, async (m): Promise<ReportRows> => ({
      lab: await labOrFail(m, labId),
      projects: await projectRows(m, labId),
      decisions: await decisionRows(m, labId),
      statuses: await statusRows(m, labId, period),
      milestones: await milestoneRows(m, labId, days),
      indicators: await indicatorRows(m, labId, period, addQuarters(period, -1)),
      dimensions: await dimensionRows(m, labId),
      revisions: await revisionRows(m, labId),
      agreements: await agreementRows(m, labId, days),
      schedules: await this.payments.schedules(m, labId, period, 'last'),
      themes: await themeRows(m, labId),
      evidence: await readEvidenceFacts(m, { lab: labId, quarter: period, definition: null, theme: null, district: null, phase: null }),
      corrections: await correctionRows(m, labId, period),
    }));
    // Assembled after the commit: the connection goes back to the pool while the figures are worked out.
    return assembleReportInTurns(rows, { period, ...days, generatedAt: (options.now ?? new Date()).toISOString() });
  }
}
