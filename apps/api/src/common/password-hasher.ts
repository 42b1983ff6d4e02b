import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hash, verify } from 'argon2';
import pLimit from 'p-limit';
import { DomainError } from '@lab/domain';

/** argon2id with the library's defaults: 64 MiB, 3 passes, 4 lanes (OWASP's and ASVS's minimum is 19 MiB). */
const ARGON2ID = { type: 2 } as const;

export interface HashingBounds {
  /** Hashes computed at once. Each takes 64 MiB and a core for ~100 ms; more than the cores only queues in libuv. */
  concurrency: number;
  /** Hashes that may wait for their turn; past this a request is refused at once (503) instead of piling up. */
  queue: number;
}

/**
 * Every argon2 computation of the API goes through here, so that a burst of sign-ins can never take all
 * cores and memory at once: at most `concurrency` hashes run, at most `queue` wait, and the rest are turned
 * away with a 503 and Retry-After before they cost anything. The event loop, health checks and every other
 * request keep a core.
 */
@Injectable()
export class PasswordHasher {
  private readonly limit: ReturnType<typeof pLimit>;
  /**
   * A hash of a random password, made with the same settings as every user's: an address without a usable
   * password is checked against it, so that an unknown address costs as long as a known one (ASVS 6.3.8).
   */
  private dummy: Promise<string> | null = null;

  constructor(private readonly bounds: HashingBounds) {
    this.limit = pLimit(bounds.concurrency);
  }

  /** The argon2id hash of a password, to store. */
  hash(password: string): Promise<string> {
    return this.run(() => hash(password, ARGON2ID));
  }

  /** Whether the password matches the stored hash; with no usable hash, a check against the dummy that always fails. */
  async verify(stored: string | null, password: string): Promise<boolean> {
    this.dummy ??= hash(randomBytes(32).toString('hex'), ARGON2ID);
    const against = stored ?? (await this.dummy);
    const matches = await this.run(() => verify(against, password).catch(() => false));
    return stored !== null && matches;
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    if (this.limit.pendingCount >= this.bounds.queue) {
      throw new DomainError('UNAVAILABLE', 'The server is checking many passwords right now; try again in a few seconds.');
    }
    return this.limit(work);
  }
}
