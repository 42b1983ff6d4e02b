import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_DELIVERY, DEFAULT_LANGUAGE, LANGUAGES, type Language, type NoticeText, type NotificationKind } from '@lab/domain';
import { JobQueue, QUEUES } from './job-queue';
import { Mailer } from './mailer';

export const NOTICE_SETTINGS = Symbol('NOTICE_SETTINGS');

export interface NoticeSettings {
  /** The dashboard's address, for links. */
  publicUrl: string;
  retryLimit: number;
  retryDelaySeconds: number;
}

/** One notice to one user, its words chosen once the user's language is known. */
export interface Notice {
  userId: number;
  kind: NotificationKind;
  /** Unique per notice and recipient: the same key written twice is one notice. */
  key: string;
  /** A dashboard path (react-admin's hash route), turned into a full link. */
  path: string | null;
  text: (language: Language, link: string) => NoticeText;
}

/**
 * Writes notices to the outbox inside the caller's transaction and, for those to be sent at once, the job that
 * sends each, in that same transaction: a notice exists with its job or not at all, and a key already written
 * writes nothing (INSERT … ON CONFLICT DO NOTHING), whichever replica or run tries again.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    @Inject(NOTICE_SETTINGS) private readonly settings: NoticeSettings,
  ) {}

  link(path: string): string {
    return `${this.settings.publicUrl}/#${path}`;
  }

  /** Returns how many notices were new. */
  async write(manager: EntityManager, notices: readonly Notice[]): Promise<number> {
    if (notices.length === 0) return 0;
    const userIds = [...new Set(notices.map((n) => n.userId))];
    const people: { id: number; language: string; kind: NotificationKind | null; delivery: string | null }[] = await manager.query(
      `SELECT u.id, u.language, p.kind, p.delivery
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
        WHERE u.id = ANY($1) AND u.active`,
      [userIds],
    );
    const language = new Map<number, Language>();
    const delivery = new Map<string, string>();
    for (const p of people) {
      language.set(p.id, (LANGUAGES as readonly string[]).includes(p.language) ? (p.language as Language) : DEFAULT_LANGUAGE);
      if (p.kind) delivery.set(`${p.id}/${p.kind}`, p.delivery!);
    }
    let written = 0;
    for (const n of notices) {
      const lang = language.get(n.userId);
      if (!lang) continue; // deactivated: no mail
      const how = delivery.get(`${n.userId}/${n.kind}`) ?? DEFAULT_DELIVERY;
      if (how === 'off') continue;
      const link = n.path ? this.link(n.path) : '';
      const { subject, body } = n.text(lang, link);
      // Without a mail server a notice is kept: on record, never sent.
      const status = this.mailer.enabled ? 'queued' : 'kept';
      const [row]: { id: number }[] = await manager.query(
        `INSERT INTO notifications (user_id, kind, language, subject, body, link, idempotency_key, delivery, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [n.userId, n.kind, lang, subject.slice(0, 300), body, link || null, n.key, how, status],
      );
      if (!row) continue;
      written += 1;
      if (status === 'queued' && how === 'at_once') await this.enqueue(manager, row.id);
    }
    return written;
  }

  /** The job that sends one outbox row, retried with back-off while the mail server fails. */
  enqueue(manager: EntityManager, notificationId: number): Promise<void> {
    return this.jobs.sendWithin(manager, QUEUES.send, { notificationId }, {
      singletonKey: `notification:${notificationId}`,
      retryLimit: this.settings.retryLimit,
      retryDelay: this.settings.retryDelaySeconds,
      retryBackoff: true,
    });
  }
}
