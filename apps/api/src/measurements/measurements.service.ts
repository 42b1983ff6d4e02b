import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  assertReview, DomainError, inWords, MAX_THREAD_REMARKS, MEASUREMENT_CONTENT_FIELDS, measurementEditProblems, measurementValueProblems,
  normaliseParts, partsProblems, type Dimension, type MeasurementComment, type ReviewAction,
} from '@lab/domain';
import { AuditService, diff } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { memberProjectIds } from '../common/access';
import { CrudService, type Json, type Page } from '../common/crud.service';
import { writeNextVersion } from '../common/next-version';
import { throwFieldErrors } from '../common/field-errors';
import { checkClosedWrite, indicatorPlace, recordCorrection, resolveCorrection } from '../corrections/closed-quarter';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { TeamNotices } from '../notifications/team-notices.service';
import { withContext } from './measurement-context';
import { MeasurementCommentEntity } from './measurement-comment.entity';
import { MeasurementEntity } from './measurement.entity';
import { MEASUREMENTS } from './measurements.resource';

type Values = Record<string, unknown>;


@Injectable()
export class MeasurementsService extends CrudService<MeasurementEntity> {
  constructor(dataSource: DataSource, audit: AuditService, private readonly notices: TeamNotices) {
    super(dataSource, audit, MEASUREMENTS);
  }

  protected override async beforeCreate(manager: EntityManager, values: Values, _links: Values, actor: Actor | null): Promise<void> {
    await checkValue(manager, values.indicatorId as number, values.value as number, values);
    values.recordedById = actor?.userId ?? null;
  }

  protected override async beforeUpdate(manager: EntityManager, existing: MeasurementEntity, values: Values, _l: Values, actor: Actor | null): Promise<void> {
    const reason = values.reason as string | null | undefined;
    delete values.reason;
    const changed = MEASUREMENT_CONTENT_FIELDS.filter((f) => values[f] !== undefined && !same(existing[f], values[f]));
    const locked = inWords(measurementEditProblems(existing.status, changed));
    if (Object.keys(locked).length) {
      throw new DomainError('CONFLICT', `This measurement ${Object.values(locked)[0]}.`, { errors: locked });
    }
    if (values.value !== undefined || values.indicatorId !== undefined || values.parts !== undefined) {
      const merged = { parts: values.parts !== undefined ? values.parts : existing.parts };
      await checkValue(manager, (values.indicatorId ?? existing.indicatorId) as number, (values.value ?? existing.value) as number, merged);
      if (values.parts !== undefined || merged.parts !== existing.parts) values.parts = merged.parts;
    }
    // Moved to another indicator or quarter: into a closed one only as a correction, like a new measurement.
    const indicatorId = (values.indicatorId ?? existing.indicatorId) as number;
    const period = (values.period ?? existing.period) as string;
    if (indicatorId !== existing.indicatorId || period !== existing.period) {
      await this.closedQuarterWrite(manager, { indicatorId, period, reason, actor, measurementId: existing.id });
    }
  }

  protected override async beforeRemove(_m: EntityManager, record: Json): Promise<void> {
    if (record.status === 'approved') {
      throw new DomainError('CONFLICT', 'This measurement is approved and counts in reports: reopen it with a reason before deleting it.', {
        errors: { status: 'is approved: reopen it first' },
      });
    }
  }

  protected override derivedColumns(): Record<string, string> {
    return { projectId: `(SELECT i.project_id FROM indicators i WHERE i.id = ${this.alias}.indicator_id)` };
  }

  // Every answer carries each measurement's context (names, baseline, target in force, the quarter before), so that
  // a list row, the record and what a write returns agree. The audit trail keeps the record's own fields only.
  override async list(raw: Record<string, unknown>, actor: Actor | null = null): Promise<Page> {
    const page = await super.list(raw, actor);
    return { ...page, rows: await withContext(this.dataSource.manager, page.rows) };
  }

  override async read(id: number, actor: Actor | null): Promise<Json> {
    return this.withContext(await super.read(id, actor));
  }

  /**
   * A new measurement. Into a closed quarter (its report frozen for the council) only an administrator writes one,
   * with `reason`, and it is recorded as a correction against the frozen version (libs/domain closed-quarter.ts).
   */
  override async create(input: Values, actor: Actor | null, within?: EntityManager): Promise<Json> {
    const { reason, ...values } = input;
    return this.inTransaction(within, async (manager) => {
      const closed = await this.closedQuarterCheck(manager, values.indicatorId as number, values.period as string, reason as string | undefined, actor);
      const created = await super.create(values, actor, manager);
      if (closed) await recordCorrection(manager, { ...closed, kind: 'new_measurement', measurementId: created.id as number, oldValue: null });
      return this.withContext(created, manager);
    });
  }

