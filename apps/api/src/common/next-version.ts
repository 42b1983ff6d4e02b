import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { AuditService, AuditEntry } from './audit/audit.service';

export interface NextVersion {
  entity: EntityTarget<ObjectLiteral>;
  id: number;
  /** The columns that change (property names). */
  set: Record<string, unknown>;
  /** Write only over this version (optimistic locking); without it, over whatever is stored (the caller holds a lock). */
  version?: number;
}

/**
 * Writes a record's next version: its changes, `version + 1` and `updated_at`, and then its audit event, in
 * the caller's transaction. `event` is asked after the write, so that it can read the record as it now is.
 * Answers false, writing nothing, when the record is no longer at `version`.
 */
export async function writeNextVersion(
  manager: EntityManager, audit: AuditService, write: NextVersion, event: () => Promise<AuditEntry> | AuditEntry,
): Promise<boolean> {
  const update = manager
    .createQueryBuilder()
    .update(write.entity)
    .set({ ...write.set, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id', { id: write.id });
  if (write.version !== undefined) update.andWhere('version = :version', { version: write.version });
  const result = await update.execute();
  if (result.affected !== 1) return false;
  await audit.record(manager, await event());
  return true;
}
