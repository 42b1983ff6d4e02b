import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addQuarters, type ApprovedValue, clampQuarter, compareQuarters, type ContractSchedule, DomainError, outcomePaymentSchedule,
  paymentRowsProblem, type PaymentsOverview, quarterOfDate, quartersBetween, type QuarterPayment, sumCents, todayIso,
} from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';
import { labWindow, labWindowErrors } from '../common/lab-window';
import { readSnapshot } from './read-snapshot';
import { approvedValueRows, type ApprovedValueRow, contractRows, type ContractRow, type Db } from './report-queries';

/**
 * Outcome payments (betalen wat werkt): each outcome contract's schedule, quarter by quarter, from its
 * approved values. The rule of a payment is libs/domain's outcomePaymentSchedule; this loads its inputs.
 */
@Injectable()
export class PaymentsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * GET /api/reports/payments: every outcome contract's schedule through `through` (by default the last
   * quarter that has ended), and the lab's dues per quarter; with `agreement`, that contract's alone.
   * `through` lies in the lab's window; the answer holds at most MAX_PAYMENT_ROWS quarter rows, counted
   * before any is computed, so its size never depends on what the heap can take.
   */
  overview(labId: number, asked: string | null, options: { agreement?: number | null; today?: string } = {}): Promise<PaymentsOverview> {
    const today = options.today ?? todayIso();
    return readSnapshot(this.dataSource, async (m) => {
      const window = await labWindow(m, labId, today);
      throwFieldErrors('payments request', labWindowErrors(labId, window, { through: asked }));
      const through = asked ?? clampQuarter(addQuarters(quarterOfDate(today), -1), window);
      const contracts = await contractRows(m, labId, options.agreement ?? null);
      const rows = contracts.reduce((n, c) => n + Math.max(1, spanLength(contractSpan(c, through))), 0);
      const tooMany = paymentRowsProblem(rows);
      if (tooMany) {
        throw new DomainError('VALIDATION_FAILED', `The payments of lab ${labId} through ${through} ${tooMany}.`, { errors: { through: tooMany } });
      }
      const schedules = await this.schedulesOf(m, contracts, through, 'all');
      const dueBy = new Map<string, number[]>();
      for (const s of schedules) {
        for (const r of s.rows) {
          const dues = dueBy.get(r.period);
          if (dues) dues.push(r.dueCents);
          else dueBy.set(r.period, [r.dueCents]);
        }
      }
      return {
        labId,
        through,
        contracts: schedules,
        totalPaidToDateCents: sumCents(schedules.map((s) => s.paidToDateCents)),
        dueByQuarter: [...dueBy.keys()].sort(compareQuarters).map((period) => ({ period, dueCents: sumCents(dueBy.get(period)!) })),
      };
    });
  }

  /**
   * Each of the lab's paying contracts with its schedule through `through`, read with `db` (the report's
   * snapshot). `last`: keep only each schedule's last row (what the quarterly report shows), so that its
   * memory grows with the number of contracts, not with contracts times quarters.
   */
  async schedules(db: Db, labId: number, through: string, keep: 'all' | 'last' = 'all'): Promise<ContractSchedule[]> {
    return this.schedulesOf(db, await contractRows(db, labId), through, keep);
  }

  private async schedulesOf(db: Db, contracts: ContractRow[], through: string, keep: 'all' | 'last'): Promise<ContractSchedule[]> {
    if (contracts.length === 0) return [];
    const values = await approvedValueRows(db, [...new Set(contracts.map((c) => c.indicatorId))], through);
    return contractSchedules(contracts, values, through, keep);
  }
}

/** The quarters a contract's schedule runs through `through`: from its first quarter to `through`, or its end quarter if earlier. */
export function contractSpan(c: ContractRow, through: string): { from: string | null; last: string } {
  const firstDay = c.startDate ?? c.signedDate;
  const last = c.endDate !== null && compareQuarters(quarterOfDate(c.endDate), through) < 0 ? quarterOfDate(c.endDate) : through;
  return { from: firstDay === null ? null : quarterOfDate(firstDay), last };
}

/** How many rows a span has: none without a first quarter or when it starts after its last. */
function spanLength(span: { from: string | null; last: string }): number {
  return span.from === null ? 0 : Math.max(0, quartersBetween(span.from, span.last) + 1);
}

/** Each contract's schedule from its first quarter through `through` (or its end quarter, if earlier). */
export function contractSchedules(contracts: ContractRow[], values: ApprovedValueRow[], through: string, keep: 'all' | 'last' = 'all'): ContractSchedule[] {
  const approved = new Map<number, ApprovedValue[]>();
  for (const v of values) {
    const series = approved.get(v.indicatorId);
    if (series) series.push({ period: v.period, value: v.value });
    else approved.set(v.indicatorId, [{ period: v.period, value: v.value }]);
  }

  return contracts.map((c): ContractSchedule => {
    const { from, last } = contractSpan(c, through);
    const all: QuarterPayment[] =
      from !== null && compareQuarters(from, last) <= 0
        ? outcomePaymentSchedule(
          // A contract on an indicator without baseline pays for everything measured: baseline 0.
          { pricePerUnitCents: c.pricePerUnitCents, maxPaymentCents: c.maxPaymentCents, baseline: c.baseline ?? 0, direction: c.direction, aggregation: c.aggregation },
          approved.get(c.indicatorId) ?? [], from, last,
        )
        : [];
    const paid = all.length ? all[all.length - 1]!.paidToDateCents : 0;
    return {
      agreementId: c.agreementId, title: c.title, projectId: c.projectId, projectCode: c.projectCode,
      indicatorId: c.indicatorId, indicatorName: c.indicatorName, pricePerUnitCents: c.pricePerUnitCents,
      maxPaymentCents: c.maxPaymentCents, from, rows: keep === 'last' ? all.slice(-1) : all, paidToDateCents: paid, remainingCents: c.maxPaymentCents - paid,
    };
  });
}
