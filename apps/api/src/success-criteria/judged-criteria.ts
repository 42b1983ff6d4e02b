import type { EntityManager } from 'typeorm';
import {
  judgeCriterion, type Aggregation, type ApprovedQuarter, type Direction, type EvidenceDesign, type EvidenceSource, type GateCriterionCheck,
} from '@lab/domain';

interface Row {
  id: number;
  indicatorId: number;
  indicatorName: string;
  value: string;
  byDate: string;
  direction: Direction;
  aggregation: Aggregation;
  evidenceDesign: EvidenceDesign;
  evidenceSource: EvidenceSource | null;
  validatedBy: string | null;
  changedAfterResults: boolean;
  approved: { period: string; value: number; peopleMeasured: number | null }[];
}

/**
 * Success criteria judged against the approved figures of their indicators (libs/domain success-criteria.ts),
 * in one query: by project (the gate and the overview) or by id (a page of the success-criteria list).
 */
export async function judgedCriteria(manager: EntityManager, by: { projectId: number } | { ids: number[] }): Promise<GateCriterionCheck[]> {
  const [where, param] = 'projectId' in by ? ['c.project_id = $1', by.projectId] : ['c.id = ANY($1::int[])', by.ids];
  const rows: Row[] = await manager.query(
    `SELECT c.id, c.indicator_id AS "indicatorId", i.name AS "indicatorName", c.value, c.by_date AS "byDate", i.direction, i.aggregation,
            i.evidence_design AS "evidenceDesign", i.evidence_source AS "evidenceSource", i.validated_by AS "validatedBy",
            EXISTS (SELECT 1 FROM success_criterion_revisions r WHERE r.criterion_id = c.id AND r.changed_after_results) AS "changedAfterResults",
            (SELECT coalesce(json_agg(json_build_object('period', m.period, 'value', m.value, 'peopleMeasured', m.people_measured) ORDER BY m.period), '[]'::json)
               FROM measurements m WHERE m.indicator_id = c.indicator_id AND m.status = 'approved') AS approved
       FROM success_criteria c JOIN indicators i ON i.id = c.indicator_id
      WHERE ${where} ORDER BY c.id`,
    [param],
  );
  return rows.map((r) => {
    const threshold = { value: Number(r.value), byDate: r.byDate };
    const approved: ApprovedQuarter[] = r.approved.map((m) => ({ period: m.period, value: Number(m.value), peopleMeasured: m.peopleMeasured }));
    return {
      id: r.id, indicatorId: r.indicatorId, indicatorName: r.indicatorName, ...threshold, changedAfterResults: r.changedAfterResults,
      judgement: judgeCriterion(threshold, r, approved),
    };
  });
}
