import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { digestText, type Language } from '@lab/domain';
import { JobQueue, QUEUES } from './job-queue';
import { Mailer } from './mailer';

/**
 * Sends the outbox by mail: one job per notice to be sent at once, and one daily job that gathers each user's
 * digest. A mail server that refuses is recorded (attempts, the reason) and the job fails, so that pg-boss
 * retries it with back-off; after the last retry the notice is `failed`, with the reason.
 */
@Injectable()
export class NotificationSender implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ notificationId: number }>(QUEUES.send, {}, (job) => this.sendOne(job.data.notificationId, job.retryCount >= job.retryLimit));
    this.jobs.register(QUEUES.digest, { retryLimit: 0 }, async () => {
      await this.sendDigests();
    });
    // Each morning, Amsterdam time: the previous day's notices for those who chose the digest.
    this.jobs.scheduleDaily(QUEUES.digest, '0 7 * * *');
  }

  private async sendOne(id: number, lastAttempt: boolean): Promise<void> {
    const [n]: { id: number; email: string; subject: string; body: string; status: string; key: string }[] = await this.dataSource.query(
      `SELECT n.id, u.email, n.subject, n.body, n.status, n.idempotency_key AS key
         FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.id = $1`, [id],
    );
    // Gone with its user, or settled by an earlier attempt whose completion was lost: nothing to send again.
    if (!n || n.status !== 'queued') return;
    try {
      await this.mailer.send({ to: n.email, subject: n.subject, text: n.body, key: n.key });
    } catch (error) {
      const reason = describe(error);
      await this.dataSource.query(
        `UPDATE notifications SET attempts = attempts + 1, last_error = $2, status = $3 WHERE id = $1`,
        [id, reason, lastAttempt ? 'failed' : 'queued'],
      );
      throw error;
    }
    await this.dataSource.query(
      `UPDATE notifications SET attempts = attempts + 1, status = 'sent', sent_at = now() WHERE id = $1 AND status = 'queued'`, [id],
    );
  }

  /**
   * One mail per user with every notice waiting for their digest, marked sent in the same transaction that
   * claimed them (FOR UPDATE SKIP LOCKED: two runs at once never gather the same notice).
   */
  async sendDigests(): Promise<number> {
    if (!this.mailer.enabled) return 0;
    const users: { userId: number }[] = await this.dataSource.query(
      `SELECT DISTINCT user_id AS "userId" FROM notifications WHERE status = 'queued' AND delivery = 'daily_digest'`,
    );
    let sent = 0;
    for (const { userId } of users) {
      await this.dataSource.transaction(async (manager) => {
        const rows: { id: number; subject: string; body: string; email: string; language: Language }[] = await manager.query(
          `SELECT n.id, n.subject, n.body, u.email, u.language FROM notifications n JOIN users u ON u.id = n.user_id
            WHERE n.user_id = $1 AND n.status = 'queued' AND n.delivery = 'daily_digest'
            ORDER BY n.id FOR UPDATE OF n SKIP LOCKED`, [userId],
        );
        if (rows.length === 0) return;
        const digest = digestText(rows, rows[0].language);
        const ids = rows.map((r) => r.id);
        try {
          await this.mailer.send({ to: rows[0].email, subject: digest.subject, text: digest.body, key: `digest:${ids.join(',')}` });
        } catch (error) {
          // Left queued for tomorrow's digest, the reason on record.
          await manager.query(`UPDATE notifications SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1)`, [ids, describe(error)]);
          return;
        }
        await manager.query(`UPDATE notifications SET attempts = attempts + 1, status = 'sent', sent_at = now(), last_error = NULL WHERE id = ANY($1)`, [ids]);
        sent += 1;
      });
    }
    return sent;
  }
}

function describe(error: unknown): string {
  const e = error as { response?: string; message?: string };
  return (e?.response || e?.message || String(error)).slice(0, 1000);
}
