import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { criterionFixedWords, criterionRevisionProblems, DomainError, type CriterionInput, type Direction, type IndicatorUnit, type ProjectIndicatorFacts } from '@lab/domain';
import { AuditService, diff } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { CrudService, type Json } from '../common/crud.service';
import { throwFieldErrors } from '../common/field-errors';
import { writeNextVersion } from '../common/next-version';
import type { ReviseCriterionDto } from './dto/success-criterion.dto';
import { judgedCriteria } from './judged-criteria';
import { SUCCESS_CRITERIA } from './success-criteria.resource';
import { SuccessCriterionRevisionEntity } from './success-criterion-revision.entity';
import { SuccessCriterionEntity } from './success-criterion.entity';

/** The outcome and other indicators of a project, as the gate checks criteria against them. */
export async function projectIndicatorFacts(manager: EntityManager, projectId: number): Promise<ProjectIndicatorFacts[]> {
  const rows: { id: number; name: string; kind: 'output' | 'outcome'; unit: IndicatorUnit; direction: Direction; baselineValue: string | null }[] =
    await manager.query(
      `SELECT id, name, kind, unit, direction, baseline_value AS "baselineValue" FROM indicators WHERE project_id = $1 ORDER BY id`, [projectId],
    );
  return rows.map((r) => ({ ...r, baselineValue: r.baselineValue === null ? null : Number(r.baselineValue) }));
}

/**
 * Writes the criteria a go into the experiment fixes, each with its audit event, in the gate's transaction.
 * The caller has checked them (libs/domain successCriteriaProblems).
 */
export async function fixCriteria(
  manager: EntityManager, audit: AuditService, projectId: number, phaseDecisionId: number, criteria: readonly CriterionInput[], userId: number | null,
): Promise<void> {
  for (const c of criteria) {
    const inserted = await manager.insert(SuccessCriterionEntity, { projectId, indicatorId: c.indicatorId, phaseDecisionId, value: c.value, byDate: c.byDate });
    const id = inserted.identifiers[0].id as number;
    await audit.record(manager, {
      userId, resource: 'success-criteria', recordId: id, action: 'create',
      changes: diff(null, { projectId, indicatorId: c.indicatorId, phaseDecisionId, value: c.value, byDate: c.byDate }),
    });
  }
}

