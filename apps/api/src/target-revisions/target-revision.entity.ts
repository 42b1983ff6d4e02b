import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../database/record.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A change of an indicator's target, with its reason. Immutable history: it goes with its indicator
 * (cascade) and is never edited. `effectiveFrom` is the first quarter the new target applies to.
 */
@Entity('target_revisions')
@Check('target_revision_period_format', `"effective_from" ~ '^[0-9]{4}-Q[1-4]$'`)
export class TargetRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Index()
  @ForeignKey(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'integer' })
  indicatorId: number;

  @Column({ type: 'numeric', precision: 16, scale: 4, nullable: true, transformer: numericTransformer })
  oldValue: number | null;

  @Column({ type: 'numeric', precision: 16, scale: 4, transformer: numericTransformer })
  newValue: number;

  @Column({ type: 'date', nullable: true })
  oldDate: string | null;

  @Column({ type: 'date', nullable: true })
  newDate: string | null;

  @Index()
  @Column({ type: 'char', length: 7 })
  effectiveFrom: string;

  @Column({ type: 'text' })
  reason: string;

  @Index()
  @ForeignKey(() => UserEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  revisedById: number | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  revisedAt: Date;
}
