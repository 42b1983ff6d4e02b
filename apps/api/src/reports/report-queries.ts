import type { EntityManager } from 'typeorm';
import {
  type Aggregation, type AgreementKind, type AgreementStatus, type Dimension, type Direction, DomainError, type GateDecision, type Health,
  type IndicatorKind, type IndicatorUnit, type MeasurementStatus, type MilestoneStatus, type Phase, type QuarterlyReport,
  type Parts, type TargetChange,
} from '@lab/domain';

// The queries of the quarterly report and the outcome payments, one named function each: set-based, a
// handful per report whatever the size of the lab. Numeric columns are cast to float8, so pg hands over
// numbers; the row types below are what each query returns.

/** Anything that runs SQL: the data source, an entity manager, or the manager of a transaction. */
export type Db = Pick<EntityManager, 'query'>;

export type LabRow = QuarterlyReport['lab'];
export interface ProjectRow { id: number; code: string; title: string; phase: Phase; health: Health }
export interface DecisionRow {
  id: number; projectId: number; fromPhase: Phase; toPhase: Phase; decision: GateDecision; decidedAt: Date; decidedOn: string;
  decidedByName: string | null; rationale: string | null; conditions: string | null;
}
export interface StatusRow { projectId: number; health: Health; narrative: string; submittedAt: Date | null }
export interface MilestoneRow {
  id: number; projectId: number; title: string; phase: Phase; dueDate: string; status: MilestoneStatus; completedDate: string | null;
}
export interface IndicatorRow {
  id: number; projectId: number; name: string; kind: IndicatorKind; unit: IndicatorUnit; direction: Direction; aggregation: Aggregation;
  baseline: number | null; baselineDate: string | null; target: number | null; targetDate: string | null;
  measurementId: number | null; status: MeasurementStatus | null; value: number | null; submittedAt: Date | null;
  previousValue: number | null; approved: number[] | null;
  /** The quarter's approved parts, and the dimensions the indicator is broken down by. */
  parts: Parts | null; dimensionIds: number[];
}
export interface RevisionRow extends TargetChange { indicatorId: number; reason: string }
export interface AgreementRow {
  id: number; projectId: number; title: string; kind: AgreementKind; status: AgreementStatus; organisationId: number;
  organisationName: string; signedDate: string | null; startDate: string | null; endDate: string | null; contributionCents: number | null;
}
export interface ContractRow {
  agreementId: number; title: string; projectId: number; projectCode: string; indicatorId: number; indicatorName: string;
  pricePerUnitCents: number; maxPaymentCents: number; startDate: string | null; signedDate: string | null; endDate: string | null;
  baseline: number | null; direction: Direction; aggregation: Aggregation;
}
export interface ApprovedValueRow { indicatorId: number; period: string; value: number }

/** The days a report looks at: its quarter, and the day its open items are counted on. */
export interface ReportDays { quarterStart: string; quarterEnd: string; asOf: string }

/** Outcome contracts pay only once signed; a draft or one still being negotiated pays nothing. */
const PAYING_STATUSES: readonly AgreementStatus[] = ['signed', 'active', 'ended'];

/** The lab, or NOT_FOUND. */
export async function labOrFail(db: Db, labId: number): Promise<LabRow> {
  const [lab] = (await db.query('SELECT id, name, city, small_number_threshold AS "smallNumberThreshold" FROM labs WHERE id = $1', [labId])) as LabRow[];
  if (!lab) throw new DomainError('NOT_FOUND', `There is no lab with id ${labId}.`, { errors: { lab: 'no such lab' } });
  return lab;
}

/** The lab's themes, by name: the report's "wat werkt per thema" follows them. */
export function themeRows(db: Db, labId: number): Promise<{ id: number; name: string }[]> {
  return db.query('SELECT id, name FROM themes WHERE lab_id = $1 ORDER BY name, id', [labId]);
}

export function projectRows(db: Db, labId: number): Promise<ProjectRow[]> {
  return db.query(`SELECT id, code, title, phase, health FROM projects WHERE lab_id = $1 ORDER BY code, id`, [labId]);
}

/** Every gate decision of the lab's projects, oldest first (the phase on a day is replayed from them). */
export function decisionRows(db: Db, labId: number): Promise<DecisionRow[]> {
  return db.query(
    `SELECT d.id, d.project_id AS "projectId", d.from_phase AS "fromPhase", d.to_phase AS "toPhase", d.decision,
            d.decided_at AS "decidedAt", to_char(d.decided_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "decidedOn",
            u.name AS "decidedByName", d.rationale, d.conditions
       FROM phase_decisions d JOIN projects p ON p.id = d.project_id LEFT JOIN users u ON u.id = d.decided_by_id
      WHERE p.lab_id = $1 ORDER BY d.decided_at, d.id`,
    [labId],
  );
}

export function statusRows(db: Db, labId: number, period: string): Promise<StatusRow[]> {
  return db.query(
    `SELECT s.project_id AS "projectId", s.health, s.narrative, s.submitted_at AS "submittedAt"
       FROM status_updates s JOIN projects p ON p.id = s.project_id WHERE p.lab_id = $1 AND s.period = $2`,
    [labId, period],
  );
}

