import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type ApprovedValue, compareQuarters, type ContractSchedule, outcomePaymentSchedule, type PaymentsOverview, quarterOfDate,
  type QuarterPayment, sumCents,
} from '@lab/domain';
import { readSnapshot } from './read-snapshot';
import { approvedValueRows, type ApprovedValueRow, contractRows, type ContractRow, type Db, labOrFail } from './report-queries';

/**
 * Outcome payments (betalen wat werkt): each outcome contract's schedule, quarter by quarter, from its
 * approved values. The rule of a payment is libs/domain's outcomePaymentSchedule; this loads its inputs.
 */
@Injectable()
export class PaymentsService {
  constructor(private readonly dataSource: DataSource) {}

  /** GET /api/reports/payments: every outcome contract's schedule through `through`, and the lab's dues per quarter. */
  overview(labId: number, through: string): Promise<PaymentsOverview> {
    return readSnapshot(this.dataSource, async (m) => {
      await labOrFail(m, labId);
      const schedules = await this.schedules(m, labId, through);
      const dueBy = new Map<string, number[]>();
      for (const s of schedules) for (const r of s.rows) dueBy.set(r.period, [...(dueBy.get(r.period) ?? []), r.dueCents]);
      return {
        labId,
        through,
        contracts: schedules,
        totalPaidToDateCents: sumCents(schedules.map((s) => s.paidToDateCents)),
        dueByQuarter: [...dueBy.keys()].sort(compareQuarters).map((period) => ({ period, dueCents: sumCents(dueBy.get(period)!) })),
      };
    });
  }

  /** Each of the lab's paying contracts with its schedule through `through`, read with `db` (the report's snapshot). */
  async schedules(db: Db, labId: number, through: string): Promise<ContractSchedule[]> {
    const contracts = await contractRows(db, labId);
    if (contracts.length === 0) return [];
    const values = await approvedValueRows(db, [...new Set(contracts.map((c) => c.indicatorId))], through);
    return contractSchedules(contracts, values, through);
  }
}

/** Each contract's schedule from its first quarter through `through` (or its end quarter, if earlier). */
export function contractSchedules(contracts: ContractRow[], values: ApprovedValueRow[], through: string): ContractSchedule[] {
  const approved = new Map<number, ApprovedValue[]>();
  for (const v of values) approved.set(v.indicatorId, [...(approved.get(v.indicatorId) ?? []), { period: v.period, value: v.value }]);

  return contracts.map((c): ContractSchedule => {
    const firstDay = c.startDate ?? c.signedDate;
    const from = firstDay === null ? null : quarterOfDate(firstDay);
    const last = c.endDate !== null && compareQuarters(quarterOfDate(c.endDate), through) < 0 ? quarterOfDate(c.endDate) : through;
    const rows: QuarterPayment[] =
      from !== null && compareQuarters(from, last) <= 0
        ? outcomePaymentSchedule(
          // A contract on an indicator without baseline pays for everything measured: baseline 0.
          { pricePerUnitCents: c.pricePerUnitCents, maxPaymentCents: c.maxPaymentCents, baseline: c.baseline ?? 0, direction: c.direction, aggregation: c.aggregation },
          approved.get(c.indicatorId) ?? [], from, last,
        )
        : [];
    const paid = rows.length ? rows[rows.length - 1]!.paidToDateCents : 0;
    return {
      agreementId: c.agreementId, title: c.title, projectId: c.projectId, projectCode: c.projectCode,
      indicatorId: c.indicatorId, indicatorName: c.indicatorName, pricePerUnitCents: c.pricePerUnitCents,
      maxPaymentCents: c.maxPaymentCents, from, rows, paidToDateCents: paid, remainingCents: c.maxPaymentCents - paid,
    };
  });
}
