import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainError } from '@lab/domain';
import type { Actor } from '../common/actor';
import { UserDirectory } from '../users/user-directory';
import { IS_PUBLIC } from '../common/actor.decorators';

/**
 * Every route but the public ones needs a valid, unexpired token of an active user. The user comes from
 * the UserDirectory, which forgets it the moment its row changes, so a deactivated account or a changed
 * role takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly jwt: JwtService, private readonly users: UserDirectory) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new DomainError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token> from POST /api/auth/login.');
    let payload: { sub?: unknown };
    try {
      payload = await this.jwt.verifyAsync(token);
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'The sign-in token is invalid or has expired; sign in again.');
    }
    const user = typeof payload.sub === 'number' ? await this.users.account(payload.sub) : null;
    if (!user || !user.active) throw new DomainError('UNAUTHENTICATED', 'This account does not exist or has been deactivated.');
    request.actor = { userId: user.id, role: user.role, personId: user.personId };
    return true;
  }
}
