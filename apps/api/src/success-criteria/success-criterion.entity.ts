import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { PhaseDecisionEntity } from '../phase-decisions/phase-decision.entity';
import { numericTransformer, RecordEntity } from '../database/record.entity';

/**
 * A success threshold fixed by the scenario → experiment `go` (the phase decision that carries the
 * hypothesis): reach `value` on an outcome indicator of the project by `byDate`. One per indicator. Written
 * by the gate; from then on changed only through a revision with a reason (success_criterion_revisions).
 */
@Entity('success_criteria')
export class SuccessCriterionEntity extends RecordEntity {
  @Index()
  // By name: the projects feature records criteria with its gate decisions, so this folder does not import it back.
  @ForeignKey('ProjectEntity', { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  projectId: number;

  @Index({ unique: true })
  @ForeignKey(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  indicatorId: number;

  @Index()
  @ForeignKey(() => PhaseDecisionEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  phaseDecisionId: number;

  @Column({ type: 'numeric', precision: 16, scale: 4, transformer: numericTransformer })
  value: number;

  @Column({ type: 'date' })
  byDate: string;
}
