import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { DomainError, type SignedInUser } from '@lab/domain';
import { AuditService } from '../common/audit/audit.service';
import { assertPasswordAllowed } from '../users/password-policy';
import { UserDirectory } from '../users/user-directory';
import { UserEntity } from '../users/user.entity';
import { PasswordHasher } from '../common/password-hasher';
import { Sessions } from './sessions';
import { checkKey, PasswordChecks } from './sign-in-limits';

/** How long a device token vouches for a browser that signed in before (see checkKey). */
export const DEVICE_TOKEN_DAYS = 180;

export interface SignedIn {
  token: string;
  user: SignedInUser;
  /** Proves on a later sign-in that this browser signed in to this account before; keep it, send it back. */
  device: string;
}

export const AUTH_SETTINGS = 'AuthSettings';

export interface AuthSettings {
  /** How long a session lasts, in seconds (the token's `exp` says the same). */
  ttlSeconds: number;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
    private readonly checks: PasswordChecks,
    private readonly audit: AuditService,
    private readonly directory: UserDirectory,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async login(email: string, password: string, device?: string | null): Promise<SignedIn> {
    const user = await this.dataSource.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
    const deviceId = user ? await this.deviceOf(device, user.id) : null;
    // Counted before the check, shared by every replica: no burst gets more than its share of guesses.
    const key = checkKey(email, deviceId);
    await this.checks.count(key);
    const usable = !!user && user.active && !!user.passwordHash;
    const ok = await this.hasher.verify(usable ? user.passwordHash! : null, password);
    if (!ok || !user) {
      await this.audit.security('login_failed', { userId: null, recordId: user?.id ?? null, details: { email } });
      // One answer for unknown address, wrong password and deactivated account: nothing to probe.
      throw new DomainError('UNAUTHENTICATED', 'The e-mail address or password is wrong.');
    }
    await this.checks.clear(key);
    const signedIn = await this.signedIn(user.id, deviceId);
    await this.audit.security('login', { userId: user.id, recordId: user.id, details: { knownDevice: deviceId !== null } });
    return signedIn;
  }

  /** Ends the session the request's token names: the token signs nothing after this, on any replica. */
  async logout(actor: { userId: number; sessionId?: string }): Promise<void> {
    if (actor.sessionId && (await this.sessions.end(actor.sessionId, 'logout'))) {
      this.directory.changed();
      await this.audit.security('logout', { userId: actor.userId, recordId: actor.userId });
    }
  }

  /**
   * Changes the signed-in user's own password after checking the current one (ASVS 6.2.2). Every session
   * of the user ends (the database's trigger does it, for every replica), and this one continues under a
   * new token. The current password is counted like a sign-in, so a stolen token cannot guess it.
   */
  async changePassword(userId: number, currentPassword: string, newPassword: string): Promise<SignedIn> {
    const user = await this.dataSource.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :userId', { userId }).getOneOrFail();
    const key = `user:${userId}`;
    await this.checks.count(key);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new DomainError('VALIDATION_FAILED', 'The current password is wrong.', { errors: { currentPassword: 'The current password is wrong.' } });
    }
    await this.checks.clear(key);
    if (newPassword === currentPassword) {
      throw new DomainError('VALIDATION_FAILED', 'The new password is the current one; choose another.', { errors: { newPassword: 'The new password is the current one; choose another.' } });
    }
    await assertPasswordAllowed(newPassword, { email: user.email, name: user.name }, 'password change', 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    try {
      // The change and its audit event (never the hash) commit together.
      await this.dataSource.transaction(async (manager) => {
        await manager.query('UPDATE users SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1', [userId, passwordHash]);
        await this.audit.security('password_changed', { userId, recordId: userId, details: { by: 'self' } }, manager);
      });
    } finally {
      this.directory.changed();
    }
    return this.signedIn(userId, null);
  }

  async view(userId: number): Promise<SignedInUser> {
    const user = await this.dataSource.getRepository(UserEntity).findOneOrFail({ where: { id: userId } });
    const projects: { projectId: number }[] = user.personId
      ? await this.dataSource.query('SELECT DISTINCT project_id AS "projectId" FROM memberships WHERE person_id = $1 ORDER BY 1', [user.personId])
      : [];
    return { id: user.id, email: user.email, name: user.name, role: user.role, personId: user.personId, projectIds: projects.map((p) => p.projectId) };
  }

  private async signedIn(userId: number, deviceId: string | null): Promise<SignedIn> {
    const sid = await this.sessions.open(userId, this.settings.ttlSeconds);
    const user = await this.view(userId);
    const token = await this.jwt.signAsync({ sub: userId, sid, role: user.role });
    const device = await this.jwt.signAsync(
      { sub: userId, typ: 'device', did: deviceId ?? crypto.randomUUID() },
      { expiresIn: DEVICE_TOKEN_DAYS * 24 * 3600 },
    );
    return { token, user, device };
  }

  /** The device id a device token vouches for, when it is valid and was given to this user; else null. */
  private async deviceOf(device: string | null | undefined, userId: number): Promise<string | null> {
    if (!device) return null;
    try {
      const claims = await this.jwt.verifyAsync<{ sub?: unknown; typ?: unknown; did?: unknown }>(device);
      return claims.typ === 'device' && claims.sub === userId && typeof claims.did === 'string' ? claims.did : null;
    } catch {
      return null;
    }
  }
}
