import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { DomainError } from '@lab/domain';

export interface RequestLimits {
  /** Requests per client address per minute to the whole API; 0 turns the limit off. */
  perMinute: number;
  /** Sign-ins (and other password checks) per client address per minute, whatever the account; 0: off. */
  signInsPerMinute: number;
}

/** The table every limit counts in (migration SessionsAndLimits): one row per key and window. */
const TABLE = 'rate_limits';
const SIGN_IN_ROUTE = 'request-limits:sign-in';
const UNLIMITED = 'request-limits:unlimited';

/** Marks a route that checks a password: it counts against the (much lower) sign-in limit too. */
export const SignInLimited = () => SetMetadata(SIGN_IN_ROUTE, true);
/** Marks a controller or route that is never limited (health: an orchestrator's probes always get their answer). */
export const Unlimited = () => SetMetadata(UNLIMITED, true);

/**
 * A fixed-window counter in PostgreSQL (rate-limiter-flexible), so that every replica counts together: one
 * atomic upsert per consume. A key past its limit is also remembered in this process's memory until its
 * window ends, so a flood from one client stops costing database round trips.
 */
export function postgresLimiter(dataSource: DataSource, keyPrefix: string, points: number, durationSeconds: number): RateLimiterPostgres {
  const pool = (dataSource.driver as unknown as { master: unknown }).master;
  return new RateLimiterPostgres({
    storeClient: pool, storeType: 'pool', tableName: TABLE, tableCreated: true, keyPrefix, points, duration: durationSeconds,
    inMemoryBlockOnConsumed: points + 1,
  });
}

/** Consumes one point of `key`; past the limit, the limiter's answer (with the wait) or null when it was not exceeded. */
export async function consume(limiter: RateLimiterPostgres, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return refusal;
    throw refusal;
  }
}

/**
 * Per-client request limits shared by every replica: one on the API as a whole, a lower one on the routes
 * that check a password. Runs before the auth guard, so a client past its limit costs no token check. The
 * client is `req.ip` (behind a reverse proxy, set TRUST_PROXY so that it is the real client's address).
 */
@Injectable()
export class RequestLimitGuard implements CanActivate {
  private readonly api: RateLimiterPostgres | null;
  private readonly signIn: RateLimiterPostgres | null;

  constructor(private readonly reflector: Reflector, dataSource: DataSource, limits: RequestLimits) {
    this.api = limits.perMinute > 0 ? postgresLimiter(dataSource, 'api', limits.perMinute, 60) : null;
    this.signIn = limits.signInsPerMinute > 0 ? postgresLimiter(dataSource, 'sign-in', limits.signInsPerMinute, 60) : null;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(UNLIMITED, targets)) return true;
    const http = context.switchToHttp();
    const client = http.getRequest<Request>().ip ?? 'unknown';
    const signIn = this.reflector.getAllAndOverride<boolean>(SIGN_IN_ROUTE, targets);
    for (const [limiter, what] of [[this.api, 'requests'], [signIn ? this.signIn : null, 'sign-in attempts']] as const) {
      const refused = limiter && (await consume(limiter, client));
      if (refused) {
        const seconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
        http.getResponse<Response>().setHeader('Retry-After', String(seconds));
        throw new DomainError('TOO_MANY_REQUESTS', `Too many ${what} from this address; try again in ${seconds} seconds.`);
      }
    }
    return true;
  }
}
