import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { UserRole } from '@lab/domain';
import { UserEntity } from './user.entity';

/** What a request needs to know of the account that signed it. */
export interface Account {
  id: number;
  role: UserRole;
  personId: number | null;
  active: boolean;
}

/** What a request needs to know of the session its token names. */
export interface SessionState {
  userId: number;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  ended: boolean;
}

const CHANNEL = 'user_changes';
/** Sessions kept in memory at most; the least recently used are read again when needed. */
const MAX_SESSIONS = 10_000;
const RECONNECT_MS = 1_000;

/**
 * The accounts and sessions behind sign-in tokens, kept in memory so that a request does not read its user row again.
 * A dedicated connection LISTENs on `user_changes`, which a trigger announces at the commit of every
 * change to the users or sessions table (migrations UserChangeNotice, SessionsAndLimits), from this instance or any other, or from psql:
 * each notice empties the memory. While that connection is down nothing is kept and every request reads
 * its row, so a deactivated account or a changed role always takes effect within a notice's delivery.
 * Changes made through this instance are forgotten at once as well (`changed`), before the answer is sent.
 */
@Injectable()
export class UserDirectory implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UserDirectory.name);
  private readonly accounts = new Map<number, Account | null>();
  private readonly sessions = new LRUCache<string, SessionState | false>({ max: MAX_SESSIONS });
  /** Moves with every notice: a row read while one arrived may predate the change, and is not kept. */
  private generation = 0;
  private listener: Client | null = null;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
  }

  /** The account with this id, or null when there is none. */
  async account(id: number): Promise<Account | null> {
    if (this.listening && this.accounts.has(id)) return this.accounts.get(id)!;
    const generation = this.generation;
    const row = await this.dataSource.getRepository(UserEntity).findOne({
      where: { id }, select: { id: true, role: true, personId: true, active: true },
    });
    const account = row && { id: row.id, role: row.role, personId: row.personId, active: row.active };
    if (this.listening && generation === this.generation) this.accounts.set(id, account);
    return account;
  }

  /** The session with this id (a uuid), or null when there is none. */
  async session(id: string): Promise<SessionState | null> {
    const kept = this.listening ? this.sessions.get(id) : undefined;
    if (kept !== undefined) return kept || null;
    const generation = this.generation;
    const [row] = (await this.dataSource.query(
      `SELECT user_id AS "userId", extract(epoch FROM expires_at) * 1000 AS "expiresAt", ended_at IS NOT NULL AS ended FROM sessions WHERE id = $1`,
      [id],
    )) as { userId: number; expiresAt: string; ended: boolean }[];
    const session = row ? { userId: row.userId, expiresAt: Number(row.expiresAt), ended: row.ended } : null;
    if (this.listening && generation === this.generation) this.sessions.set(id, session ?? false);
    return session;
  }

  /** Forget every account and session: the users or sessions table changed. */
  changed(): void {
    this.generation++;
    this.accounts.clear();
    this.sessions.clear();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const { url } = this.dataSource.options as { url: string };
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000, keepAlive: true });
    this.listener = client;
    const lost = () => {
      if (this.listener !== client) return;
      this.listener = null;
      this.listening = false;
      this.changed();
      client.end().catch(() => undefined);
      if (!this.stopped) this.retry = setTimeout(() => void this.listen(), RECONNECT_MS);
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', () => this.changed());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      // Anything read before the LISTEN took hold could have missed a notice.
      this.changed();
      this.listening = this.listener === client;
    } catch (error) {
      this.logger.warn(`Cannot listen for user changes (${(error as Error).message}); reading each request's user from the database meanwhile`);
      lost();
    }
  }
}
