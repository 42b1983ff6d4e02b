import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { type RateLimiterAbstract, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
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

/** Consumes `points` of `key`: the limiter's answer, refused (past the limit) or not. */
async function take(limiter: RateLimiterAbstract, key: string, points: number): Promise<{ refused: boolean; res: RateLimiterRes }> {
  try {
    return { refused: false, res: await limiter.consume(key, points) };
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return { refused: true, res: refusal };
    throw refusal;
  }
}

/** Consumes one point of `key`; past the limit, the limiter's answer (with the wait) or null when it was not exceeded. */
export async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  const { refused, res } = await take(limiter, key, 1);
  return refused ? res : null;
}

/** The largest block a replica takes of a client's window: a hundredth of the limit, so at most 1% is held unspent. */
export const blockOf = (points: number) => Math.max(1, Math.floor(points / 100));

/**
 * A shared limit taken from its store in blocks: a replica takes `block` points of a client's window in
 * one write and spends them in memory, so that most requests cost no database round trip (the upsert was
 * a quarter of a small read's cost). Where a block overshoots the limit, the points below it are still
 * spent, and past them every request asks the store, which refuses: over all replicas a client gets its
 * limit exactly, less what other replicas hold unspent when its window ends (under `block` each). With a
 * block of 1 this is the plain limiter. Requests for one key while its block is being taken wait for it.
 */
export class BlockLimiter {
  private readonly held = new LRUCache<string, { left: number; until: number }>({ max: 10_000 });
  private readonly taking = new Map<string, Promise<void>>();

  constructor(private readonly limiter: RateLimiterAbstract, private readonly points: number, private readonly block = blockOf(points)) {}

  /** Null when the request may go on, else the refusal (with the wait). */
  async consume(key: string): Promise<RateLimiterRes | null> {
    if (this.block === 1) return consume(this.limiter, key);
    for (;;) {
      const h = this.held.get(key);
      if (h && h.left > 0 && h.until > Date.now()) {
        h.left--;
        return null;
      }
      const pending = this.taking.get(key);
      if (!pending) break;
      await pending;
    }
    let refusal: RateLimiterRes | null = null;
    const taking = (async () => {
      const { refused, res } = await take(this.limiter, key, this.block);
      // The points of this block that fall within the limit, one of them this request's. A refusal that
      // counted nothing comes from the key's block in memory (it is past its limit): none.
      const usable = !refused ? this.block : res.consumedPoints > 0 ? this.points - (res.consumedPoints - this.block) : 0;
      if (usable <= 0) refusal = res;
      else this.held.set(key, { left: usable - 1, until: Date.now() + res.msBeforeNext });
    })();
    this.taking.set(key, taking);
    try {
      await taking;
    } finally {
      this.taking.delete(key);
    }
    return refusal;
  }
}

/**
 * Per-client request limits shared by every replica: one on the API as a whole, a lower one on the routes
 * that check a password. Runs before the auth guard, so a client past its limit costs no token check. The
 * client is `req.ip` (behind a reverse proxy, set TRUST_PROXY so that it is the real client's address).
 */
@Injectable()
export class RequestLimitGuard implements CanActivate {
  private readonly api: BlockLimiter | null;
  private readonly signIn: BlockLimiter | null;

  constructor(private readonly reflector: Reflector, dataSource: DataSource, limits: RequestLimits) {
    this.api = limits.perMinute > 0 ? new BlockLimiter(postgresLimiter(dataSource, 'api', limits.perMinute, 60), limits.perMinute) : null;
    this.signIn = limits.signInsPerMinute > 0 ? new BlockLimiter(postgresLimiter(dataSource, 'sign-in', limits.signInsPerMinute, 60), limits.signInsPerMinute) : null;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(UNLIMITED, targets)) return true;
    const http = context.switchToHttp();
    const client = http.getRequest<Request>().ip ?? 'unknown';
    const signIn = this.reflector.getAllAndOverride<boolean>(SIGN_IN_ROUTE, targets);
    for (const [limiter, what] of [[this.api, 'requests'], [signIn ? this.signIn : null, 'sign-in attempts']] as const) {
      const refused = limiter && (await limiter.consume(client));
      if (refused) {
        const seconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
        http.getResponse<Response>().setHeader('Retry-After', String(seconds));
        throw new DomainError('TOO_MANY_REQUESTS', `Too many ${what} from this address; try again in ${seconds} seconds.`);
      }
    }
    return true;
  }
}
