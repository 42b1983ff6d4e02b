import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  comparisonRow, comparisonTotals, DomainError, judgeCriterion, targetInForce, todayIso, type Aggregation, type Direction,
  type ComparedDefinition, type ComparedIndicator, type EvidenceComparison, type TargetChange,
} from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';
import { labWindow, labWindowErrors } from '../common/lab-window';
import { readSnapshot } from '../reports/read-snapshot';
import type { EvidenceQuery } from './evidence-query';

type CriterionRow = { projectId: number; value: number; byDate: string; direction: Direction; aggregation: Aggregation; approved: { period: string; value: number }[] };
type FactRow = Omit<ComparedIndicator, 'target' | 'approved' | 'criteria'> & {
  definitionId: number; targetValue: number | null; targetDate: string | null; approved: { period: string; value: number }[] | null;
};

/**
 * "Wat werkt": each shared definition of a lab compared across the projects that adopt it, through a quarter
 * (libs/domain evidence-comparison.ts). Four set-based queries in one read-only snapshot, whatever the lab's size.
 */
@Injectable()
export class EvidenceService {
  constructor(private readonly dataSource: DataSource) {}

  async compare(q: EvidenceQuery, today = todayIso()): Promise<EvidenceComparison> {
    throwFieldErrors('comparison request', labWindowErrors(q.lab, await labWindow(this.dataSource, q.lab, today), { quarter: q.quarter }));
    const { lab, definitions, facts, revisions, criteria } = await readSnapshot(this.dataSource, async (m) => {
      const [lab] = await m.query('SELECT id, name, small_number_threshold AS "smallNumberThreshold" FROM labs WHERE id = $1', [q.lab]);
      const definitions: Omit<ComparedDefinition, 'rows' | 'totals'>[] = await m.query(
        `SELECT id, name, kind, unit, direction, aggregation FROM indicator_definitions
          WHERE lab_id = $1 AND ($2::int IS NULL OR id = $2) ORDER BY name, id`, [q.lab, q.definition]);
      const facts: FactRow[] = await m.query(
        `SELECT i.id AS "indicatorId", i.name AS "indicatorName", i.definition_id AS "definitionId", i.unit, i.direction, i.aggregation,
                i.baseline_value::float8 AS baseline, i.target_value::float8 AS "targetValue", i.target_date AS "targetDate",
                i.evidence_design AS design, i.evidence_source AS source, i.validated_by AS "validatedBy",
                p.id AS "projectId", p.code AS "projectCode", p.title AS "projectTitle", p.phase, p.budget_cents::float8 AS "budgetCents",
                h.approved, h.people AS "latestPeopleMeasured"
           FROM indicators i
           JOIN projects p ON p.id = i.project_id
           LEFT JOIN LATERAL (
             SELECT json_agg(json_build_object('period', a.period, 'value', a.value::float8) ORDER BY a.period) AS approved,
                    (array_agg(a.people_measured ORDER BY a.period DESC))[1] AS people
               FROM measurements a WHERE a.indicator_id = i.id AND a.status = 'approved' AND a.period <= $2
           ) h ON true
          WHERE p.lab_id = $1 AND i.definition_id IS NOT NULL AND ($3::int IS NULL OR i.definition_id = $3)
            AND ($4::phase IS NULL OR p.phase = $4)
            AND ($5::int IS NULL OR EXISTS (SELECT 1 FROM project_themes t WHERE t.project_id = p.id AND t.theme_id = $5))
            AND ($6::int IS NULL OR EXISTS (SELECT 1 FROM project_districts d WHERE d.project_id = p.id AND d.district_id = $6))
          ORDER BY p.code, i.id`,
        [q.lab, q.quarter, q.definition, q.phase, q.theme, q.district]);
      const revisions: (TargetChange & { indicatorId: number })[] = facts.length ? await m.query(
        `SELECT id, indicator_id AS "indicatorId", old_value::float8 AS "oldValue", new_value::float8 AS "newValue", old_date AS "oldDate",
                new_date AS "newDate", effective_from AS "effectiveFrom"
           FROM target_revisions WHERE indicator_id = ANY($1::int[])`, [facts.map((f) => f.indicatorId)]) : [];
      // Each compared project's success criteria, with their indicators' approved quarters through the quarter asked.
      const criteria: CriterionRow[] = facts.length ? await m.query(
        `SELECT sc.project_id AS "projectId", sc.value::float8 AS value, sc.by_date AS "byDate", i.direction, i.aggregation,
                coalesce((SELECT json_agg(json_build_object('period', a.period, 'value', a.value::float8) ORDER BY a.period)
                            FROM measurements a WHERE a.indicator_id = i.id AND a.status = 'approved' AND a.period <= $2), '[]') AS approved
           FROM success_criteria sc JOIN indicators i ON i.id = sc.indicator_id
          WHERE sc.project_id = ANY($1::int[])`, [[...new Set(facts.map((f) => f.projectId))], q.quarter]) : [];
      return { lab, definitions, facts, revisions, criteria };
    });
    if (!lab) throw new DomainError('NOT_FOUND', `There is no lab with id ${q.lab}.`);
    if (q.definition !== null && definitions.length === 0) {
      throwFieldErrors('comparison request', { definition: `is not an indicator definition of lab ${q.lab}: choose one of the lab's own` });
    }
    const threshold = lab.smallNumberThreshold as number;
    const revisionsOf = new Map<number, TargetChange[]>();
    for (const r of revisions) revisionsOf.set(r.indicatorId, [...(revisionsOf.get(r.indicatorId) ?? []), r]);
    const criteriaOf = new Map<number, { met: number; total: number }>();
    for (const c of criteria) {
      const tally = criteriaOf.get(c.projectId) ?? { met: 0, total: 0 };
      tally.total++;
      if (judgeCriterion({ value: c.value, byDate: c.byDate }, c, c.approved).met) tally.met++;
      criteriaOf.set(c.projectId, tally);
    }
    const byDefinition = new Map<number, ComparedIndicator[]>();
    for (const f of facts) {
      const { definitionId, targetValue, targetDate, approved, ...rest } = f;
      const target = targetInForce({ targetValue, targetDate }, revisionsOf.get(f.indicatorId) ?? [], q.quarter).value;
      const compared: ComparedIndicator = { ...rest, target, approved: approved ?? [], criteria: criteriaOf.get(f.projectId) ?? null };
      byDefinition.set(definitionId, [...(byDefinition.get(definitionId) ?? []), compared]);
    }
    return {
      lab, quarter: q.quarter,
      filters: { definition: q.definition, theme: q.theme, district: q.district, phase: q.phase },
      definitions: definitions.map((d) => {
        const list = byDefinition.get(d.id) ?? [];
        const rows = list.map((f) => comparisonRow(f, q.quarter, threshold));
        return { ...d, rows, totals: comparisonTotals(list, rows, d.aggregation, d.unit, threshold) };
      }),
    };
  }
}
