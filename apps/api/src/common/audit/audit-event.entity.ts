import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AUDIT_ACTIONS, type AuditAction } from '@lab/domain';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * Who changed what and when, and every security event (sign-in, sign-out, password changes, refused requests).
 * Append-only: the API offers no way to edit or delete these, and triggers in PostgreSQL refuse any UPDATE,
 * DELETE or TRUNCATE of the table (migration 1796000000000-AuditTrailAppendOnly).
 */
@Entity('audit_events')
@Index('audit_event_record', ['resource', 'recordId'])
@Index('audit_event_request', ['requestId'])
// What one address did, newest last; also how a refusal finds its recent twin (AuditService.refused).
@Index('audit_event_client', ['clientAddress', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Index()
  // By name: the audit trail sits below the features and imports none of them.
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  userId: number | null;

  @Column({ type: 'varchar', length: 50 })
  resource: string;

  @Column({ type: 'integer', nullable: true })
  recordId: number | null;

  @Index()
  @Column({ type: 'enum', enum: AUDIT_ACTIONS, enumName: 'audit_action' })
  action: AuditAction;

  @Column({ type: 'jsonb' })
  changes: AuditChanges;

  /** The X-Request-Id of the request that wrote it (its log lines carry the same); null outside a request. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress: string | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
