import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditAction, AuditedResource, SecurityAction } from '@lab/domain';
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

/** What a security event says; `details` become its changes, each as `{ before: null, after: value }`. */
export interface SecurityEvent {
  /** Who: the signed-in user, or null (an unknown address, a request without a valid token). */
  userId: number | null;
  /** The account concerned, when it is not the actor (the address a failed sign-in named, the user whose password an admin reset). */
  recordId?: number | null;
  details?: Record<string, unknown>;
}

/** Never in an audit event, whatever a caller passes: a password, its hash, a token or a secret. */
const SECRET_KEY = /(password|hash|token|secret)$/i;

/**
 * Writes audit events. Changes go through the caller's transaction, so a change and its record commit
 * together. Each event also gets the request id and client address of the request that wrote it
 * (AuditContextSubscriber), without the caller passing them.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEventEntity, entry as never);
  }

  /**
   * A security event under the resource `auth`: a sign-in, a sign-out, a password change or reset, a failed
   * sign-in. Pass the transaction of the change it belongs to (a password change) as `manager`, so both commit
   * together; otherwise it is written on its own.
   *
   *   await audit.security('password_changed', { userId: actor.userId, recordId: user.id, details: { by: 'self' } }, manager);
   */
  async security(action: SecurityAction, event: SecurityEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.record(manager, {
      userId: event.userId, resource: 'auth', recordId: event.recordId ?? null, action, changes: securityChanges(event.details),
    });
  }
}

function securityChanges(details: Record<string, unknown> = {}): AuditChanges {
  const changes: AuditChanges = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined || SECRET_KEY.test(key)) continue;
    changes[key] = { before: null, after: value };
  }
  return changes;
}
