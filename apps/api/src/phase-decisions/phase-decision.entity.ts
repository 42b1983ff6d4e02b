import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GATE_DECISIONS, PHASES, type GateDecision, type Phase } from '@lab/domain';
import { UserEntity } from '../users/user.entity';

/** A gate decision, go or no-go. Written only by POST /projects/:id/transition; never edited. */
@Entity('phase_decisions')
export class PhaseDecisionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Index()
  // By name: the projects feature records gate decisions, so this folder does not import it back.
  @ForeignKey('ProjectEntity', { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  projectId: number;

  @Column({ type: 'enum', enum: PHASES, enumName: 'phase' })
  fromPhase: Phase;

  @Index()
  @Column({ type: 'enum', enum: PHASES, enumName: 'phase' })
  toPhase: Phase;

  @Index()
  @Column({ type: 'enum', enum: GATE_DECISIONS, enumName: 'gate_decision' })
  decision: GateDecision;

  @Index()
  @ForeignKey(() => UserEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  decidedById: number | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt: Date;

  @Column({ type: 'text', nullable: true })
  rationale: string | null;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  /** The go into the experiment: what the project expects to change, and for whom (its thresholds: success_criteria). */
  @Column({ type: 'text', nullable: true })
  hypothesis: string | null;

  /** A go into rollout decided against unmet success criteria, knowingly. */
  @Column({ type: 'boolean', default: false })
  override: boolean;

  @Column({ type: 'text', nullable: true })
  overrideRationale: string | null;

  /** At a go into rollout: how many success criteria the approved figures did not meet. */
  @Column({ type: 'integer', nullable: true })
  unmetCriteria: number | null;
}
