import type { EntityManager } from 'typeorm';
import { addQuarters, targetInForce, type IndicatorUnit, type MeasurementContext, type MeasurementStatus, type TargetChange } from '@lab/domain';
import type { Json } from '../common/crud.service';

const num = (v: string | null) => (v === null ? null : Number(v));

interface IndicatorRow {
  id: number; name: string; unit: IndicatorUnit; projectCode: string; projectTitle: string; smallNumberThreshold: number;
  baselineValue: string | null; baselineDate: string | null; targetValue: string | null; targetDate: string | null;
}

/**
 * Adds to each measurement what a reviewer weighs it against: the project and indicator by name, the baseline,
 * the target in force in its quarter (the rule of libs/domain, as the report uses it) and the quarter before.
 * Three queries for a whole page, whatever its size. Only on reads: the audit trail keeps the record's own fields.
 */
export async function withContext(manager: EntityManager, rows: Json[]): Promise<Json[]> {
  if (rows.length === 0) return rows;
  const indicatorIds = [...new Set(rows.map((r) => r.indicatorId as number))];
  const before = rows.map((r) => addQuarters(r.period as string, -1));
  const [indicators, revisions, previous] = await Promise.all([
    manager.query(
      `SELECT i.id, i.name, i.unit, p.code AS "projectCode", p.title AS "projectTitle", l.small_number_threshold AS "smallNumberThreshold",
              i.baseline_value AS "baselineValue", i.baseline_date AS "baselineDate", i.target_value AS "targetValue", i.target_date AS "targetDate"
         FROM indicators i JOIN projects p ON p.id = i.project_id JOIN labs l ON l.id = p.lab_id WHERE i.id = ANY($1::int[])`,
      [indicatorIds],
    ) as Promise<IndicatorRow[]>,
    manager.query(
      `SELECT id, indicator_id AS "indicatorId", old_value AS "oldValue", new_value AS "newValue", old_date AS "oldDate",
              new_date AS "newDate", effective_from AS "effectiveFrom"
         FROM target_revisions WHERE indicator_id = ANY($1::int[])`,
      [indicatorIds],
    ) as Promise<(Omit<TargetChange, 'oldValue' | 'newValue'> & { indicatorId: number; oldValue: string | null; newValue: string })[]>,
    manager.query(
      `SELECT m.id, m.indicator_id AS "indicatorId", m.period, m.value, m.status
         FROM unnest($1::int[], $2::text[]) AS q(indicator_id, period)
         JOIN measurements m ON m.indicator_id = q.indicator_id AND m.period = q.period::char(7)`,
      [rows.map((r) => r.indicatorId), before],
    ) as Promise<{ id: number; indicatorId: number; period: string; value: string; status: MeasurementStatus }[]>,
  ]);
  // Looked up by key, not searched: a page of 400 measurements searched the quarters before 400 times over.
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const changesOf = new Map<number, TargetChange[]>();
  for (const r of revisions) {
    const change = { id: r.id, oldValue: num(r.oldValue), newValue: Number(r.newValue), oldDate: r.oldDate, newDate: r.newDate, effectiveFrom: r.effectiveFrom };
    const list = changesOf.get(r.indicatorId);
    if (list) list.push(change);
    else changesOf.set(r.indicatorId, [change]);
  }
  const priorOf = new Map(previous.map((p) => [`${p.indicatorId} ${p.period}`, p]));
  return rows.map((row, index) => {
    const i = byId.get(row.indicatorId as number);
    if (!i) return row;
    const target = targetInForce({ targetValue: num(i.targetValue), targetDate: i.targetDate }, changesOf.get(i.id) ?? [], row.period as string);
    const prior = priorOf.get(`${i.id} ${before[index]}`);
    const context: MeasurementContext = {
      projectCode: i.projectCode, projectTitle: i.projectTitle, indicatorName: i.name, unit: i.unit,
      baseline: { value: num(i.baselineValue), date: i.baselineDate },
      target: { value: target.value, date: target.date, revised: target.revisionId !== null },
      previous: prior ? { id: prior.id, period: prior.period, value: Number(prior.value), status: prior.status } : null,
      smallNumberThreshold: i.smallNumberThreshold,
    };
    return { ...row, context };
  });
}
