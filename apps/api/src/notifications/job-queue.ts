import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PgBoss, type Db, type JobResult, type JobWithMetadata, type SendOptions } from 'pg-boss';
import type { EntityManager } from 'typeorm';

export const JOB_QUEUE_SETTINGS = Symbol('JOB_QUEUE_SETTINGS');

export interface JobQueueSettings {
  databaseUrl: string;
  pollingSeconds: number;
}

/** The queues and what each one's jobs carry. */
export const QUEUES = {
  /** Send one outbox row by mail. */
  send: 'notification-send',
  /** Write the reminders due today (a daily schedule). */
  reminders: 'notification-reminders',
  /** Tell the focus team what was submitted the day before (a daily schedule). */
  submitted: 'notification-submitted',
  /** Tell the administrators what is pending before a report is due to be frozen (a daily schedule). */
  freezeReminders: 'notification-freeze-reminders',
  /** Send each user the day's digest (a daily schedule). */
  digest: 'notification-digest',
} as const;

/** Handles one job; a throw fails that job alone, which pg-boss then retries by the queue's rules. */
type Handler<T> = (job: JobWithMetadata<T>) => Promise<unknown>;

/** Jobs fetched at once per worker: a burst of notices goes out without a poll between mails. */
const BATCH_SIZE = 10;

/**
 * Work that must survive a restart and run once across replicas, on the product's own PostgreSQL: pg-boss,
 * in its own schema (`pgboss`, created and migrated by pg-boss itself on start). Nothing is kept in process
 * memory: a job written is in the database, whichever replica picks it up.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private readonly workers: { name: string; options: Record<string, unknown>; handler: Handler<never> }[] = [];
  private readonly schedules: { name: string; cron: string }[] = [];
  private started = false;
  private stopping = false;

  constructor(@Inject(JOB_QUEUE_SETTINGS) private readonly settings: JobQueueSettings) {
    this.boss = new PgBoss({ connectionString: settings.databaseUrl, max: 4, application_name: 'lab-tracker-jobs' });
    // A lost connection or a failed poll is reported and retried by pg-boss; it must not end the process. While
    // the app stops, the database may be stopping too (a terminal's Ctrl-C reaches both): that is no error.
    this.boss.on('error', (error) => {
      const words = `Job queue: ${(error as Error).message}`;
      if (this.stopping) this.log.debug(words);
      else this.log.error(words);
    });
  }

  /** A queue with its retry rules and the handler of its jobs, started with the app. */
  register<T>(name: string, queue: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean }, handler: Handler<T>): void {
    this.workers.push({ name, options: queue, handler: handler as Handler<never> });
  }

  /** A job sent on a cron schedule (Europe/Amsterdam), once across all replicas. */
  scheduleDaily(name: string, cron: string): void {
    this.schedules.push({ name, cron });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    for (const w of this.workers) {
      await this.boss.createQueue(w.name, w.options);
      const handler = w.handler as Handler<unknown>;
      await this.boss.work(
        w.name,
        { includeMetadata: true, perJobResults: true, batchSize: BATCH_SIZE, burstWhenBatchFull: true, pollingIntervalSeconds: this.settings.pollingSeconds },
        async (jobs): Promise<JobResult[]> => {
          const results: JobResult[] = [];
          for (const job of jobs) {
            try {
              await handler(job);
              results.push({ id: job.id, status: 'completed' });
            } catch (error) {
              results.push({ id: job.id, status: 'failed', output: { message: (error as Error)?.message ?? String(error) } });
            }
          }
          return results;
        },
      );
    }
    for (const s of this.schedules) await this.boss.schedule(s.name, s.cron, null, { tz: 'Europe/Amsterdam' });
    this.started = true;
  }

  async onApplicationShutdown(): Promise<void> {
    // Jobs in hand get two seconds to finish (the whole stop has eight, see main.ts); one cut short is retried by
    // another replica or the next start. When the database went first, pg-boss's stop can wait on connections
    // that will never answer: after three seconds the app stops without it (its pool dies with the process).
    this.stopping = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.boss.stop({ graceful: true, timeout: 2000 }).catch(() => undefined),
      new Promise<void>((done) => { timer = setTimeout(done, 3000); timer.unref(); }),
    ]);
    clearTimeout(timer);
  }

  /** Sends a job inside the caller's transaction: it exists exactly when what it is about was committed. */
  async sendWithin(manager: EntityManager, name: string, data: object, options: SendOptions = {}): Promise<void> {
    if (!this.started) throw new Error('The job queue has not started yet');
    await this.boss.send(name, data, { ...options, db: transactionDb(manager) });
  }

  async send(name: string, data: object | null, options: SendOptions = {}): Promise<void> {
    await this.boss.send(name, data, options);
  }
}

/** pg-boss statements on the connection of a TypeORM transaction. */
function transactionDb(manager: EntityManager): Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('sendWithin needs a transaction');
  return {
    async executeSql(text: string, values?: unknown[]) {
      const client = (await runner.connect()) as { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
      return client.query(text, values);
    },
  };
}

