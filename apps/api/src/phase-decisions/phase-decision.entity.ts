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
}
