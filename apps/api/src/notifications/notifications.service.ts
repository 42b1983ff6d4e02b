import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  DEFAULT_DELIVERY, DomainError, NOTIFICATION_KINDS, type Language, type NotificationDelivery, type NotificationKind,
} from '@lab/domain';
import { AuditService } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { CrudService, type Json } from '../common/crud.service';
import { NotificationEntity } from './notification.entity';
import { NOTIFICATIONS } from './notifications.resource';

/** A kind as a JSON field: measurement_returned → measurementReturned. */
export const preferenceField = (kind: NotificationKind) => kind.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export type Preferences = { language: Language } & Record<string, NotificationDelivery | Language>;

/** The outbox on record: administrators read every notice, everyone else the notices sent to them. */
@Injectable()
export class NotificationsService extends CrudService<NotificationEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, NOTIFICATIONS);
  }

  protected override restrictList(qb: SelectQueryBuilder<ObjectLiteral>, actor: Actor | null): void {
    if (actor && actor.role !== 'admin') qb.andWhere(`${this.alias}.user_id = :ownUserId`, { ownUserId: actor.userId });
  }

  override async read(id: number, actor: Actor | null): Promise<Json> {
    const row = await super.read(id, actor);
    // Someone else's notice is as absent as one that does not exist.
    if (actor && actor.role !== 'admin' && row.userId !== actor.userId) throw new DomainError('NOT_FOUND', `There is no notification with id ${id}.`);
    return row;
  }

  async preferences(userId: number): Promise<Preferences> {
    const [user]: { language: Language }[] = await this.dataSource.query('SELECT language FROM users WHERE id = $1', [userId]);
    const rows: { kind: NotificationKind; delivery: NotificationDelivery }[] = await this.dataSource.query(
      'SELECT kind, delivery FROM notification_preferences WHERE user_id = $1', [userId],
    );
    const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
    return {
      language: user?.language ?? 'nl',
      ...Object.fromEntries(NOTIFICATION_KINDS.map((k) => [preferenceField(k), chosen.get(k) ?? DEFAULT_DELIVERY])),
    } as Preferences;
  }

  /** Changes what was sent and keeps the rest, in one transaction with its audit event. */
  async setPreferences(actor: Actor, input: Record<string, string | undefined>): Promise<Preferences> {
    const before = await this.preferences(actor.userId);
    await this.dataSource.transaction(async (manager) => {
      if (input.language) await manager.query('UPDATE users SET language = $2 WHERE id = $1', [actor.userId, input.language]);
      for (const kind of NOTIFICATION_KINDS) {
        const delivery = input[preferenceField(kind)];
        if (!delivery) continue;
        await manager.query(
          `INSERT INTO notification_preferences (user_id, kind, delivery) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`, [actor.userId, kind, delivery],
        );
      }
      const after = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
      const changes = Object.fromEntries(
        Object.keys(after).filter((k) => after[k] !== before[k]).map((k) => [k, { before: before[k], after: after[k] }]),
      );
      if (Object.keys(changes).length > 0) {
        await this.audit.record(manager, { userId: actor.userId, resource: 'users', recordId: actor.userId, action: 'update', changes });
      }
    });
    return this.preferences(actor.userId);
  }
}
