import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../database/record.entity';
import { UserEntity } from '../users/user.entity';
import { SuccessCriterionEntity } from './success-criterion.entity';

/**
 * A change of a fixed success criterion, with its reason. Immutable history. `changedAfterResults` says that
 * approved measurements of the indicator already existed when it was made: the lab then sees that the bar
 * moved once results were known.
 */
@Entity('success_criterion_revisions')
export class SuccessCriterionRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Index()
  @ForeignKey(() => SuccessCriterionEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'integer' })
  criterionId: number;

  @Column({ type: 'numeric', precision: 16, scale: 4, transformer: numericTransformer })
  oldValue: number;

  @Column({ type: 'numeric', precision: 16, scale: 4, transformer: numericTransformer })
  newValue: number;

  @Column({ type: 'date' })
  oldDate: string;

  @Column({ type: 'date' })
  newDate: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'boolean' })
  changedAfterResults: boolean;

  /** Approved quarters of the indicator at the time of the revision. */
  @Column({ type: 'integer' })
  approvedQuarters: number;

  @Index()
  @ForeignKey(() => UserEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  revisedById: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  revisedAt: Date;
}