/** Due in the quarter, done in it, or still open (not done before asOf) although due before asOf. */
export function milestoneRows(db: Db, labId: number, days: ReportDays): Promise<MilestoneRow[]> {
  return db.query(
    `SELECT ms.id, ms.project_id AS "projectId", ms.title, ms.phase, ms.due_date AS "dueDate", ms.status,
            ms.completed_date AS "completedDate"
       FROM milestones ms JOIN projects p ON p.id = ms.project_id
      WHERE p.lab_id = $1
        AND ((ms.due_date BETWEEN $2 AND $3 AND ms.status <> 'cancelled')
             OR (ms.status = 'done' AND ms.completed_date BETWEEN $2 AND $3)
             OR (ms.due_date < $4 AND ms.status <> 'cancelled' AND (ms.status <> 'done' OR ms.completed_date >= $4)))
      ORDER BY ms.due_date, ms.id`,
    [labId, days.quarterStart, days.quarterEnd, days.asOf],
  );
}

/**
 * Every indicator with its measurement of the quarter (the value only once approved), the approved value
 * of the quarter before, and all its approved values up to the quarter in order.
 */
export function indicatorRows(db: Db, labId: number, period: string, previous: string): Promise<IndicatorRow[]> {
  return db.query(
    `SELECT i.id, i.project_id AS "projectId", i.name, i.kind, i.unit, i.direction, i.aggregation,
            i.baseline_value::float8 AS baseline, i.baseline_date AS "baselineDate",
            i.target_value::float8 AS target, i.target_date AS "targetDate",
            cur.id AS "measurementId", cur.status, CASE WHEN cur.status = 'approved' THEN cur.value::float8 END AS value,
            cur.submitted_at AS "submittedAt", prev.value::float8 AS "previousValue", hist.approved,
            CASE WHEN cur.status = 'approved' THEN cur.parts END AS parts, i.dimension_ids AS "dimensionIds"
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
  );
}

/** The lab's breakdown dimensions with their values. */
export function dimensionRows(db: Db, labId: number): Promise<Dimension[]> {
  return db.query('SELECT id, key, name, "values" FROM dimensions WHERE lab_id = $1 ORDER BY id', [labId]);
}

export function revisionRows(db: Db, labId: number): Promise<RevisionRow[]> {
  return db.query(
    `SELECT r.id, r.indicator_id AS "indicatorId", r.old_value::float8 AS "oldValue", r.new_value::float8 AS "newValue",
            r.old_date AS "oldDate", r.new_date AS "newDate", r.effective_from AS "effectiveFrom", r.reason
       FROM target_revisions r JOIN indicators i ON i.id = r.indicator_id JOIN projects p ON p.id = i.project_id
      WHERE p.lab_id = $1`,
    [labId],
  );
}

/** Signed in the quarter, or running during it (an agreement without end date runs while signed or active). */
export function agreementRows(db: Db, labId: number, days: ReportDays): Promise<AgreementRow[]> {
  return db.query(
    `SELECT a.id, a.project_id AS "projectId", a.title, a.kind, a.status, a.organisation_id AS "organisationId",
            o.name AS "organisationName", a.signed_date AS "signedDate", a.start_date AS "startDate", a.end_date AS "endDate",
            a.contribution_cents AS "contributionCents"
       FROM agreements a JOIN projects p ON p.id = a.project_id JOIN organisations o ON o.id = a.organisation_id
      WHERE p.lab_id = $1 AND a.status IN ('signed', 'active', 'ended', 'terminated')
        AND (a.signed_date BETWEEN $2 AND $3
             OR (coalesce(a.start_date, a.signed_date) <= $3
                 AND (a.end_date >= $2 OR (a.end_date IS NULL AND a.status IN ('signed', 'active')))))
      ORDER BY a.project_id, coalesce(a.start_date, a.signed_date), a.id`,
    [labId, days.quarterStart, days.quarterEnd],
  );
}

/** The lab's outcome contracts that pay, with the terms of their indicator; with `agreementId`, that one alone. */
export function contractRows(db: Db, labId: number, agreementId: number | null = null): Promise<ContractRow[]> {
  return db.query(
    `SELECT a.id AS "agreementId", a.title, a.project_id AS "projectId", p.code AS "projectCode",
            a.indicator_id AS "indicatorId", i.name AS "indicatorName",
            a.price_per_unit_cents AS "pricePerUnitCents", a.max_payment_cents AS "maxPaymentCents",
            a.start_date AS "startDate", a.signed_date AS "signedDate", a.end_date AS "endDate",
            i.baseline_value::float8 AS baseline, i.direction, i.aggregation
       FROM agreements a JOIN projects p ON p.id = a.project_id JOIN indicators i ON i.id = a.indicator_id
      WHERE p.lab_id = $1 AND a.kind = 'outcome_contract' AND a.status = ANY($2) AND ($3::int IS NULL OR a.id = $3)
      ORDER BY p.code, a.id`,
    [labId, PAYING_STATUSES, agreementId],
  );
}

/** The approved values of these indicators through a quarter. */
export function approvedValueRows(db: Db, indicatorIds: number[], through: string): Promise<ApprovedValueRow[]> {
  return db.query(
    `SELECT indicator_id AS "indicatorId", period, value::float8 AS value FROM measurements
      WHERE indicator_id = ANY($1) AND status = 'approved' AND period <= $2`,
    [indicatorIds, through],
  );
}
