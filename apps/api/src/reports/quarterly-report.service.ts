import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addQuarters, type Aggregation, type AgreementItem, type AgreementKind, type AgreementStatus, type ApprovedValue,
  compareIsoDates, compareQuarters, type ContractPaymentRow, type ContractSchedule, countBy, type DecisionItem,
  type Direction, DomainError, expectedProgress, type GateDecision, type Health, HEALTHS, type IndicatorKind,
  type IndicatorLine, indicatorProgress, type IndicatorUnit, isOnTrack, type MeasurementStatus, milestoneInQuarter,
  type MilestoneItem, type MilestoneStatus, outcomePaymentSchedule, overallFigure, type PaymentsOverview,
  type PendingMeasurement, type Phase, phaseOn, PHASES, type ProjectSection, quarterEnd, type QuarterlyReport,
  quarterOfDate, type QuarterPayment, quarterStart, reportAsOf, roundTo, shareOf, sumCents, type TargetChange,
  targetInForce, targetWasMet, todayIso,
} from '@lab/domain';

// Rows as the SQL below returns them (numeric columns cast to float8, so pg hands over numbers).
interface ProjectRow { id: number; code: string; title: string; phase: Phase; health: Health }
interface DecisionRow {
  id: number; projectId: number; fromPhase: Phase; toPhase: Phase; decision: GateDecision; decidedAt: Date; decidedOn: string;
  decidedByName: string | null; rationale: string | null; conditions: string | null;
}
interface StatusRow { projectId: number; health: Health; narrative: string; submittedAt: Date | null }
interface MilestoneRow {
  id: number; projectId: number; title: string; phase: Phase; dueDate: string; status: MilestoneStatus; completedDate: string | null;
}
interface IndicatorRow {
  id: number; projectId: number; name: string; kind: IndicatorKind; unit: IndicatorUnit; direction: Direction; aggregation: Aggregation;
  baseline: number | null; baselineDate: string | null; target: number | null; targetDate: string | null;
  measurementId: number | null; status: MeasurementStatus | null; value: number | null; submittedAt: Date | null;
  previousValue: number | null; approved: number[] | null;
}
interface RevisionRow extends TargetChange { indicatorId: number; reason: string }
interface AgreementRow {
  id: number; projectId: number; title: string; kind: AgreementKind; status: AgreementStatus; organisationId: number;
  organisationName: string; signedDate: string | null; startDate: string | null; endDate: string | null; contributionCents: number | null;
}
interface ContractRow {
  agreementId: number; title: string; projectId: number; projectCode: string; indicatorId: number; indicatorName: string;
  pricePerUnitCents: number; maxPaymentCents: number; startDate: string | null; signedDate: string | null; endDate: string | null;
  baseline: number | null; direction: Direction; aggregation: Aggregation;
}

/** Outcome contracts pay only once signed; a draft or one still being negotiated pays nothing. */
const PAYING_STATUSES: readonly AgreementStatus[] = ['signed', 'active', 'ended'];

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/**
 * Computes the quarterly outcome report and the outcome payment schedules. A handful of set-based queries
 * per report, whatever the size of the lab; every rule (targets in force, figures, progress, milestones,
 * payments) comes from libs/domain.
 */
@Injectable()
export class QuarterlyReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(labId: number, period: string, options: { today?: string; now?: Date } = {}): Promise<QuarterlyReport> {
    const m = this.dataSource.manager;
    const lab = await this.lab(m, labId);
    const qs = quarterStart(period);
    const qe = quarterEnd(period);
    const asOf = reportAsOf(period, options.today ?? todayIso());
    const previous = addQuarters(period, -1);
    const q = <T>(sql: string, params: unknown[]) => m.query(sql, params) as Promise<T[]>;

