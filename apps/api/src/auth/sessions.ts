import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Why a session ended; the database's trigger writes password, role and deactivated itself. */
export type SessionEnd = 'logout' | 'password' | 'role' | 'deactivated';

/**
 * Sign-in sessions, kept in PostgreSQL so that every replica sees a sign-out at once (the auth guard reads
 * them through the UserDirectory, which forgets on every change). A token names its session; the session
 * ends on sign-out, and, by a trigger, whenever the user's password, role or active flag changes.
 */
@Injectable()
export class Sessions {
  constructor(private readonly dataSource: DataSource) {}

  /** A new session for the user, valid for `ttlSeconds`. */
  async open(userId: number, ttlSeconds: number, within?: EntityManager): Promise<string> {
    const [{ id }] = (await (within ?? this.dataSource).query(
      `INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + make_interval(secs => $2)) RETURNING id`,
      [userId, ttlSeconds],
    )) as { id: string }[];
    return id;
  }

  /** Ends one session; true when it was still open. */
  async end(id: string, reason: SessionEnd): Promise<boolean> {
    const [, ended] = (await this.dataSource.query(
      `UPDATE sessions SET ended_at = now(), ended_reason = $2 WHERE id = $1 AND ended_at IS NULL`,
      [id, reason],
    )) as [unknown, number];
    return ended > 0;
  }
}