  private async closedQuarterCheck(manager: EntityManager, indicatorId: number, period: string, reason: string | null | undefined, actor: Actor | null) {
    if (typeof indicatorId !== 'number' || typeof period !== 'string') return null;
    const place = await indicatorPlace(manager, indicatorId);
    if (!place) return null;
    const closed = await checkClosedWrite(manager, { ...place, period, kind: 'new_measurement', reason, actor });
    return closed && { ...closed, ...place, period, indicatorId, actor };
  }

  private async closedQuarterWrite(
    manager: EntityManager, w: { indicatorId: number; period: string; reason: string | null | undefined; actor: Actor | null; measurementId: number },
  ): Promise<void> {
    const closed = await this.closedQuarterCheck(manager, w.indicatorId, w.period, w.reason, w.actor);
    if (closed) await recordCorrection(manager, { ...closed, kind: 'new_measurement', measurementId: w.measurementId, oldValue: null });
  }

  override async update(id: number, input: Values, actor: Actor | null, within?: EntityManager): Promise<Json> {
    return this.withContext(await super.update(id, input, actor, within), within);
  }

  override async remove(id: number, actor: Actor | null): Promise<Json> {
    return this.withContext(await super.remove(id, actor));
  }

  private async withContext(row: Json, manager: EntityManager = this.dataSource.manager): Promise<Json> {
    const [withIt] = await withContext(manager, [row]);
    return withIt;
  }

  /** Adds the project the measurement belongs to, through its indicator. */
  protected override async present(manager: EntityManager, entities: MeasurementEntity[], prefetched?: Map<number, Json>): Promise<Json[]> {
    const rows = await super.present(manager, entities, prefetched);
    if (rows.length === 0 || prefetched) return rows;
    const indicatorIds = [...new Set(entities.map((e) => e.indicatorId))];
    const pairs: { id: number; projectId: number }[] = await manager.query(
      'SELECT id, project_id AS "projectId" FROM indicators WHERE id = ANY($1::int[])', [indicatorIds],
    );
    const projectOf = new Map(pairs.map((p) => [p.id, p.projectId]));
    for (const row of rows) row.projectId = projectOf.get(row.indicatorId as number) ?? null;
    return rows;
  }

