import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  assertStatusUpdateReopen, DomainError, inWords, STATUS_UPDATE_CONTENT_FIELDS, statusUpdateEditProblems, statusUpdateStatus,
} from '@lab/domain';
import { AuditService, diff } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { CrudService, type Json } from '../common/crud.service';
import { writeNextVersion } from '../common/next-version';
import { checkClosedWrite, projectLab, recordCorrection } from '../corrections/closed-quarter';
import { StatusUpdateEntity } from './status-update.entity';
import { STATUS_UPDATES } from './status-updates.resource';

type Values = Record<string, unknown>;

/** The refusal of a change to a submitted status update: 409, each changed field named, "reopen first". */
export function lockedStatusUpdate(errors: Record<string, string>): DomainError {
  return new DomainError('CONFLICT', `This status update ${Object.values(errors)[0]}.`, { errors });
}

/** The fields of a status update the values would change. */
export function changedContent(existing: Record<string, unknown>, values: Values): string[] {
  return STATUS_UPDATE_CONTENT_FIELDS.filter((f) => values[f] !== undefined && (existing[f] ?? null) !== (values[f] ?? null));
}

@Injectable()
export class StatusUpdatesService extends CrudService<StatusUpdateEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, STATUS_UPDATES);
  }

  /** A submitted update is on record: its content changes only after it is reopened. */
  protected override async beforeUpdate(_m: EntityManager, existing: StatusUpdateEntity, values: Values): Promise<void> {
    const locked = inWords(statusUpdateEditProblems(statusUpdateStatus(existing), changedContent({ ...existing }, values)));
    if (Object.keys(locked).length) throw lockedStatusUpdate(locked);
  }

  protected override async beforeRemove(_m: EntityManager, record: Json): Promise<void> {
    if (statusUpdateStatus(record as { submittedAt: string | null }) === 'submitted') {
      throw new DomainError('CONFLICT', 'This status update is submitted and on record: reopen it first, with a reason, before deleting it.', {
        errors: { submittedAt: 'is set: reopen the status update first' },
      });
    }
  }

  /**
   * Reopens a submitted status update (the focus team or an administrator, with a reason): a draft again, for
   * the team to change and submit anew. The row is locked, and the audit event keeps the reason.
   */
  async reopen(id: number, input: { comment?: string | null; reason?: string | null; version?: number | null }, actor: Actor): Promise<Json> {
    let comment = input.comment?.trim() || null;
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(StatusUpdateEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new DomainError('NOT_FOUND', `There is no status update with id ${id}.`);
      // In a closed quarter, reopening is an administrator's correction with a reason, on record (libs/domain closed-quarter.ts).
      const labId = statusUpdateStatus(existing) === 'submitted' ? await projectLab(manager, existing.projectId) : null;
      const closed = labId === null ? null
        : await checkClosedWrite(manager, { labId, projectId: existing.projectId, period: existing.period, kind: 'status_update', reason: input.reason, actor });
      if (closed) comment ??= closed.reason;
      assertStatusUpdateReopen({ status: statusUpdateStatus(existing), role: actor.role, comment });
      if (input.version != null && input.version !== existing.version) {
        throw new DomainError(
          'STALE_VERSION',
          `Someone else changed this status update in the meantime (it is now at version ${existing.version}, you sent ${input.version}). Reload it and look again.`,
        );
      }
      const before = await this.get(id, manager);
      let after: Json = before;
      // The row is locked: no version to check.
      await writeNextVersion(manager, this.audit, { entity: StatusUpdateEntity, id, set: { submittedAt: null } }, async () => {
        after = await this.get(id, manager);
        return {
          userId: actor.userId, resource: 'status-updates', recordId: id, action: 'reopen',
          changes: { ...diff(before, after), reopenReason: { before: null, after: comment } },
        };
      });
      if (closed && labId !== null) {
        await recordCorrection(manager, {
          ...closed, labId, projectId: existing.projectId, period: existing.period, kind: 'status_update', statusUpdateId: id, actor,
        });
      }
      return after;
    });
  }
}
