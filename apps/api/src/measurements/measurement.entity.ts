import { Check, Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { MEASUREMENT_STATUSES, type MeasurementStatus, type Parts } from '@lab/domain';
import { numericTransformer, RecordEntity } from '../database/record.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { UserEntity } from '../users/user.entity';

/** One aggregate value per indicator and quarter. Only approved ones count in reports and payments. */
@Entity('measurements')
@Unique('measurement_one_per_indicator_and_period', ['indicatorId', 'period'])
@Check('measurement_period_format', `"period" ~ '^[0-9]{4}-Q[1-4]$'`)
@Check('measurement_people_measured_not_negative', '"people_measured" IS NULL OR "people_measured" >= 0')
@Check('measurement_parts_object', `"parts" IS NULL OR jsonb_typeof("parts") = 'object'`)
// The review queues and their counts look only at the few measurements waiting for someone.
@Index('measurement_pending_review', ['indicatorId', 'status'], { where: `"status" IN ('submitted', 'returned')` })
// The approved history the report and "wat werkt" read, index-only (INCLUDE, which TypeORM cannot declare:
// migration ApprovedHistoryIndex).
@Index('measurement_approved_history', { synchronize: false })
export class MeasurementEntity extends RecordEntity {
  @ForeignKey(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  indicatorId: number;

  @Index()
  @Column({ type: 'char', length: 7 })
  period: string;

  @Column({ type: 'numeric', precision: 16, scale: 4, transformer: numericTransformer })
  value: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  evidenceUrl: string | null;

  /** How many people the quarter's figure rests on (for the evidence level); not who they are. */
  @Column({ type: 'integer', nullable: true })
  peopleMeasured: number | null;

  /** The figure per value of each dimension the indicator is broken down by (libs/domain breakdowns.ts); null: none. */
  @Column({ type: 'jsonb', nullable: true })
  parts: Parts | null;

  @Index()
  @Column({ type: 'enum', enum: MEASUREMENT_STATUSES, enumName: 'measurement_status', default: 'draft' })
  status: MeasurementStatus;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Index()
  @ForeignKey(() => UserEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  recordedById: number | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Index()
  @ForeignKey(() => UserEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  reviewedById: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;
}
