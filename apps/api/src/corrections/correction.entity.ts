import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CorrectionKind } from '@lab/domain';
import { numericTransformer } from '../database/record.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { LabEntity } from '../labs/lab.entity';
import { MeasurementEntity } from '../measurements/measurement.entity';
import { ProjectEntity } from '../projects/project.entity';
import { FrozenReportEntity } from '../reports/frozen-report.entity';
import { StatusUpdateEntity } from '../status-updates/status-update.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A correction of a closed quarter (libs/domain closed-quarter.ts): an administrator reopened an approved
 * measurement or a submitted status update, or wrote a new measurement, after the quarter's report was frozen.
 * It is recorded against the frozen version that closed the quarter, with the value before and, once approved
 * again, the value after. Append-only but for that second half; the frozen version itself never changes.
 */
@Entity('corrections')
@Check('correction_period_format', `"period" ~ '^[0-9]{4}-Q[1-4]$'`)
@Check('correction_kind_known', `"kind" IN ('reopen', 'new_measurement', 'status_update')`)
@Check('correction_reason_length', `char_length("reason") BETWEEN 1 AND 4000`)
@Index('correction_lab_recorded', ['labId', 'correctedAt'])
export class CorrectionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @ForeignKey(() => LabEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  labId: number;

  @Column({ type: 'char', length: 7 })
  period: string;

  /** The frozen version the correction is against: the quarter's latest when it was made. */
  @Index()
  @ForeignKey(() => FrozenReportEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  frozenReportId: number;

  @Column({ type: 'varchar', length: 20 })
  kind: CorrectionKind;

  @Index()
  @ForeignKey(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  projectId: number;

  @Index()
  @ForeignKey(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  indicatorId: number | null;

  /** The measurement corrected; it may be deleted afterwards (a new one written by mistake), the correction stays. */
  @Index()
  @ForeignKey(() => MeasurementEntity, { onDelete: 'SET NULL' })
  @Column({ type: 'integer', nullable: true })
  measurementId: number | null;

  @Index()
  @ForeignKey(() => StatusUpdateEntity, { onDelete: 'SET NULL' })
  @Column({ type: 'integer', nullable: true })
  statusUpdateId: number | null;

  /** The approved value before the correction; null for a new measurement or a status update. */
  @Column({ type: 'numeric', precision: 16, scale: 4, nullable: true, transformer: numericTransformer })
  oldValue: number | null;

  /** The value once approved again; null while the correction is open. */
  @Column({ type: 'numeric', precision: 16, scale: 4, nullable: true, transformer: numericTransformer })
  newValue: number | null;

  @Column({ type: 'text' })
  reason: string;

  @Index()
  @ForeignKey(() => UserEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  correctedById: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  correctedAt: Date;

  @Index()
  @ForeignKey(() => UserEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  reapprovedById: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  reapprovedAt: Date | null;
}