    const [projects, decisions, statuses, milestones, indicators, revisions, agreements, contracts] = await Promise.all([
      q<ProjectRow>(`SELECT id, code, title, phase, health FROM projects WHERE lab_id = $1 ORDER BY code, id`, [labId]),
      q<DecisionRow>(
        `SELECT d.id, d.project_id AS "projectId", d.from_phase AS "fromPhase", d.to_phase AS "toPhase", d.decision,
                d.decided_at AS "decidedAt", to_char(d.decided_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "decidedOn",
                u.name AS "decidedByName", d.rationale, d.conditions
           FROM phase_decisions d JOIN projects p ON p.id = d.project_id LEFT JOIN users u ON u.id = d.decided_by_id
          WHERE p.lab_id = $1 ORDER BY d.decided_at, d.id`,
        [labId],
      ),
      q<StatusRow>(
        `SELECT s.project_id AS "projectId", s.health, s.narrative, s.submitted_at AS "submittedAt"
           FROM status_updates s JOIN projects p ON p.id = s.project_id WHERE p.lab_id = $1 AND s.period = $2`,
        [labId, period],
      ),
      // Due in the quarter, done in it, or still open (not done before asOf) although due before asOf.
      q<MilestoneRow>(
        `SELECT ms.id, ms.project_id AS "projectId", ms.title, ms.phase, ms.due_date AS "dueDate", ms.status,
                ms.completed_date AS "completedDate"
           FROM milestones ms JOIN projects p ON p.id = ms.project_id
          WHERE p.lab_id = $1
            AND ((ms.due_date BETWEEN $2 AND $3 AND ms.status <> 'cancelled')
                 OR (ms.status = 'done' AND ms.completed_date BETWEEN $2 AND $3)
                 OR (ms.due_date < $4 AND ms.status <> 'cancelled' AND (ms.status <> 'done' OR ms.completed_date >= $4)))
          ORDER BY ms.due_date, ms.id`,
        [labId, qs, qe, asOf],
      ),
      q<IndicatorRow>(
        `SELECT i.id, i.project_id AS "projectId", i.name, i.kind, i.unit, i.direction, i.aggregation,
                i.baseline_value::float8 AS baseline, i.baseline_date AS "baselineDate",
                i.target_value::float8 AS target, i.target_date AS "targetDate",
                cur.id AS "measurementId", cur.status, CASE WHEN cur.status = 'approved' THEN cur.value::float8 END AS value,
                cur.submitted_at AS "submittedAt", prev.value::float8 AS "previousValue", hist.approved
           FROM indicators i
           JOIN projects p ON p.id = i.project_id
           LEFT JOIN measurements cur ON cur.indicator_id = i.id AND cur.period = $2
           LEFT JOIN measurements prev ON prev.indicator_id = i.id AND prev.period = $3 AND prev.status = 'approved'
           LEFT JOIN LATERAL (
             SELECT array_agg(a.value::float8 ORDER BY a.period) AS approved
               FROM measurements a WHERE a.indicator_id = i.id AND a.status = 'approved' AND a.period <= $2
           ) hist ON true
          WHERE p.lab_id = $1
          ORDER BY i.project_id, i.id`,
        [labId, period, previous],
      ),
      q<RevisionRow>(
        `SELECT r.id, r.indicator_id AS "indicatorId", r.old_value::float8 AS "oldValue", r.new_value::float8 AS "newValue",
                r.old_date AS "oldDate", r.new_date AS "newDate", r.effective_from AS "effectiveFrom", r.reason
           FROM target_revisions r JOIN indicators i ON i.id = r.indicator_id JOIN projects p ON p.id = i.project_id
          WHERE p.lab_id = $1`,
        [labId],
      ),
      // Signed in the quarter, or running during it (an agreement without end date runs while signed or active).
      q<AgreementRow>(
        `SELECT a.id, a.project_id AS "projectId", a.title, a.kind, a.status, a.organisation_id AS "organisationId",
                o.name AS "organisationName", a.signed_date AS "signedDate", a.start_date AS "startDate", a.end_date AS "endDate",
                a.contribution_cents AS "contributionCents"
           FROM agreements a JOIN projects p ON p.id = a.project_id JOIN organisations o ON o.id = a.organisation_id
          WHERE p.lab_id = $1 AND a.status IN ('signed', 'active', 'ended', 'terminated')
            AND (a.signed_date BETWEEN $2 AND $3
                 OR (coalesce(a.start_date, a.signed_date) <= $3
                     AND (a.end_date >= $2 OR (a.end_date IS NULL AND a.status IN ('signed', 'active')))))
          ORDER BY a.project_id, coalesce(a.start_date, a.signed_date), a.id`,
        [labId, qs, qe],
      ),
      this.contracts(m, labId),
    ]);

    const schedules = await this.schedules(m, contracts, period);
    const paymentRows: ContractPaymentRow[] = [];
    for (const s of schedules) {
      const row = s.rows.find((r) => r.period === period);
      if (row) paymentRows.push(contractRow(s, row));
    }

    const byProject = <T extends { projectId: number }>(rows: T[]) => {
      const map = new Map<number, T[]>();
      for (const r of rows) {
        const list = map.get(r.projectId);
        if (list) list.push(r);
        else map.set(r.projectId, [r]);
      }
      return (id: number) => map.get(id) ?? [];
    };
    const decisionsOf = byProject(decisions);
    const milestonesOf = byProject(milestones);
    const indicatorsOf = byProject(indicators);
    const agreementsOf = byProject(agreements);
    const paymentsOf = byProject(paymentRows);
    const statusOf = new Map(statuses.map((s) => [s.projectId, s]));
    const revisionsByIndicator = new Map<number, RevisionRow[]>();
    for (const r of revisions) revisionsByIndicator.set(r.indicatorId, [...(revisionsByIndicator.get(r.indicatorId) ?? []), r]);

