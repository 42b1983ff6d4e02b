import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DataSource } from 'typeorm';
import {
  addDays, DEFAULT_LANGUAGE, DomainError, FEED_MILESTONE_DAYS, FEED_TOKEN_PATTERN, feedEvents, feedQuarters, LANGUAGES, MAX_FEED_EVENTS,
  STAFF_ROLES, todayIso, type FeedMilestone, type Language,
} from '@lab/domain';
import type { Actor } from '../common/actor';
import { AuditService } from '../common/audit/audit.service';
import { quarterActivity, reportingProjects } from '../calendar/reporting-facts';
import { NOTICE_SETTINGS, type NoticeSettings } from '../notifications/outbox.service';

export interface FeedStatus {
  enabled: boolean;
  /** When the current address was made (null while off). */
  createdAt: string | null;
}

/** The answer to turning the feed on: the address, shown this once (only its hash is kept). */
export interface FeedAddress extends FeedStatus {
  url: string;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** The feed address's last path segment: `<token>.ics`. */
const FEED_FILE = /^([A-Za-z0-9_-]+)\.ics$/;

/**
 * Personal calendar feeds: a secret, revocable address per user whose ICS holds the due dates of their
 * projects' quarterly reports and their projects' open milestones. Staff (focus team, administrators) follow
 * every project; a project member the projects on whose team they are.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(NOTICE_SETTINGS) private readonly settings: NoticeSettings,
  ) {}

  async status(actor: Actor): Promise<FeedStatus> {
    const [row]: { createdAt: Date }[] = await this.dataSource.query('SELECT created_at AS "createdAt" FROM calendar_feeds WHERE user_id = $1', [actor.userId]);
    return { enabled: !!row, createdAt: row ? row.createdAt.toISOString() : null };
  }

  /** Makes a new address (a previous one stops working) and answers it once; on record in the audit trail. */
  async enable(actor: Actor): Promise<FeedAddress> {
    const token = randomBytes(32).toString('base64url');
    const createdAt = await this.dataSource.transaction(async (manager) => {
      const [before]: { createdAt: Date }[] = await manager.query('SELECT created_at AS "createdAt" FROM calendar_feeds WHERE user_id = $1 FOR UPDATE', [actor.userId]);
      const [row]: { createdAt: Date }[] = await manager.query(
        `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
         RETURNING created_at AS "createdAt"`,
        [actor.userId, sha256(token)],
      );
      await this.audit.record(manager, {
        userId: actor.userId, resource: 'users', recordId: actor.userId, action: 'update',
        changes: { calendarFeed: { before: before ? before.createdAt.toISOString() : null, after: row!.createdAt.toISOString() } },
      });
      return row!.createdAt.toISOString();
    });
    return { enabled: true, createdAt, url: `${this.settings.publicUrl}/api/calendar-feeds/${token}.ics` };
  }

  async revoke(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [gone]: { createdAt: Date }[] = await manager.query('SELECT created_at AS "createdAt" FROM calendar_feeds WHERE user_id = $1 FOR UPDATE', [actor.userId]);
      if (!gone) return;
      await manager.query('DELETE FROM calendar_feeds WHERE user_id = $1', [actor.userId]);
      await this.audit.record(manager, {
        userId: actor.userId, resource: 'users', recordId: actor.userId, action: 'update',
        changes: { calendarFeed: { before: gone.createdAt.toISOString(), after: null } },
      });
    });
  }

  /** The ICS of the feed `<token>.ics`; 404 for a malformed, unknown or revoked token, or a deactivated account. */
  async ics(file: string, today = todayIso()): Promise<string> {
    const token = FEED_FILE.exec(file)?.[1];
    const absent = () => new DomainError('NOT_FOUND', 'There is no calendar feed at this address (it may have been revoked).');
    if (!token || !FEED_TOKEN_PATTERN.test(token)) throw absent();
    const [user]: { id: number; role: string; language: string }[] = await this.dataSource.query(
      `SELECT u.id, u.role, u.language FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE f.token_hash = $1 AND u.active`,
      [sha256(token)],
    );
    if (!user) throw absent();
    const language: Language = (LANGUAGES as readonly string[]).includes(user.language) ? (user.language as Language) : DEFAULT_LANGUAGE;
    const staff = (STAFF_ROLES as readonly string[]).includes(user.role);
    const where = staff ? 'true' : 'p.id IN (SELECT m.project_id FROM memberships m JOIN users u ON u.person_id = m.person_id WHERE u.id = $1)';
    const params = staff ? [] : [user.id];
    const quarters = feedQuarters(today);
    const [projects, activity, milestones] = await Promise.all([
      reportingProjects(this.dataSource, where, params),
      quarterActivity(this.dataSource, where, params, quarters[0]!, quarters.at(-1)!),
      this.dataSource.query(
        `SELECT m.id, m.project_id AS "projectId", p.code AS "projectCode", m.title, to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate"
           FROM milestones m JOIN projects p ON p.id = m.project_id
          WHERE (${where}) AND m.status IN ('planned', 'in_progress')
            AND m.due_date BETWEEN $${params.length + 1} AND $${params.length + 2}
          ORDER BY m.due_date, m.id LIMIT ${MAX_FEED_EVENTS}`,
        [...params, addDays(today, -FEED_MILESTONE_DAYS), addDays(today, FEED_MILESTONE_DAYS)],
      ) as Promise<FeedMilestone[]>,
    ]);
    const events = feedEvents({
      today, language, projects, milestones, activity,
      link: (path) => `${this.settings.publicUrl}/#${path}`,
    });
    const host = new URL(this.settings.publicUrl).host;
    const calendar = ical({
      name: language === 'en' ? 'Meedoen Werkt: reports and milestones' : 'Meedoen Werkt: rapportages en mijlpalen',
      prodId: { company: 'Meedoen Werkt', product: 'lab-tracker', language: language.toUpperCase() },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 60 * 60,
    });
    // All-day events are calendar days without a time zone; the calendar says whose days they are.
    calendar.x('X-WR-TIMEZONE', 'Europe/Amsterdam');
    for (const e of events) {
      calendar.createEvent({
        id: `${e.uid}@${host}`,
        allDay: true,
        start: new Date(`${e.date}T00:00:00Z`),
        end: new Date(`${addDays(e.date, 1)}T00:00:00Z`),
        summary: e.summary,
        description: e.description,
        url: `${this.settings.publicUrl}/#${e.path}`,
      });
    }
    return calendar.toString();
  }
}
