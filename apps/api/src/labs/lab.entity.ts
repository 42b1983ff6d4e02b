import { Check, Column, Entity } from 'typeorm';
import { RecordEntity } from '../database/record.entity';

@Entity('labs')
@Check('lab_dates_ordered', '"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"')
@Check('lab_reporting_due_days_range', '"reporting_due_days" BETWEEN 0 AND 365')
@Check('lab_small_number_threshold_range', '"small_number_threshold" BETWEEN 1 AND 1000')
@Check('lab_reminder_days_range', '"reminder_days" BETWEEN 0 AND 90')
export class LabEntity extends RecordEntity {
  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  facilitator: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Days after a quarter ends by which measurements and the status update are due. */
  @Column({ type: 'integer', default: 30 })
  reportingDueDays: number;

  /** Counts of people below it are shown as "< N" in what a wider audience sees (libs/domain small-numbers.ts). */
  @Column({ type: 'integer', default: 5 })
  smallNumberThreshold: number;
  /** Days before a quarter's due date on which each project's team is reminded of what is still missing. */
  @Column({ type: 'integer', default: 7 })
  reminderDays: number;
}