    const pending: PendingMeasurement[] = [];
    const sections: ProjectSection[] = projects.map((p) => {
      const own = decisionsOf(p.id);
      const status = statusOf.get(p.id) ?? null;
      const milestoneItems = milestonesOf(p.id).map((ms): MilestoneItem => ({
        id: ms.id, title: ms.title, phase: ms.phase, dueDate: ms.dueDate, status: ms.status, completedDate: ms.completedDate,
        ...milestoneInQuarter(ms, period, asOf),
      }));
      const lines = indicatorsOf(p.id).map((i) => {
        const line = indicatorLine(i, revisionsByIndicator.get(i.id) ?? [], period, qe);
        if (line.pending) {
          pending.push({
            measurementId: i.measurementId!, projectId: p.id, projectCode: p.code, indicatorId: i.id, indicatorName: i.name,
            period, status: i.status!, submittedAt: iso(i.submittedAt),
          });
        }
        return line;
      });
      return {
        id: p.id,
        code: p.code,
        title: p.title,
        phase: phaseOn(p.phase, own, qe),
        currentPhase: p.phase,
        health: status?.health ?? p.health,
        decisions: own.filter((d) => d.decidedOn >= qs && d.decidedOn <= qe).map(decisionItem),
        statusUpdate: status && {
          health: status.health, narrative: status.narrative, submitted: status.submittedAt !== null, submittedAt: iso(status.submittedAt),
        },
        milestones: {
          due: milestoneItems.filter((x) => x.dueInQuarter).length,
          done: milestoneItems.filter((x) => x.doneInQuarter).length,
          doneOnTime: milestoneItems.filter((x) => x.dueInQuarter && x.onTime).length,
          overdue: milestoneItems.filter((x) => x.overdue).length,
          items: milestoneItems,
        },
        indicators: lines,
        agreements: agreementsOf(p.id).map((a) => agreementItem(a, qs, qe)),
        payments: paymentsOf(p.id),
      };
    });

    const sum = (f: (s: ProjectSection) => number) => sections.reduce((n, s) => n + f(s), 0);
    const allLines = sections.flatMap((s) => s.indicators);
    const due = sum((s) => s.milestones.due);
    const doneOnTime = sum((s) => s.milestones.doneOnTime);
    const inForce = schedules.filter((s) => s.rows.length > 0);
    return {
      lab,
      period,
      generatedAt: (options.now ?? new Date()).toISOString(),
      quarterStart: qs,
      quarterEnd: qe,
      asOf,
      totals: {
        projects: sections.length,
        projectsByPhase: countBy(PHASES, sections.map((s) => s.phase)),
        projectsByHealth: countBy(HEALTHS, sections.map((s) => s.health)),
        decisions: sum((s) => s.decisions.length),
        milestones: {
          due,
          done: sum((s) => s.milestones.done),
          doneOnTime,
          overdue: sum((s) => s.milestones.overdue),
          shareOnTime: shareOf(doneOnTime, due),
        },
        indicators: {
          total: allLines.length,
          withTarget: allLines.filter((l) => l.target !== null).length,
          withValue: allLines.filter((l) => l.value !== null).length,
          onTrack: allLines.filter((l) => l.onTrack === true).length,
          behind: allLines.filter((l) => l.onTrack === false).length,
          pending: allLines.filter((l) => l.pending).length,
        },
        payments: {
          dueCents: sumCents(paymentRows.map((r) => r.dueCents)),
          paidToDateCents: sumCents(inForce.map((s) => s.paidToDateCents)),
          maxPaymentCents: sumCents(inForce.map((s) => s.maxPaymentCents)),
        },
        pendingMeasurements: pending.length,
      },
      projects: sections,
      payments: paymentRows,
      pending,
    };
  }

  /** GET /api/reports/payments: every outcome contract's schedule through `through`, and the lab's dues per quarter. */
  async payments(labId: number, through: string): Promise<PaymentsOverview> {
    const m = this.dataSource.manager;
    await this.lab(m, labId);
    const schedules = await this.schedules(m, await this.contracts(m, labId), through);
    const dueBy = new Map<string, number[]>();
    for (const s of schedules) for (const r of s.rows) dueBy.set(r.period, [...(dueBy.get(r.period) ?? []), r.dueCents]);
    return {
      labId,
      through,
      contracts: schedules,
      totalPaidToDateCents: sumCents(schedules.map((s) => s.paidToDateCents)),
      dueByQuarter: [...dueBy.keys()].sort(compareQuarters).map((period) => ({ period, dueCents: sumCents(dueBy.get(period)!) })),
    };
  }

  private async lab(m: EntityManager, labId: number): Promise<QuarterlyReport['lab']> {
    const [lab] = await m.query('SELECT id, name, city FROM labs WHERE id = $1', [labId]);
    if (!lab) throw new DomainError('NOT_FOUND', `There is no lab with id ${labId}.`, { errors: { lab: 'no such lab' } });
    return lab;
  }

  private contracts(m: EntityManager, labId: number): Promise<ContractRow[]> {
    return m.query(
      `SELECT a.id AS "agreementId", a.title, a.project_id AS "projectId", p.code AS "projectCode",
              a.indicator_id AS "indicatorId", i.name AS "indicatorName",
              a.price_per_unit_cents AS "pricePerUnitCents", a.max_payment_cents AS "maxPaymentCents",
              a.start_date AS "startDate", a.signed_date AS "signedDate", a.end_date AS "endDate",
              i.baseline_value::float8 AS baseline, i.direction, i.aggregation
         FROM agreements a JOIN projects p ON p.id = a.project_id JOIN indicators i ON i.id = a.indicator_id
        WHERE p.lab_id = $1 AND a.kind = 'outcome_contract' AND a.status = ANY($2)
        ORDER BY p.code, a.id`,
      [labId, PAYING_STATUSES],
    );
  }

  /** Each contract's schedule from its first quarter through `through` (or its end quarter, if earlier). */
  private async schedules(m: EntityManager, contracts: ContractRow[], through: string): Promise<ContractSchedule[]> {
    if (contracts.length === 0) return [];
    const ids = [...new Set(contracts.map((c) => c.indicatorId))];
    const values: { indicatorId: number; period: string; value: number }[] = await m.query(
      `SELECT indicator_id AS "indicatorId", period, value::float8 AS value FROM measurements
        WHERE indicator_id = ANY($1) AND status = 'approved' AND period <= $2`,
      [ids, through],
    );
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
}

