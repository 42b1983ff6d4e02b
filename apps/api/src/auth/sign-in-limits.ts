import { Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { DomainError } from '@lab/domain';
import { consume, postgresLimiter } from '../common/request-limits/request-limits';

/** Passwords checked per key within the window, at most. */
export const MAX_PASSWORD_CHECKS = 5;
export const PASSWORD_CHECK_WINDOW_MINUTES = 15;

/**
 * Where a password check is counted. A client that proves, with a device token from an earlier sign-in,
 * that it signed in to this account before counts on its own key: a stranger who spends an address's
 * checks cannot lock its owner out of the browsers they use (OWASP's device cookies; ASVS 6.3.1). Every
 * other client counts on the address, so that no number of strangers together gets more than
 * MAX_PASSWORD_CHECKS guesses at one account per window.
 */
export function checkKey(email: string, deviceId: string | null): string {
  return deviceId ? `device:${deviceId}` : `address:${email}`;
}

/**
 * Password checks per key, counted in PostgreSQL before each check runs (one atomic upsert, shared by every
 * replica), so that a burst of parallel attempts is counted one by one and at most MAX_PASSWORD_CHECKS of
 * them are checked per window, however many arrive at once.
 */
@Injectable()
export class PasswordChecks {
  private readonly limiter: RateLimiterPostgres;

  constructor(dataSource: DataSource) {
    this.limiter = postgresLimiter(dataSource, 'password', MAX_PASSWORD_CHECKS, PASSWORD_CHECK_WINDOW_MINUTES * 60);
  }

  /** Counts one check on `key`, or refuses with the time to wait when the key has had its share. */
  async count(key: string): Promise<void> {
    const refused = await consume(this.limiter, key);
    if (refused) {
      const minutes = Math.max(1, Math.ceil(refused.msBeforeNext / 60_000));
      throw new DomainError('TOO_MANY_ATTEMPTS', `Too many sign-in attempts for this account; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    }
  }

  /** A successful check starts its key afresh. */
  async clear(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}
