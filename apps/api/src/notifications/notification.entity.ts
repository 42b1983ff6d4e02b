import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import {
  NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, NOTIFICATION_STATUSES, type NotificationDelivery, type NotificationKind, type NotificationStatus,
} from '@lab/domain';

/**
 * The outbox: one notice to one user. Its idempotency key is unique, so writing the same notice again (a
 * second run, a restart, another replica) writes nothing; a pg-boss job sends it and records the outcome here.
 */
@Entity('notifications')
@Index('notification_user', ['userId', 'queuedAt'])
// What the daily digest gathers.
@Index('notification_waiting_digest', ['userId'], { where: `"status" = 'queued' AND "delivery" = 'daily_digest'` })
// A notice turned off is never written.
@Check('notification_delivery_not_off', `"delivery" <> 'off'`)
export class NotificationEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  link: string | null;

  @Column({ type: 'varchar', length: 200, unique: true })
  idempotencyKey: string;

  /** At once, or gathered into the daily digest. */
  @Column({ type: 'enum', enum: NOTIFICATION_DELIVERIES, enumName: 'notification_delivery', default: 'at_once' })
  delivery: NotificationDelivery;

  @Column({ type: 'enum', enum: NOTIFICATION_STATUSES, enumName: 'notification_status', default: 'queued' })
  status: NotificationStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Why the last attempt to send it failed (the mail server's answer). */
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  queuedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