function contractRow(s: ContractSchedule, row: QuarterPayment): ContractPaymentRow {
  return {
    agreementId: s.agreementId, title: s.title, projectId: s.projectId, projectCode: s.projectCode, indicatorId: s.indicatorId,
    indicatorName: s.indicatorName, pricePerUnitCents: s.pricePerUnitCents, maxPaymentCents: s.maxPaymentCents, from: s.from!,
    ...row,
  };
}

function decisionItem(d: DecisionRow): DecisionItem {
  return {
    id: d.id, fromPhase: d.fromPhase, toPhase: d.toPhase, decision: d.decision, decidedAt: d.decidedAt.toISOString(),
    decidedByName: d.decidedByName, rationale: d.rationale, conditions: d.conditions,
  };
}

function agreementItem(a: AgreementRow, qs: string, qe: string): AgreementItem {
  const { projectId: _p, ...rest } = a;
  return {
    ...rest,
    signedInQuarter: a.signedDate !== null && compareIsoDates(a.signedDate, qs) >= 0 && compareIsoDates(a.signedDate, qe) <= 0,
  };
}

function indicatorLine(i: IndicatorRow, revisions: RevisionRow[], period: string, qe: string): IndicatorLine {
  const force = targetInForce({ targetValue: i.target, targetDate: i.targetDate }, revisions, period);
  const revision = force.revisionId === null ? null : revisions.find((r) => r.id === force.revisionId)!;
  const rawFigure = overallFigure(i.aggregation, i.approved ?? []);
  const basis = { baseline: i.baseline, target: force.value, direction: i.direction };
  const progress = indicatorProgress(basis, rawFigure);
  const expected = i.baselineDate && force.date ? expectedProgress(i.baselineDate, force.date, qe) : null;
  return {
    id: i.id,
    name: i.name,
    kind: i.kind,
    unit: i.unit,
    direction: i.direction,
    aggregation: i.aggregation,
    baseline: i.baseline,
    baselineDate: i.baselineDate,
    target: force.value,
    targetDate: force.date,
    targetRevised: revision !== null,
    targetRevision: revision && {
      id: revision.id, oldValue: revision.oldValue, newValue: revision.newValue, effectiveFrom: revision.effectiveFrom, reason: revision.reason,
    },
    value: i.value,
    previousValue: i.previousValue,
    change: i.value !== null && i.previousValue !== null ? roundTo(i.value - i.previousValue, 4) : null,
    figure: roundTo(rawFigure, 4),
    progress: roundTo(progress, 4),
    expected: roundTo(expected, 4),
    onTrack: progress !== null && expected !== null ? isOnTrack(progress, expected) : null,
    targetMet: targetWasMet(i.direction, force.value, rawFigure),
    status: i.status,
    pending: i.status !== null && i.status !== 'approved',
  };
}
