import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor } from './actor';

export const IS_PUBLIC = 'isPublic';
/** A route anyone may call without signing in: sign-in itself, health, the API documentation. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The signed-in user making the request (set by the AuthGuard). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
