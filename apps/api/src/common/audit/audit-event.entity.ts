import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AUDIT_ACTIONS, type AuditAction } from '@lab/domain';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/** Who changed what and when. Append-only: the API offers no way to edit or delete these. */
@Entity('audit_events')
@Index('audit_event_record', ['resource', 'recordId'])
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

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
