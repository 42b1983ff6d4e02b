import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, todayIso, valuesSubmittedText } from '@lab/domain';
import { JobQueue, QUEUES } from './job-queue';
import { OutboxService } from './outbox.service';
import { focusTeamUserIds } from './team-notices.service';

/** The focus team's review queue: the dashboard's route (apps/admin reviews/ReviewQueues.tsx). */
const TO_REVIEW_PATH = '/reviews/to-review';

export interface SubmittedRun {
  day: string;
  projects: { projectId: number; code: string; values: number }[];
  written: number;
}

/**
 * To the focus team: the values submitted for review on one day, one notice per person and day rather than a
 * mail per value (key `submitted:<day>:<user>`). Read from the measurements themselves (their `submitted_at`),
 * so the review flow writes nothing for it. Runs each morning for the day before, and on demand for a day.
 */
@Injectable()
export class SubmittedNotices implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(QUEUES.submitted, { retryLimit: 3, retryDelay: 60, retryBackoff: true }, async () => {
      await this.run(addDays(todayIso(), -1));
    });
    this.jobs.scheduleDaily(QUEUES.submitted, '30 6 * * *');
  }

  async run(day: string): Promise<SubmittedRun> {
    return this.dataSource.transaction(async (manager) => {
      // Submitted that (UTC) day, and not withdrawn since: still waiting for review or already judged.
      const projects: { projectId: number; code: string; title: string; values: number }[] = await manager.query(
        `SELECT p.id AS "projectId", p.code, p.title, count(*)::int AS values
           FROM measurements m JOIN indicators i ON i.id = m.indicator_id JOIN projects p ON p.id = i.project_id
          WHERE m.submitted_at >= $1::date AND m.submitted_at < $1::date + 1 AND m.status <> 'draft'
          GROUP BY p.id ORDER BY p.code`, [day],
      );
      if (projects.length === 0) return { day, projects: [], written: 0 };
      const written = await this.outbox.write(manager, (await focusTeamUserIds(manager)).map((userId) => ({
        userId, kind: 'values_submitted' as const, key: `submitted:${day}:${userId}`, path: TO_REVIEW_PATH,
        text: (language, link) => valuesSubmittedText({ day, projects, link }, language),
      })));
      return { day, projects: projects.map(({ projectId, code, values }) => ({ projectId, code, values })), written };
    });
  }
}