@Injectable()
export class SuccessCriteriaService extends CrudService<SuccessCriterionEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, SUCCESS_CRITERIA);
  }

  /**
   * Adds what a criterion means now: its indicator's name, the hypothesis of the decision that fixed it, its
   * judgement from the approved figures (with their evidence level) and its revisions, newest first.
   */
  protected override async present(manager: EntityManager, entities: SuccessCriterionEntity[], prefetched?: Map<number, Json>): Promise<Json[]> {
    const rows = await super.present(manager, entities, prefetched);
    if (rows.length === 0) return rows;
    const ids = entities.map((e) => e.id);
    const [judged, hypotheses, revisions] = await Promise.all([
      judgedCriteria(manager, { ids }),
      manager.query(
        `SELECT c.id, d.hypothesis FROM success_criteria c JOIN phase_decisions d ON d.id = c.phase_decision_id WHERE c.id = ANY($1::int[])`, [ids],
      ) as Promise<{ id: number; hypothesis: string | null }[]>,
      manager.query(
        `SELECT r.id, r.criterion_id AS "criterionId", r.old_value AS "oldValue", r.new_value AS "newValue", r.old_date AS "oldDate",
                r.new_date AS "newDate", r.reason, r.changed_after_results AS "changedAfterResults", r.approved_quarters AS "approvedQuarters",
                r.revised_by_id AS "revisedById", u.name AS "revisedByName", r.revised_at AS "revisedAt"
           FROM success_criterion_revisions r LEFT JOIN users u ON u.id = r.revised_by_id
          WHERE r.criterion_id = ANY($1::int[]) ORDER BY r.revised_at DESC, r.id DESC`, [ids],
      ) as Promise<(Json & { criterionId: number; oldValue: string; newValue: string })[]>,
    ]);
    for (const row of rows) {
      const j = judged.find((c) => c.id === row.id);
      row.indicatorName = j?.indicatorName ?? null;
      row.hypothesis = hypotheses.find((h) => h.id === row.id)?.hypothesis ?? null;
      row.judgement = j?.judgement ?? null;
      row.changedAfterResults = j?.changedAfterResults ?? false;
      row.revisions = revisions
        .filter((r) => r.criterionId === row.id)
        .map(({ criterionId: _c, ...r }) => ({ ...r, oldValue: Number(r.oldValue), newValue: Number(r.newValue) }));
    }
    return rows;
  }

  /**
   * A revision: the criterion's new value and/or date with the reason, recorded with the old ones, and flagged
   * `changedAfterResults` when approved measurements of its indicator exist already. One transaction with
   * its audit event; the criterion row is locked, so two revisions follow one another.
   */
  async revise(id: number, dto: ReviseCriterionDto, actor: Actor | null): Promise<Json> {
    return this.dataSource.transaction(async (manager) => {
      const criterion = await manager.findOne(SuccessCriterionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!criterion) throw new DomainError('NOT_FOUND', `There is no success criterion with id ${id}.`);
      await this.authorize(manager, actor, 'update', [{ ...criterion }]);
      const [indicator] = (await manager.query(
        `SELECT unit, direction, baseline_value AS "baselineValue",
                (SELECT count(*)::int FROM measurements m WHERE m.indicator_id = i.id AND m.status = 'approved') AS "approvedQuarters"
           FROM indicators i WHERE i.id = $1`,
        [criterion.indicatorId],
      )) as { unit: IndicatorUnit; direction: Direction; baselineValue: string | null; approvedQuarters: number }[];
      const errors = criterionRevisionProblems(criterion, dto, { ...indicator, baselineValue: indicator.baselineValue === null ? null : Number(indicator.baselineValue) });
      if (dto.reason.trim() === '') errors.reason = 'is required';
      throwFieldErrors('success criterion revision', errors);

      const next = { value: dto.value ?? criterion.value, byDate: dto.byDate ?? criterion.byDate };
      const changedAfterResults = indicator.approvedQuarters > 0;
      await manager.insert(SuccessCriterionRevisionEntity, {
        criterionId: id, oldValue: criterion.value, newValue: next.value, oldDate: criterion.byDate, newDate: next.byDate,
        reason: dto.reason, changedAfterResults, approvedQuarters: indicator.approvedQuarters, revisedById: actor?.userId ?? null,
      });
      await writeNextVersion(manager, this.audit, { entity: SuccessCriterionEntity, id, set: next }, () => ({
        userId: actor?.userId ?? null, resource: 'success-criteria', recordId: id, action: 'update',
        changes: {
          ...diff({ value: criterion.value, byDate: criterion.byDate }, next),
          reason: { before: null, after: dto.reason },
          changedAfterResults: { before: null, after: changedAfterResults },
        },
      }));
      return this.get(id, manager);
    });
  }

  /** A plain write of a fixed criterion: refused for who may not change it (403), otherwise told to revise (400). */
  async refusePlainWrite(id: number, body: Record<string, unknown>, actor: Actor | null): Promise<never> {
    const criterion = await this.load(this.dataSource.manager, id);
    await this.authorize(this.dataSource.manager, actor, 'update', [{ ...criterion }]);
    // react-admin sends the whole record back: name what the client tried to change.
    const fields = (['value', 'byDate'] as const).filter((f) => body[f] !== undefined && body[f] !== criterion[f]);
    const words = criterionFixedWords(id);
    throwFieldErrors('success criterion (it changes only through a revision)', Object.fromEntries((fields.length ? fields : ['value']).map((f) => [f, words])));
    throw new Error('unreachable');
  }
}
