import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { hash, verify } from 'argon2';
import { DataSource } from 'typeorm';
import { DomainError, type SignedInUser } from '@lab/domain';
import { AuditEventEntity } from '../common/audit/audit-event.entity';
import { UserEntity } from '../users/user.entity';

/** Failed sign-ins per e-mail address within the window before further attempts are refused. */
export const MAX_FAILED_SIGN_INS = 5;
export const FAILED_SIGN_IN_WINDOW_MINUTES = 15;

@Injectable()
export class AuthService {
  /**
   * A hash of a random password, made with the same settings as every user's: an address without a usable
   * password is checked against it, so that an unknown address costs as long as a known one (ASVS 6.3.8).
   */
  private dummyHash: Promise<string> | null = null;

  constructor(private readonly dataSource: DataSource, private readonly jwt: JwtService) {}

  async login(email: string, password: string): Promise<{ token: string; user: SignedInUser }> {
    // Counted from the audit trail, which every replica shares: no rate-limit state in process memory.
    const [{ failures }] = await this.dataSource.query(
      `SELECT count(*)::int AS failures FROM audit_events
        WHERE action = 'login_failed' AND changes->'email'->>'after' = $1 AND occurred_at > now() - make_interval(mins => $2)`,
      [email, FAILED_SIGN_IN_WINDOW_MINUTES],
    );
    if (failures >= MAX_FAILED_SIGN_INS) {
      throw new DomainError('TOO_MANY_ATTEMPTS', `Too many failed sign-ins for this address; try again in ${FAILED_SIGN_IN_WINDOW_MINUTES} minutes.`);
    }
    const user = await this.dataSource.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
    const usable = !!user && user.active && !!user.passwordHash;
    this.dummyHash ??= hash(randomBytes(32).toString('hex'), { type: 2 /* argon2id */ });
    const checked = await verify(usable ? user.passwordHash! : await this.dummyHash, password).catch(() => false);
    const ok = usable && checked;
    if (!ok) {
      await this.dataSource.getRepository(AuditEventEntity).insert({
        userId: null, resource: 'auth', recordId: user?.id ?? null, action: 'login_failed', changes: { email: { before: null, after: email } },
      } as never);
      // One answer for unknown address, wrong password and deactivated account: nothing to probe.
      throw new DomainError('UNAUTHENTICATED', 'The e-mail address or password is wrong.');
    }
    const token = await this.jwt.signAsync({ sub: user.id, role: user.role });
    return { token, user: await this.view(user.id) };
  }

  async view(userId: number): Promise<SignedInUser> {
    const user = await this.dataSource.getRepository(UserEntity).findOneOrFail({ where: { id: userId } });
    const projects: { projectId: number }[] = user.personId
      ? await this.dataSource.query('SELECT DISTINCT project_id AS "projectId" FROM memberships WHERE person_id = $1 ORDER BY 1', [user.personId])
      : [];
    return { id: user.id, email: user.email, name: user.name, role: user.role, personId: user.personId, projectIds: projects.map((p) => p.projectId) };
  }
}