  /**
   * One step of the review flow, in one transaction with its thread entry and audit event. The row is
   * locked first, so concurrent steps on one measurement are taken one after the other: the second sees
   * the first's outcome and is refused when it no longer applies.
   */
  async review(
    id: number, action: ReviewAction, input: { comment?: string | null; reason?: string | null; version?: number | null }, actor: Actor, within?: EntityManager,
  ): Promise<Json> {
    let comment = input.comment?.trim() || null;
    return this.inTransaction(within, async (manager) => {
      const existing = await manager.findOne(MeasurementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new DomainError('NOT_FOUND', `There is no measurement with id ${id}.`);
      const [before] = await this.present(manager, [existing]);
      // Reopening an approved value of a closed quarter: an administrator's correction, with a reason, on record.
      let correction: Awaited<ReturnType<MeasurementsService['closedQuarterCheck']>> = null;
      if (action === 'reopen' && existing.status === 'approved') {
        const place = await indicatorPlace(manager, existing.indicatorId);
        const closed = place && await checkClosedWrite(manager, { ...place, period: existing.period, kind: 'reopen', reason: input.reason, actor });
        if (place && closed) {
          correction = { ...closed, ...place, period: existing.period, indicatorId: existing.indicatorId, actor };
          comment ??= closed.reason;
        }
      }
      const onTeam = (await memberProjectIds(manager, actor)).includes(before.projectId as number);
      const status = assertReview({ action, status: existing.status, role: actor.role, onTeam, comment });
      if (input.version != null && input.version !== existing.version) {
        throw new DomainError(
          'STALE_VERSION',
          `Someone else changed this measurement in the meantime (it is now at version ${existing.version}, you sent ${input.version}). Reload it and look again.`,
        );
      }

      const now = new Date();
      const changes: Values = { status };
      if (action === 'submit') Object.assign(changes, { submittedAt: now });
      else Object.assign(changes, { reviewedById: actor.userId, reviewedAt: now });
      // The row keeps the latest reason it came back to the team; the thread keeps them all.
      if (action === 'return' || action === 'reopen') changes.reviewComment = comment;
      if (action === 'approve') changes.reviewComment = null;
      await manager.insert(MeasurementCommentEntity, { measurementId: id, authorId: actor.userId, kind: action, body: comment });
      let after: Json = before;
      // The row is locked: no version to check.
      await writeNextVersion(manager, this.audit, { entity: MeasurementEntity, id, set: changes }, async () => {
        after = await this.get(id, manager);
        return { userId: actor.userId, resource: 'measurements', recordId: id, action, changes: diff(before, after) };
      });
      if (correction) await recordCorrection(manager, { ...correction, kind: 'reopen', measurementId: id, oldValue: existing.value });
      if (action === 'approve') await resolveCorrection(manager, id, existing.value, actor);
      // The team hears of a return in the same transaction: no notice without the step, none twice.
      if (action === 'return') await this.notices.measurementReturned(manager, id, after.version as number, comment ?? '', actor);
      return this.withContext(after, manager);
    });
  }

  async comments(id: number): Promise<MeasurementComment[]> {
    await this.load(this.dataSource.manager, id);
    const rows: (Omit<MeasurementComment, 'createdAt'> & { createdAt: Date })[] = await this.dataSource.query(
      `SELECT c.id, c.measurement_id AS "measurementId", c.author_id AS "authorId", u.name AS "authorName", c.kind, c.body,
              c.created_at AS "createdAt"
         FROM measurement_comments c LEFT JOIN users u ON u.id = c.author_id
        WHERE c.measurement_id = $1 ORDER BY c.created_at, c.id`,
      [id],
    );
    return rows.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() }));
  }

  /** A remark in the thread: by the project's team, the focus team or an administrator. */
  async addComment(id: number, body: string, actor: Actor): Promise<MeasurementComment> {
    const text = body.trim();
    if (!text) throw new DomainError('VALIDATION_FAILED', 'body is empty: write the comment.', { errors: { body: 'is empty: write the comment' } });
    const commentId = await this.dataSource.transaction(async (manager) => {
      const existing = await this.load(manager, id);
      if (actor.role === 'project_member') {
        const [measurement] = await this.present(manager, [existing]);
        if (!(await memberProjectIds(manager, actor)).includes(measurement.projectId as number)) {
          throw new DomainError('FORBIDDEN', 'As a project member you may only comment on measurements of your own projects.');
        }
      }
      // Counted under the measurement's row lock, so that concurrent remarks cannot pass the cap together.
      await manager.query('SELECT id FROM measurements WHERE id = $1 FOR UPDATE', [id]);
      const [{ remarks }] = await manager.query(
        `SELECT count(*)::int AS remarks FROM measurement_comments WHERE measurement_id = $1 AND kind = 'comment'`, [id],
      );
      if (remarks >= MAX_THREAD_REMARKS) {
        const fix = `cannot be added: this measurement's thread holds ${MAX_THREAD_REMARKS} remarks, the most one thread takes`;
        throw new DomainError('VALIDATION_FAILED', `The comment ${fix}.`, { errors: { body: fix } });
      }
      const result = await manager.insert(MeasurementCommentEntity, { measurementId: id, authorId: actor.userId, kind: 'comment', body: text });
      const newId = result.identifiers[0].id as number;
      await this.audit.record(manager, {
        userId: actor.userId, resource: 'measurements', recordId: id, action: 'comment', changes: { comment: { before: null, after: text } },
      });
      return newId;
    });
    return (await this.comments(id)).find((c) => c.id === commentId)!;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The value must fit the indicator's unit (a percentage 0–100, a count whole and not negative), and its parts
 * the indicator's breakdown (libs/domain breakdowns.ts); `values.parts` is stored in the dimensions' order.
 */
async function checkValue(manager: EntityManager, indicatorId: number, value: number, values: Values): Promise<void> {
  const indicator = await manager.findOne(IndicatorEntity, { where: { id: indicatorId }, select: { id: true, unit: true, aggregation: true, dimensionIds: true } });
  if (!indicator) {
    throw new DomainError('INVALID_REFERENCE', `indicatorId ${indicatorId} does not exist.`, { errors: { indicatorId: `no indicator with id ${indicatorId}` } });
  }
  throwFieldErrors('measurement', inWords(measurementValueProblems(indicator.unit, value)));
  if (values.parts === undefined || values.parts === null) return;
  const dimensions = await indicatorDimensions(manager, indicator.dimensionIds);
  throwFieldErrors('measurement', partsProblems({ parts: values.parts, dimensions, value, unit: indicator.unit, aggregation: indicator.aggregation }));
  values.parts = normaliseParts(values.parts, dimensions);
}

/** The dimensions an indicator is broken down by, in its order. */
export async function indicatorDimensions(manager: EntityManager, ids: readonly number[]): Promise<Dimension[]> {
  if (ids.length === 0) return [];
  const rows: Dimension[] = await manager.query('SELECT id, key, name, "values" FROM dimensions WHERE id = ANY($1::int[])', [ids]);
  return ids.map((id) => rows.find((d) => d.id === id)).filter((d): d is Dimension => !!d);
}
