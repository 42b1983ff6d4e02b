import { Check, Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { HEALTHS, type Health } from '@lab/domain';
import { RecordEntity } from '../database/record.entity';
import { ProjectEntity } from '../projects/project.entity';

/** Kwartaalupdate: what the team says about a quarter. */
@Entity('status_updates')
@Unique('status_update_one_per_project_and_period', ['projectId', 'period'])
@Check('status_update_period_format', `"period" ~ '^[0-9]{4}-Q[1-4]$'`)
export class StatusUpdateEntity extends RecordEntity {
  @ForeignKey(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  projectId: number;

  @Index()
  @Column({ type: 'char', length: 7 })
  period: string;

  @Index()
  @Column({ type: 'enum', enum: HEALTHS, enumName: 'health' })
  health: Health;

  @Column({ type: 'text' })
  narrative: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
