import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { LabEntity } from '../labs/lab.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A frozen quarterly outcome report: the report's data and every rendered file exactly as the council
 * received them, each with its SHA-256. Its content is immutable; freezing again adds the next version.
 * Sending it to the council is recorded once, afterwards, in the `sent*` columns (all null until then).
 */
@Entity('frozen_reports')
@Unique('frozen_report_version', ['labId', 'period', 'version'])
@Check('frozen_report_period_format', `"period" ~ '^[0-9]{4}-Q[1-4]$'`)
@Check('frozen_report_version_positive', '"version" >= 1')
@Check('frozen_report_sent_whole', '("sent_on" IS NULL) = ("sent_at" IS NULL) AND ("sent_on" IS NOT NULL OR ("sent_by_id" IS NULL AND "sent_note" IS NULL))')
export class FrozenReportEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @ForeignKey(() => LabEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  labId: number;

  @Column({ type: 'char', length: 7 })
  period: string;

  @Column({ type: 'integer' })
  version: number;

  /** The report as JSON, exactly as served by GET /api/reports/quarterly at the time of freezing. */
  @Column({ type: 'jsonb' })
  data: unknown;

  @Column({ type: 'char', length: 64 })
  dataSha256: string;

  @Column({ type: 'bytea' })
  pdf: Buffer;

  @Column({ type: 'char', length: 64 })
  pdfSha256: string;

  @Column({ type: 'bytea' })
  xlsx: Buffer;

  @Column({ type: 'char', length: 64 })
  xlsxSha256: string;

  @Column({ type: 'bytea' })
  csv: Buffer;

  @Column({ type: 'char', length: 64 })
  csvSha256: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Index()
  @ForeignKey(() => UserEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  frozenById: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  frozenAt: Date;

  /** The day (in Amsterdam) the version was sent to the council. */
  @Column({ type: 'date', nullable: true })
  sentOn: string | null;

  /** When the sending was recorded. */
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Index()
  @ForeignKey(() => UserEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  sentById: number | null;

  /** What went with it, e.g. the raadsbrief's reference. */
  @Column({ type: 'text', nullable: true })
  sentNote: string | null;
}
