import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activityKey, quarterActivity, reportingProjects } from '../calendar/reporting-facts';
import {
  hasOutstanding, NO_ACTIVITY, quartersToRemind, reminderBeforeText, reportingDueDate, reportsInQuarter, todayIso, type Outstanding,
} from '@lab/domain';
import { JobQueue, QUEUES } from './job-queue';
import { OutboxService } from './outbox.service';
import { quarterEntryPath, teamUserIds } from './team-notices.service';

export interface ReminderRun {
  on: string;
  /** Per lab, project and quarter reminded: what was missing. */
  reminded: { labId: number; projectId: number; period: string; outstanding: Outstanding; recipients: number }[];
  /** New rows in the outbox (a second run on the same day writes none). */
  written: number;
}

/**
 * The reminder before a quarter's due date: to each project's team, naming what is still missing, on each day
 * within the lab's `reminderDays` before the due date (libs/domain quartersToRemind); its key
 * `reminder:<project>:<quarter>:<user>:before` makes it one per person however often it runs.
 * Runs daily as a pg-boss schedule (once across replicas), and on demand for a given day.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(QUEUES.reminders, { retryLimit: 3, retryDelay: 60, retryBackoff: true }, async () => {
      await this.run(todayIso());
    });
    this.jobs.scheduleDaily(QUEUES.reminders, '0 6 * * *');
  }

  async run(on: string): Promise<ReminderRun> {
    const labs: { id: number; dueDays: number; reminderDays: number }[] = await this.dataSource.query(
      'SELECT id, reporting_due_days AS "dueDays", reminder_days AS "reminderDays" FROM labs ORDER BY id',
    );
    const result: ReminderRun = { on, reminded: [], written: 0 };
    for (const lab of labs) {
      for (const period of quartersToRemind(on, lab.dueDays, lab.reminderDays)) {
        await this.dataSource.transaction(async (manager) => {
          const [projects, activity] = await Promise.all([
            reportingProjects(manager, 'p.lab_id = $1', [lab.id]),
            quarterActivity(manager, 'p.lab_id = $1', [lab.id], period, period),
          ]);
          const dueDate = reportingDueDate(period, lab.dueDays);
          for (const p of projects) {
            const a = activity.get(activityKey(p.id, period)) ?? NO_ACTIVITY;
            if (!reportsInQuarter(p, period, a)) continue;
            const outstanding: Outstanding = {
              indicators: Math.max(0, p.indicators - a.measurements.submitted - a.measurements.approved),
              statusUpdate: a.statusUpdate !== 'submitted',
            };
            if (!hasOutstanding(outstanding)) continue;
            const team = await teamUserIds(manager, p.id);
            result.written += await this.outbox.write(manager, team.map((userId) => ({
              userId,
              kind: 'reminder_before_due' as const,
              key: `reminder:${p.id}:${period}:${userId}:before`,
              path: quarterEntryPath(p.id, period),
              text: (language, link) => reminderBeforeText({ projectCode: p.code, projectTitle: p.title, period, dueDate, outstanding, link }, language),
            })));
            result.reminded.push({ labId: lab.id, projectId: p.id, period, outstanding, recipients: team.length });
          }
        });
      }
    }
    return result;
  }
}
