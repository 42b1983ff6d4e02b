import type { EntityManager } from 'typeorm';
import {
  compareDefinition, judgeCriterion, targetInForce, type Aggregation, type ComparedDefinition, type ComparedIndicator, type Direction,
  type Phase, type TargetChange, type ThemedIndicator,
} from '@lab/domain';

/** Which projects a comparison looks at: a lab through a quarter, narrowed by the filters given. */
export interface EvidenceScope {
  lab: number;
  quarter: string;
  definition: number | null;
  theme: number | null;
  district: number | null;
  phase: Phase | null;
}

type CriterionRow = { projectId: number; value: number; byDate: string; direction: Direction; aggregation: Aggregation; approved: { period: string; value: number }[] };
type FactRow = Omit<ComparedIndicator, 'target' | 'approved' | 'criteria'> & {
  definitionId: number; themeIds: number[]; targetValue: number | null; targetDate: string | null; approved: { period: string; value: number }[] | null;
};

export type DefinitionRow = Omit<ComparedDefinition, 'rows' | 'totals' | 'rowCount'>;

export interface EvidenceFacts {
  lab: { id: number; name: string; smallNumberThreshold: number } | undefined;
  definitions: DefinitionRow[];
  /** Per definition id, the indicators adopting it in the scope, in project-code order. */
  adopting: Map<number, ThemedIndicator[]>;
}

/**
 * What "wat werkt" is computed from: the lab's definitions and every indicator adopting one within the scope,
 * with its approved quarters, target in force and its project's success criteria met. Four set-based queries,
 * whatever the lab's size; run them in one read snapshot (the comparison's own, or the quarterly report's).
 */
export async function readEvidenceFacts(m: EntityManager, q: EvidenceScope): Promise<EvidenceFacts> {
  const [lab] = await m.query('SELECT id, name, small_number_threshold AS "smallNumberThreshold" FROM labs WHERE id = $1', [q.lab]);
  const definitions: DefinitionRow[] = await m.query(
    `SELECT id, name, kind, unit, direction, aggregation FROM indicator_definitions
      WHERE lab_id = $1 AND ($2::int IS NULL OR id = $2) ORDER BY name, id`, [q.lab, q.definition]);
  const facts: FactRow[] = definitions.length === 0 ? [] : await m.query(
    `SELECT i.id AS "indicatorId", i.name AS "indicatorName", i.definition_id AS "definitionId", i.unit, i.direction, i.aggregation,
            i.baseline_value::float8 AS baseline, i.target_value::float8 AS "targetValue", i.target_date AS "targetDate",
            i.evidence_design AS design, i.evidence_source AS source, i.validated_by AS "validatedBy",
            p.id AS "projectId", p.code AS "projectCode", p.title AS "projectTitle", p.phase, p.budget_cents::float8 AS "budgetCents",
            array(SELECT t.theme_id FROM project_themes t WHERE t.project_id = p.id ORDER BY t.theme_id) AS "themeIds",
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

  const revisionsOf = new Map<number, TargetChange[]>();
  for (const r of revisions) revisionsOf.set(r.indicatorId, [...(revisionsOf.get(r.indicatorId) ?? []), r]);
  const criteriaOf = new Map<number, { met: number; total: number }>();
  for (const c of criteria) {
    const tally = criteriaOf.get(c.projectId) ?? { met: 0, total: 0 };
    tally.total++;
    if (judgeCriterion({ value: c.value, byDate: c.byDate }, c, c.approved).met) tally.met++;
    criteriaOf.set(c.projectId, tally);
  }
  const adopting = new Map<number, ThemedIndicator[]>();
  for (const f of facts) {
    const { definitionId, targetValue, targetDate, approved, ...rest } = f;
    const target = targetInForce({ targetValue, targetDate }, revisionsOf.get(f.indicatorId) ?? [], q.quarter).value;
    const list = adopting.get(definitionId) ?? [];
    list.push({ ...rest, target, approved: approved ?? [], criteria: criteriaOf.get(f.projectId) ?? null });
    adopting.set(definitionId, list);
  }
  return { lab, definitions, adopting };
}

/** Every definition compared over the indicators given (all rows, the lab totals), in the definitions' order. */
export function compareAll(
  definitions: readonly DefinitionRow[], adopting: (definitionId: number) => readonly ComparedIndicator[], quarter: string, threshold: number,
) {
  return definitions.map((d) => compareDefinition(d, adopting(d.id), quarter, threshold));
}
