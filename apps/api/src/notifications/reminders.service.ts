import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { activityKey, quarterActivity, reportingProjects, type ReportingProjectRow } from '../calendar/reporting-facts';
import {
  FOCUS_TEAM_COPY_FROM_WEEK, hasOutstanding, lateSummaryText, NO_ACTIVITY, overdueQuarters, quartersToRemind, reminderAfterText, reminderBeforeText,
  reportingDueDate, reportsInQuarter, todayIso, type Outstanding,
} from '@lab/domain';
import { JobQueue, QUEUES } from './job-queue';
import { OutboxService, type Notice } from './outbox.service';
import { focusTeamUserIds, quarterEntryPath, teamUserIds } from './team-notices.service';

export interface ReminderRun {
  on: string;
  /** Per project and quarter reminded: before or after the due date (with the week), what was missing, to how many. */
  reminded: {
    labId: number; projectId: number; period: string; when: 'before' | 'after'; week: number | null; outstanding: Outstanding; recipients: number;
  }[];
  /** New rows in the outbox (a second run on the same day writes none). */
  written: number;
}

/**
 * Reminders of what a quarter still misses, to each project's team:
 * - before the due date, on each day within the lab's `reminderDays` (libs/domain quartersToRemind), keyed
 *   `reminder:<project>:<quarter>:<user>:before`, so one per person however often it runs;
 * - after it, weekly (overdueQuarters), keyed `…:after:<week>`; from the second week the focus team gets one
 *   copy per lab, quarter and week listing every late project (`reminder:lab:<lab>:<quarter>:<user>:after:<week>`).
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
      const rounds = [
        ...quartersToRemind(on, lab.dueDays, lab.reminderDays).map((period) => ({ period, week: null })),
        ...overdueQuarters(on, lab.dueDays),
      ];
      for (const { period, week } of rounds) {
        await this.dataSource.transaction((manager) => this.remind(manager, lab, period, week, result));
      }
    }
    return result;
  }

  /** One lab's quarter: every project that reports in it and still misses something. `week` null: before the due date. */
  private async remind(
    manager: EntityManager, lab: { id: number; dueDays: number }, period: string, week: number | null, result: ReminderRun,
  ): Promise<void> {
    const [projects, activity] = await Promise.all([
      reportingProjects(manager, 'p.lab_id = $1', [lab.id]),
      quarterActivity(manager, 'p.lab_id = $1', [lab.id], period, period),
    ]);
    const dueDate = reportingDueDate(period, lab.dueDays);
    const late: { code: string; title: string; outstanding: Outstanding; link: string }[] = [];
    for (const p of projects) {
      const a = activity.get(activityKey(p.id, period)) ?? NO_ACTIVITY;
      if (!reportsInQuarter(p, period, a)) continue;
      const outstanding: Outstanding = {
        indicators: Math.max(0, p.indicators - a.measurements.submitted - a.measurements.approved),
        statusUpdate: a.statusUpdate !== 'submitted',
      };
      if (!hasOutstanding(outstanding)) continue;
      const team = await teamUserIds(manager, p.id);
      result.written += await this.outbox.write(manager, team.map((userId) => this.notice(p, period, dueDate, week, outstanding, userId)));
      result.reminded.push({
        labId: lab.id, projectId: p.id, period, when: week === null ? 'before' : 'after', week, outstanding, recipients: team.length,
      });
      late.push({ code: p.code, title: p.title, outstanding, link: this.outbox.link(quarterEntryPath(p.id, period)) });
    }
    if (week === null || week < FOCUS_TEAM_COPY_FROM_WEEK || late.length === 0) return;
    result.written += await this.outbox.write(manager, (await focusTeamUserIds(manager)).map((userId) => ({
      userId, kind: 'reminder_after_due' as const, key: `reminder:lab:${lab.id}:${period}:${userId}:after:${week}`, path: null,
      text: (language) => lateSummaryText({ period, dueDate, week, projects: late }, language),
    })));
  }

  private notice(
    p: ReportingProjectRow, period: string, dueDate: string, week: number | null, outstanding: Outstanding, userId: number,
  ): Notice {
    const base = { userId, path: quarterEntryPath(p.id, period) };
    if (week === null) {
      return {
        ...base, kind: 'reminder_before_due', key: `reminder:${p.id}:${period}:${userId}:before`,
        text: (language, link) => reminderBeforeText({ projectCode: p.code, projectTitle: p.title, period, dueDate, outstanding, link }, language),
      };
    }
    return {
      ...base, kind: 'reminder_after_due', key: `reminder:${p.id}:${period}:${userId}:after:${week}`,
      text: (language, link) => reminderAfterText({ projectCode: p.code, projectTitle: p.title, period, dueDate, week, outstanding, link }, language),
    };
  }
}
