import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainError } from '@lab/domain';
import type { Actor } from '../common/actor';
import { UserDirectory } from '../users/user-directory';
import { IS_PUBLIC } from '../common/actor.decorators';

/**
 * Every route but the public ones needs a valid, unexpired token of an active user, naming a session that
 * has not ended. User and session come from the UserDirectory, which forgets them the moment their rows
 * change, so a sign-out, a deactivated account or a changed role or password takes effect at once.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly jwt: JwtService, private readonly users: UserDirectory) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new DomainError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token> from POST /api/auth/login.');
    let payload: { sub?: unknown; sid?: unknown; exp?: unknown; typ?: unknown };
    try {
      payload = await this.jwt.verifyAsync(token);
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'The sign-in token is invalid or has expired; sign in again.');
    }
    // A token that never expires, names no session or is of another kind (a device token) signs nothing.
    if (typeof payload.exp !== 'number' || typeof payload.sid !== 'string' || !UUID.test(payload.sid) || payload.typ !== undefined || typeof payload.sub !== 'number') {
      throw new DomainError('UNAUTHENTICATED', 'The sign-in token is invalid or has expired; sign in again.');
    }
    const session = await this.users.session(payload.sid);
    if (!session || session.userId !== payload.sub || session.ended || session.expiresAt <= Date.now()) {
      throw new DomainError('UNAUTHENTICATED', 'This sign-in has ended (signed out, or the password or role changed); sign in again.');
    }
    const user = await this.users.account(payload.sub);
    if (!user || !user.active) throw new DomainError('UNAUTHENTICATED', 'This account does not exist or has been deactivated.');
    request.actor = { userId: user.id, role: user.role, personId: user.personId, sessionId: payload.sid };
    return true;
  }
}
