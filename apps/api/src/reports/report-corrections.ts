import {
  type ContractSchedule, type CorrectionItem, type CorrectionKind, MAX_REPORT_CORRECTIONS, paymentEffect, type ReportCorrections, sumDifferences,
} from '@lab/domain';
import { contractSchedules } from './payments.service';
import { approvedValueRows, type ApprovedValueRow, contractRows, type ContractRow, type Db } from './report-queries';

// The corrections section of a quarterly report (libs/domain closed-quarter.ts): the corrections of closed
// earlier quarters recorded since the lab last froze an earlier quarter's report, each with what it does to the
// outcome payments of the quarter it corrects. Its rows are read in the report's snapshot; assembled without I/O.

export type CorrectionRow = Omit<CorrectionItem, 'payments' | 'correctedAt' | 'reapprovedAt'> & { correctedAt: Date; reapprovedAt: Date | null };

export interface CorrectionRows {
  since: Date | null;
  total: number;
  rows: CorrectionRow[];
  /** The outcome contracts on the corrected indicators, and those indicators' approved values now. */
  contracts: ContractRow[];
  values: ApprovedValueRow[];
}

const SELECT = `SELECT c.id, c.kind, c.period, c.frozen_report_id AS "frozenReportId", f.version AS "frozenVersion",
         c.project_id AS "projectId", p.code AS "projectCode", p.title AS "projectTitle",
         c.indicator_id AS "indicatorId", i.name AS "indicatorName", c.measurement_id AS "measurementId", c.status_update_id AS "statusUpdateId",
         c.old_value::float8 AS "oldValue", c.new_value::float8 AS "newValue", c.reason,
         c.corrected_by_id AS "correctedById", u.name AS "correctedByName", c.corrected_at AS "correctedAt", c.reapproved_at AS "reapprovedAt"
    FROM corrections c JOIN frozen_reports f ON f.id = c.frozen_report_id JOIN projects p ON p.id = c.project_id
    LEFT JOIN indicators i ON i.id = c.indicator_id LEFT JOIN users u ON u.id = c.corrected_by_id`;

/** The rows of the corrections a lab's report of `period` lists (correctionListed), oldest first. */
export async function correctionRows(db: Db, labId: number, period: string): Promise<CorrectionRows> {
  const [{ since }] = await db.query('SELECT max(frozen_at) AS since FROM frozen_reports WHERE lab_id = $1 AND period < $2', [labId, period]);
  const where = 'c.lab_id = $1 AND c.period < $2 AND ($3::timestamptz IS NULL OR c.corrected_at > $3)';
  return withPayments(db, labId, since as Date | null, `${SELECT} WHERE ${where}`, `SELECT count(*)::int AS n FROM corrections c WHERE ${where}`, [labId, period, since]);
}

/** The rows of the corrections recorded against one frozen version, oldest first. */
export async function versionCorrectionRows(db: Db, labId: number, frozenReportId: number): Promise<CorrectionRows> {
  const where = 'c.frozen_report_id = $1';
  return withPayments(db, labId, null, `${SELECT} WHERE ${where}`, `SELECT count(*)::int AS n FROM corrections c WHERE ${where}`, [frozenReportId]);
}

async function withPayments(db: Db, labId: number, since: Date | null, select: string, count: string, params: unknown[]): Promise<CorrectionRows> {
  const rows: (Omit<CorrectionRow, 'period'> & { period: string })[] = await db.query(`${select} ORDER BY c.corrected_at, c.id LIMIT ${MAX_REPORT_CORRECTIONS}`, params);
  const [{ n }] = await db.query(count, params);
  const indicators = [...new Set(rows.map((r) => r.indicatorId).filter((id): id is number => id !== null))];
  const contracts = indicators.length ? (await contractRows(db, labId)).filter((c) => indicators.includes(c.indicatorId)) : [];
  const latest = rows.reduce((q, r) => (r.period > q ? r.period : q), '');
  const values = contracts.length ? await approvedValueRows(db, [...new Set(contracts.map((c) => c.indicatorId))], latest) : [];
  return { since, total: n as number, rows, contracts, values };
}

/** The corrections section from its rows: each correction's effect on the payments of the quarter it corrects. */
export function assembleCorrections(c: CorrectionRows): ReportCorrections {
  const items = c.rows.map((r) => correctionItem(r, c.contracts, c.values));
  return {
    since: c.since?.toISOString() ?? null,
    total: c.total,
    items,
    paymentDifferenceCents: sumDifferences(items.flatMap((i) => i.payments.map((p) => p.differenceCents))),
  };
}

export function correctionItem(r: CorrectionRow, contracts: ContractRow[], values: ApprovedValueRow[]): CorrectionItem {
  return {
    ...r,
    kind: r.kind as CorrectionKind,
    correctedAt: r.correctedAt.toISOString(),
    reapprovedAt: r.reapprovedAt?.toISOString() ?? null,
    payments: correctionPayments(r, contracts, values),
  };
}

/**
 * The payment of the corrected quarter under each outcome contract on the indicator: with the value the frozen
 * report counted (the old one, or none) and with the corrected one, every other approved value as it is now.
 * None while the correction is open (the value is not approved again yet).
 */
export function correctionPayments(
  r: Pick<CorrectionRow, 'indicatorId' | 'period' | 'oldValue' | 'newValue' | 'reapprovedAt'>, contracts: ContractRow[], values: ApprovedValueRow[],
): CorrectionItem['payments'] {
  if (r.indicatorId === null || r.reapprovedAt === null || r.newValue === null) return [];
  const own = contracts.filter((c) => c.indicatorId === r.indicatorId);
  if (own.length === 0) return [];
  const others = values.filter((v) => v.indicatorId === r.indicatorId && v.period !== r.period && v.period <= r.period);
  const withValue = (value: number | null) => (value === null ? others : [...others, { indicatorId: r.indicatorId!, period: r.period, value }]);
  const due = (schedules: ContractSchedule[], id: number) => {
    const last = schedules.find((s) => s.agreementId === id)?.rows.at(-1);
    return last && last.period === r.period ? last.dueCents : 0;
  };
  const frozen = contractSchedules(own, withValue(r.oldValue), r.period, 'last');
  const corrected = contractSchedules(own, withValue(r.newValue), r.period, 'last');
  return own
    .map((c) => ({ agreementId: c.agreementId, title: c.title, ...paymentEffect(due(frozen, c.agreementId), due(corrected, c.agreementId)) }))
    .filter((p) => p.frozenDueCents !== 0 || p.correctedDueCents !== 0);
}
