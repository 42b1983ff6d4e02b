import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  adoptedTerms, definitionDivergence, definitionLabProblem, DomainError, evidenceLevel, indicatorProblems, inWords, MAX_INDICATOR_DIMENSIONS,
  type EvidenceDesign, type EvidenceSource,
} from '@lab/domain';
import { AuditService } from '../common/audit/audit.service';
import { throwFieldErrors } from '../common/field-errors';
import { CrudService, type Json } from '../common/crud.service';
import { IndicatorDefinitionEntity } from '../indicator-definitions/indicator-definition.entity';
import { IndicatorEntity } from './indicator.entity';
import { INDICATORS } from './indicators.resource';

type Values = Record<string, unknown>;

/** Fields an indicator must have: sent, or taken from the definition it adopts. */
const REQUIRED = ['kind', 'aspect', 'unit'] as const;

@Injectable()
export class IndicatorsService extends CrudService<IndicatorEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, INDICATORS);
  }

  protected override async beforeCreate(manager: EntityManager, values: Values): Promise<void> {
    await this.followDefinition(manager, values, null);
    await checkDimensions(manager, values, null);
    throwFieldErrors('indicator', requiredProblems(values, null));
    checkIndicator({ ...values } as Partial<IndicatorEntity>);
  }

  /** A target is never silently overwritten: once set, it changes only through a target revision. */
  protected override async beforeUpdate(manager: EntityManager, existing: IndicatorEntity, values: Values): Promise<void> {
    const errors: Record<string, string> = {};
    for (const field of ['targetValue', 'targetDate'] as const) {
      if (values[field] !== undefined && existing[field] !== null && values[field] !== existing[field]) {
        errors[field] = 'is set; change it through a target revision (POST /api/target-revisions) with a reason';
      }
    }
    throwFieldErrors('indicator (a target, once set, changes only through a target revision with a reason)', errors);
    await this.followDefinition(manager, values, existing);
    await checkDimensions(manager, values, existing);
    throwFieldErrors('indicator', requiredProblems(values, existing));
    checkIndicator({ ...existing, ...values } as Partial<IndicatorEntity>);
  }

  /**
   * An indicator that adopts a definition of its project's lab takes its unit, direction and aggregation (and
   * its kind and aspect where none is sent): sending other values is refused, naming each field. The
   * definition's row is share-locked, so that a change of its terms waits for this write and then sees it.
   */
  private async followDefinition(manager: EntityManager, values: Values, existing: IndicatorEntity | null): Promise<void> {
    const definitionId = values.definitionId !== undefined ? (values.definitionId as number | null) : (existing?.definitionId ?? null);
    if (definitionId === null) return;
    const [definition] = await manager.query(
      `SELECT id, lab_id AS "labId", name, kind, aspect, unit, direction, aggregation FROM indicator_definitions WHERE id = $1 FOR SHARE`,
      [definitionId],
    ) as (Pick<IndicatorDefinitionEntity, 'id' | 'labId' | 'name' | 'kind' | 'aspect' | 'unit' | 'direction' | 'aggregation'>)[];
    if (!definition) {
      throwFieldErrors('indicator', { definitionId: `refers to an indicator definition that does not exist (id ${definitionId})` });
      return;
    }
    const projectId = (values.projectId ?? existing?.projectId) as number;
    const [project] = await manager.query('SELECT lab_id AS "labId" FROM projects WHERE id = $1', [projectId]) as { labId: number }[];
    if (project) throwFieldErrors('indicator', definitionLabProblem(project.labId, definition.labId, definition.name));
    // On an update, only what the client sent is checked: the stored values may predate the adoption.
    throwFieldErrors(`indicator (it adopts the definition '${definition.name}')`, definitionDivergence(definition, values));
    Object.assign(values, adoptedTerms(definition));
    if (!existing) {
      values.kind ??= definition.kind;
      values.aspect ??= definition.aspect;
    }
  }

  // ---- the evidence level, derived on every read ------------------------------------------------

  protected override derivedColumns(): Record<string, string> {
    const r = this.alias;
    return {
      approvedQuarters: `(SELECT count(*)::int FROM measurements m WHERE m.indicator_id = ${r}.id AND m.status = 'approved')`,
      latestPeopleMeasured: `(SELECT m.people_measured FROM measurements m WHERE m.indicator_id = ${r}.id AND m.status = 'approved' ORDER BY m.period DESC LIMIT 1)`,
    };
  }

  /** Adds `evidence`: the level of the ladder its figures reach, with the words that explain it. */
  protected override async present(manager: EntityManager, entities: IndicatorEntity[], prefetched?: Map<number, Json>): Promise<Json[]> {
    const rows = await super.present(manager, entities, prefetched);
    if (rows.length === 0) return rows;
    let facts = new Map<number, { approvedQuarters: number; latestPeopleMeasured: number | null }>();
    if (prefetched) {
      for (const row of rows) facts.set(row.id as number, { approvedQuarters: Number(row.approvedQuarters ?? 0), latestPeopleMeasured: row.latestPeopleMeasured as number | null });
    } else {
      const found: { id: number; approvedQuarters: number; latestPeopleMeasured: number | null }[] = await manager.query(
        `SELECT i.id,
                (SELECT count(*)::int FROM measurements m WHERE m.indicator_id = i.id AND m.status = 'approved') AS "approvedQuarters",
                (SELECT m.people_measured FROM measurements m WHERE m.indicator_id = i.id AND m.status = 'approved'
                  ORDER BY m.period DESC LIMIT 1) AS "latestPeopleMeasured"
           FROM unnest($1::int[]) AS i(id)`,
        [entities.map((e) => e.id)],
      );
      facts = new Map(found.map((f) => [f.id, f]));
    }
    for (const row of rows) {
      const f = facts.get(row.id as number) ?? { approvedQuarters: 0, latestPeopleMeasured: null };
      delete row.approvedQuarters;
      delete row.latestPeopleMeasured;
      row.evidence = {
        ...evidenceLevel({
          design: row.evidenceDesign as EvidenceDesign, source: row.evidenceSource as EvidenceSource | null,
          validatedBy: row.validatedBy as string | null, peopleMeasured: f.latestPeopleMeasured, approvedQuarters: f.approvedQuarters,
        }),
        approvedQuarters: f.approvedQuarters,
        peopleMeasured: f.latestPeopleMeasured,
      };
    }
    return rows;
  }
}

