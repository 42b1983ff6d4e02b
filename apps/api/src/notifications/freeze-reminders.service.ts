import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  freezeDueDate, freezeReminderText, hasPending, NO_ACTIVITY, quartersToFreezeRemind, reportsInQuarter, todayIso, type Pending,
} from '@lab/domain';
import { activityKey, quarterActivity, reportingProjects } from '../calendar/reporting-facts';
import { JobQueue, QUEUES } from './job-queue';
import { OutboxService } from './outbox.service';

export interface FreezeReminderRun {
  on: string;
  /** Per lab and quarter reminded: its freeze date, what is pending per project, to how many administrators. */
  reminded: { labId: number; period: string; freezeDate: string; projects: { projectId: number; code: string; pending: Pending }[]; recipients: number }[];
  /** New rows in the outbox (a second run writes none). */
  written: number;
}

/** The report page of a lab and quarter: the dashboard's route (apps/admin reports/ReportPage.tsx). */
export const reportPath = (labId: number, period: string) => `/reports?lab=${labId}&quarter=${period}`;

/**
 * Before a quarter's report is due to be frozen (libs/domain freezeDueDate: its due date plus the lab's reminder
 * days), each administrator hears per project what is still pending: values not yet approved and status updates
 * not submitted. Not for a quarter already frozen, nor when nothing is pending. Keyed
 * `freeze:<lab>:<quarter>:<user>:before`, so one per administrator however often it runs. A daily pg-boss
 * schedule (once across replicas), and on demand for a given day.
 */
@Injectable()
export class FreezeRemindersService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(QUEUES.freezeReminders, { retryLimit: 3, retryDelay: 60, retryBackoff: true }, async () => {
      await this.run(todayIso());
    });
    this.jobs.scheduleDaily(QUEUES.freezeReminders, '15 6 * * *');
  }

  async run(on: string): Promise<FreezeReminderRun> {
    const labs: { id: number; name: string; dueDays: number; reminderDays: number }[] = await this.dataSource.query(
      'SELECT id, name, reporting_due_days AS "dueDays", reminder_days AS "reminderDays" FROM labs ORDER BY id',
    );
    const result: FreezeReminderRun = { on, reminded: [], written: 0 };
    for (const lab of labs) {
      for (const period of quartersToFreezeRemind(on, lab.dueDays, lab.reminderDays)) {
        await this.dataSource.transaction((manager) => this.remind(manager, lab, period, result));
      }
    }
    return result;
  }

  private async remind(
    manager: EntityManager, lab: { id: number; name: string; dueDays: number; reminderDays: number }, period: string, result: FreezeReminderRun,
  ): Promise<void> {
    const [frozen] = await manager.query('SELECT 1 FROM frozen_reports WHERE lab_id = $1 AND period = $2 LIMIT 1', [lab.id, period]);
    if (frozen) return;
    const [projects, activity] = await Promise.all([
      reportingProjects(manager, 'p.lab_id = $1', [lab.id]),
      quarterActivity(manager, 'p.lab_id = $1', [lab.id], period, period),
    ]);
    const pending: { projectId: number; code: string; title: string; pending: Pending }[] = [];
    for (const p of projects) {
      const a = activity.get(activityKey(p.id, period)) ?? NO_ACTIVITY;
      if (!reportsInQuarter(p, period, a)) continue;
      const m = a.measurements;
      const expected = Math.max(p.indicators, m.draft + m.submitted + m.returned + m.approved);
      const open: Pending = { measurements: Math.max(0, expected - m.approved), statusUpdate: a.statusUpdate !== 'submitted' };
      if (hasPending(open)) pending.push({ projectId: p.id, code: p.code, title: p.title, pending: open });
    }
    if (pending.length === 0) return;
    const admins: { id: number }[] = await manager.query(`SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id`);
    const freezeDate = freezeDueDate(period, lab.dueDays, lab.reminderDays);
    result.written += await this.outbox.write(manager, admins.map(({ id: userId }) => ({
      userId, kind: 'freeze_reminder' as const, key: `freeze:${lab.id}:${period}:${userId}:before`, path: reportPath(lab.id, period),
      text: (language, link) => freezeReminderText({ labName: lab.name, period, freezeDate, link, projects: pending }, language),
    })));
    result.reminded.push({
      labId: lab.id, period, freezeDate, recipients: admins.length,
      projects: pending.map(({ projectId, code, pending: p }) => ({ projectId, code, pending: p })),
    });
  }
}
