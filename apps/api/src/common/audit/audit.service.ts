import { Injectable, Logger } from '@nestjs/common';
import pLimit from 'p-limit';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditAction, AuditedResource, SecurityAction } from '@lab/domain';
import { AuditEventEntity, type AuditChanges } from './audit-event.entity';
import type { Refusal } from './refusals';

// `evidence` is an indicator's derived evidence level (words in two languages): its facts are audited where they change.
const NOT_AUDITED = new Set(['version', 'createdAt', 'updatedAt', 'passwordHash', 'evidence']);

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

/** Refusals being written at once, and waiting; beyond that a flood's refusals are left to the request log. */
const REFUSAL_WRITERS = 2;
const MAX_WAITING_REFUSALS = 200;

/**
 * Writes audit events. Changes go through the caller's transaction, so a change and its record commit
 * together. Each event also gets the request id and client address of the request that wrote it
 * (AuditContextSubscriber), without the caller passing them.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');
  private readonly refusalWriters = pLimit(REFUSAL_WRITERS);
  private droppedRefusals = 0;

  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEventEntity, entry as never);
  }

  /**
   * A security event under the resource `auth`: a sign-in, a sign-out, a password change or reset, a failed
   * sign-in. Pass the transaction of the change it belongs to (a password change) as `manager`, so both commit
   * together; otherwise it is written on its own. A refusal (401/403) is written by the error filter
   * through `refused`; a request that wrote a security event is not also recorded as refused.
   *
   *   await audit.security('password_changed', { userId: actor.userId, recordId: user.id, details: { by: 'self' } }, manager);
   */
  async security(action: SecurityAction, event: SecurityEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.record(manager, {
      userId: event.userId, resource: 'auth', recordId: event.recordId ?? null, action, changes: securityChanges(event.details),
    });
  }

  /**
   * Records a refused request, coalesced: at most one `refused` event a minute for the same client address,
   * user, method, route and status, decided in PostgreSQL so that every replica shares it. Identical refusals
   * are serialised by a transaction-scoped advisory lock on that key, and the look-back uses the
   * (client_address, occurred_at) index. Never rejects: a failure is logged; at most a few writes run at once,
   * and a flood beyond what waits is dropped (its requests are still in the request log).
   */
  async refused(refusal: Refusal): Promise<{ written: boolean }> {
    if (this.refusalWriters.pendingCount >= MAX_WAITING_REFUSALS) {
      if (this.droppedRefusals++ % 1000 === 0) {
        this.logger.warn(`Too many refused requests at once: ${this.droppedRefusals} not written to the audit trail (they are in the request log)`);
      }
      return { written: false };
    }
    try {
      return await this.refusalWriters(() => this.writeRefusal(refusal));
    } catch (error) {
      this.logger.warn(`Could not record a refused request (${refusal.method} ${refusal.path} ${refusal.status}): ${(error as Error)?.message ?? error}`);
      return { written: false };
    }
  }

  private writeRefusal(r: Refusal): Promise<{ written: boolean }> {
    const key = ['refused', r.clientAddress ?? '', r.userId ?? '', r.method, r.route, r.status].join('|');
    const changes = securityChanges({
      method: r.method, path: r.path, route: r.route, ...(r.query.length ? { query: r.query } : {}),
      resource: r.resource, recordId: r.recordId, status: r.status, code: r.code, message: r.message,
    });
    // Equality, or IS NULL, so that the (client_address, occurred_at) index serves either way.
    const sameAddress = r.clientAddress === null ? 'client_address IS NULL' : 'client_address = $4';
    const sameUser = r.userId === null ? 'user_id IS NULL' : 'user_id = $1';
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      const rows: unknown[] = await m.query(
        `INSERT INTO audit_events (user_id, resource, record_id, action, changes, request_id, client_address)
         SELECT $1::int, 'auth', NULL, 'refused'::audit_action, $2::jsonb, $3::varchar, $4::varchar
          WHERE NOT EXISTS (
            SELECT 1 FROM audit_events
             WHERE ${sameAddress} AND occurred_at > now() - interval '1 minute' AND action = 'refused' AND ${sameUser}
               AND changes->'method'->>'after' = $5 AND changes->'route'->>'after' = $6 AND changes->'status'->>'after' = $7)
         RETURNING id`,
        [r.userId, JSON.stringify(changes), r.requestId, r.clientAddress, r.method, r.route, String(r.status)],
      );
      return { written: rows.length > 0 };
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
