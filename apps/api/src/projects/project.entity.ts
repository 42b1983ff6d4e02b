import { Check, Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { HEALTHS, PHASES, type Health, type Phase } from '@lab/domain';
import { RecordEntity } from '../database/record.entity';
import { LabEntity } from '../labs/lab.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

@Entity('projects')
@Unique('project_code_per_lab', ['labId', 'code'])
@Check('project_dates_ordered', '"planned_end_date" IS NULL OR "planned_end_date" >= "start_date"')
@Check('project_budget_not_negative', '"budget_cents" IS NULL OR "budget_cents" >= 0')
// Word search (`q`) matches anywhere in searchText (ILIKE '%…%'): a trigram index serves that. It is made
// by a migration (pg_trgm, GIN), which TypeORM cannot describe, so TypeORM leaves it alone.
@Index('project_search_text', { synchronize: false })
export class ProjectEntity extends RecordEntity {
  @Index()
  @ForeignKey(() => LabEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  labId: number;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Index()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** Knelpunt: the obstacle the experiment addresses. */
  @Column({ type: 'text', nullable: true })
  problem: string | null;

  /** Doelgroep, described in aggregate: never data about individual citizens. */
  @Column({ type: 'text', nullable: true })
  targetGroup: string | null;

  @Index()
  @Column({ type: 'enum', enum: PHASES, enumName: 'phase', default: 'scenario' })
  phase: Phase;

  /** The phase a stopped project left, so that an admin can reopen it there. */
  @Column({ type: 'enum', enum: PHASES, enumName: 'phase', nullable: true })
  previousPhase: Phase | null;

  @Index()
  @Column({ type: 'enum', enum: HEALTHS, enumName: 'health', default: 'on_track' })
  health: Health;

  @Index()
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  plannedEndDate: string | null;

  @Column({ type: 'bigint', nullable: true })
  budgetCents: number | null;

  @Index()
  @ForeignKey(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  leadOrganisationId: number | null;

  /** The searched columns joined by spaces, lower-cased, for `q` (see PROJECTS.list.searchText); never read or written. */
  @Column({
    type: 'text', select: false, insert: false, update: false, generatedType: 'STORED',
    asExpression: `lower(coalesce("code", '') || ' ' || coalesce("title", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("problem", '') || ' ' || coalesce("target_group", ''))`,
  })
  searchText?: string;
}