/**
 * The dimensions an indicator is broken down by: the lab's own, each once, at most MAX_INDICATOR_DIMENSIONS.
 * One that measurements carry parts for stays (409): their figures would lose their cells. The dimensions'
 * rows are share-locked, so that a change of their keys or labs waits for this write.
 */
async function checkDimensions(manager: EntityManager, values: Values, existing: IndicatorEntity | null): Promise<void> {
  if (values.dimensionIds === undefined) return;
  if (values.dimensionIds === null) values.dimensionIds = [];
  const ids = values.dimensionIds as number[];
  const fail = (words: string) => throwFieldErrors('indicator', { dimensionIds: words });
  if (new Set(ids).size !== ids.length) fail('lists a dimension twice: name each dimension once');
  if (ids.length > MAX_INDICATOR_DIMENSIONS) fail(`must list at most ${MAX_INDICATOR_DIMENSIONS} dimensions`);
  const projectId = (values.projectId ?? existing?.projectId) as number;
  const found: { id: number; key: string; labId: number; projectLab: number | null }[] = ids.length ? await manager.query(
    `SELECT d.id, d.key, d.lab_id AS "labId", (SELECT p.lab_id FROM projects p WHERE p.id = $2) AS "projectLab"
       FROM dimensions d WHERE d.id = ANY($1::int[]) FOR SHARE OF d`, [ids, projectId]) : [];
  const missing = ids.filter((id) => !found.some((d) => d.id === id));
  if (missing.length) fail(`refers to a dimension that does not exist (id ${missing.join(', ')})`);
  const foreign = found.filter((d) => d.projectLab !== null && d.labId !== d.projectLab);
  if (foreign.length) fail(`lists ${foreign.map((d) => d.key).join(', ')} of another lab: choose the project's own lab's dimensions`);
  const dropped = (existing?.dimensionIds ?? []).filter((id) => !ids.includes(id));
  if (existing && dropped.length) {
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM measurements m, dimensions d
        WHERE m.indicator_id = $1 AND d.id = ANY($2::int[]) AND m.parts ? d.key`, [existing.id, dropped]);
    if (n > 0) {
      const fix = `cannot drop a dimension that ${n} ${n === 1 ? 'measurement carries' : 'measurements carry'} parts for`;
      throw new DomainError('CONFLICT', `This indicator's dimensionIds ${fix}.`, { errors: { dimensionIds: fix } });
    }
  }
}

/** kind, aspect and unit: present on a new indicator, never cleared on a stored one; evidenceDesign never cleared. */
function requiredProblems(values: Values, existing: IndicatorEntity | null): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of REQUIRED) {
    const missing = existing ? values[field] === null : values[field] == null;
    if (missing) problems[field] = 'is required (unless the indicator adopts a definition, which sets it: definitionId)';
  }
  if (values.evidenceDesign === null) problems.evidenceDesign = 'is required: none, before_after, comparison_group or randomised';
  return problems;
}

function checkIndicator(i: Partial<IndicatorEntity>): void {
  throwFieldErrors('indicator', inWords(indicatorProblems(i)));
}
