import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { MILESTONE_STATUSES, PHASES, type MilestoneStatus, type Phase } from '@lab/domain';
import { RecordEntity } from '../database/record.entity';
import { PersonEntity } from '../people/person.entity';
import { ProjectEntity } from '../projects/project.entity';

@Entity('milestones')
@Check('milestone_phase_not_stopped', '"phase" <> \'stopped\'')
@Check('milestone_done_has_completed_date', '"status" <> \'done\' OR "completed_date" IS NOT NULL')
// Overdue and due-soon lists read only open milestones, in due-date order.
@Index('milestone_open_due', ['dueDate', 'id'], { where: `"status" IN ('planned', 'in_progress')` })
// Word search (`q`) on searchText: a trigram GIN index, made by a migration, which TypeORM cannot describe.
@Index('milestone_search_text', { synchronize: false })
export class MilestoneEntity extends RecordEntity {
  @Index()
  @ForeignKey(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  projectId: number;

  @Index()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index()
  @Column({ type: 'enum', enum: PHASES, enumName: 'phase' })
  phase: Phase;

  @Index()
  @Column({ type: 'date' })
  dueDate: string;

  @Index()
  @Column({ type: 'enum', enum: MILESTONE_STATUSES, enumName: 'milestone_status', default: 'planned' })
  status: MilestoneStatus;

  @Column({ type: 'date', nullable: true })
  completedDate: string | null;

  @Index()
  @ForeignKey(() => PersonEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  ownerId: number | null;

  /** The searched columns joined by spaces, lower-cased, for `q` (see MILESTONES.list.searchText); never read or written. */
  @Column({
    type: 'text', select: false, insert: false, update: false, generatedType: 'STORED',
    asExpression: `lower(coalesce("title", '') || ' ' || coalesce("description", ''))`,
  })
  searchText?: string;
}
