import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditedResource } from '@lab/domain';
import { AuditEventEntity, type AuditChanges } from './audit-event.entity';

const NOT_AUDITED = new Set(['version', 'createdAt', 'updatedAt', 'passwordHash']);

function comparable(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return [...v].sort();
  return v ?? null;
}

/** Field-by-field before/after of what changed; for a create `before` is empty, for a delete `after`. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChanges = {};
  for (const key of keys) {
    if (NOT_AUDITED.has(key)) continue;
    const b = comparable(before?.[key]);
    const a = comparable(after?.[key]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}

export interface AuditEntry {
  userId: number | null;
  resource: AuditedResource;
  recordId: number | null;
  action: AuditAction;
  changes: AuditChanges;
}

/** Writes audit events through the caller's transaction, so a change and its record commit together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEventEntity, entry as never);
  }
}
