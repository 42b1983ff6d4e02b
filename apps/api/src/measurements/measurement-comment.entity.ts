import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MEASUREMENT_COMMENT_KINDS, type MeasurementCommentKind } from '@lab/domain';
import { UserEntity } from '../users/user.entity';
import { MeasurementEntity } from './measurement.entity';

/**
 * The review thread of a measurement: every submit, approval, return and reopening, and plain remarks,
 * in order. Append-only; it goes with its measurement.
 */
@Entity('measurement_comments')
@Check('measurement_comment_body_length', 'char_length("body") <= 4000')
export class MeasurementCommentEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Index()
  @ForeignKey(() => MeasurementEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'integer' })
  measurementId: number;

  @Index()
  @ForeignKey(() => UserEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  authorId: number | null;

  @Column({ type: 'enum', enum: MEASUREMENT_COMMENT_KINDS, enumName: 'measurement_comment_kind' })
  kind: MeasurementCommentKind;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
