import { availableParallelism } from 'node:os';
import { isIP } from 'node:net';
import { resolve } from 'node:path';

/**
 * The only place that reads process.env. Every setting is parsed and checked here so that a bad value
 * stops start-up with one readable line instead of a stack trace deep inside a library.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** A PostgreSQL server to use; when absent the app starts an embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  demoData: boolean;
  admin: { email: string; password: string } | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  corsOrigin: string | null;
  /** Where the built dashboard lives; served at / when present. */
  adminDistDir: string;
  /** Signs sign-in tokens. Required in production; otherwise generated once and kept under dataDir. */
  jwtSecret: string | null;
  /** How long a sign-in token is valid, in seconds. */
  tokenTtlSeconds: number;
  /** Requests per client address per minute to the API (0: no limit), and sign-ins per client per minute. */
  rateLimitPerMinute: number;
  signInLimitPerMinute: number;
  /** Password hashes computed at once, and how many may wait for their turn before a 503. */
  hashConcurrency: number;
  hashQueue: number;
  /**
   * Which reverse proxies may tell the client's address in X-Forwarded-For (Express's `trust proxy`): off,
   * the number of proxies in front of the app, or their addresses and subnets. Off by default: then the
   * client address is the connection's own and X-Forwarded-For is ignored.
   */
  trustProxy: false | number | string[];
  /** Mail: without an SMTP server notices are kept in the outbox only (status `kept`). */
  mail: { smtpUrl: string | null; from: string };
  /** The address people open the dashboard at, for the links in notices. */
  publicUrl: string;
  /** The job queue (pg-boss): how often a worker looks for work, and how a failed mail is retried. */
  jobs: { pollingSeconds: number; retryLimit: number; retryDelaySeconds: number };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function port(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return n;
}

function count(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function bool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY: false (default), a number of proxies, or a comma-separated list of addresses, subnets and Express's names. */
export function parseTrustProxy(raw: string | undefined): AppConfig['trustProxy'] {
  const value = raw?.trim() ?? '';
  if (value === '' || /^(false|0|no)$/i.test(value)) return false;
  if (/^(true|yes)$/i.test(value)) {
    // Express would then take the left-most X-Forwarded-For entry, which any client can write itself.
    throw new ConfigError(
      'TRUST_PROXY=true would let every client choose its own address; set the number of proxies in front of the app (e.g. 1) or their addresses (e.g. loopback,10.0.0.0/8)',
    );
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new ConfigError(`TRUST_PROXY must be a number of proxies between 0 and 10, got "${raw}"`);
    return hops;
  }
  const entries = value.split(',').map((e) => e.trim());
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    const prefixOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!(PROXY_NAMES.includes(entry) || (family !== 0 && prefixOk && extra === undefined))) {
      throw new ConfigError(
        `TRUST_PROXY must be false, a number of proxies, or addresses and subnets separated by commas (or ${PROXY_NAMES.join(', ')}); "${entry}" is none of these`,
      );
    }
  }
  return entries;
}

function mailConfig(env: NodeJS.ProcessEnv): AppConfig['mail'] {
  const smtpUrl = env.SMTP_URL ? parseSmtpUrl(env.SMTP_URL) : null;
  if (smtpUrl && !env.MAIL_FROM) {
    throw new ConfigError('MAIL_FROM is required with SMTP_URL: the sender of notices, e.g. "Meedoen Werkt <noreply@example.org>"');
  }
  return { smtpUrl, from: env.MAIL_FROM ? parseMailFrom(env.MAIL_FROM) : 'Meedoen Werkt <noreply@localhost>' };
}

function publicUrl(raw: string | undefined, appPort: number): string {
  if (!raw) return `http://localhost:${appPort}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL is not a valid URL; expected the dashboard's address, e.g. https://lab.example.org, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`PUBLIC_URL must start with http:// or https://, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

export function parseDatabaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (!url.hostname) throw new ConfigError('DATABASE_URL names no host; expected postgres://user:password@host:5432/database');
  if (url.pathname.length <= 1) throw new ConfigError('DATABASE_URL names no database; add it after the host, e.g. postgres://…@host:5432/lab');
  return raw;
}

/** SMTP_URL: smtp:// or smtps://, with a host (and user:password when the server asks for it). */
export function parseSmtpUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SMTP_URL is not a valid URL; expected smtp://user:password@host:587 or smtps://user:password@host:465');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}//"`);
  }
  if (!url.hostname) throw new ConfigError('SMTP_URL names no host; expected smtp://user:password@host:587');
  return raw;
}

/** MAIL_FROM: an address, or a name with the address in angle brackets ("Meedoen Werkt <noreply@example.org>"). */
export function parseMailFrom(raw: string): string {
  const value = raw.trim();
  const address = /^[^<>]*<([^<>]+)>$/.exec(value)?.[1] ?? value;
  if (!EMAIL.test(address.trim())) {
    throw new ConfigError(`MAIL_FROM must be an e-mail address, or a name with the address in angle brackets (Meedoen Werkt <noreply@example.org>); got "${raw}"`);
  }
  return value;
}

function seconds(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new ConfigError(`${name} must be a number of seconds from ${min} to ${max}, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const databaseUrl = env.DATABASE_URL ? parseDatabaseUrl(env.DATABASE_URL) : null;

  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD;
  if (Boolean(email) !== Boolean(password)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither');
  }
  if (email && !EMAIL.test(email)) throw new ConfigError(`ADMIN_EMAIL is not an e-mail address: "${email}"`);
  if (password && password.length < 10) throw new ConfigError('ADMIN_PASSWORD must be at least 10 characters long');

  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }

  const jwtSecret = env.JWT_SECRET || null;
  if (nodeEnv === 'production' && !jwtSecret) {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production: set it to a long random string (e.g. openssl rand -base64 48)');
  }
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');
  const ttlHours = env.TOKEN_TTL_HOURS ? Number(env.TOKEN_TTL_HOURS) : 8;
  if (!Number.isFinite(ttlHours) || ttlHours <= 0 || ttlHours > 24 * 30) {
    throw new ConfigError(`TOKEN_TTL_HOURS must be a number of hours between 0 and 720, got "${env.TOKEN_TTL_HOURS}"`);
  }

  return {
    nodeEnv,
    port: port('PORT', env.PORT, 3000),
    databaseUrl,
    dataDir: resolve(env.DATA_DIR || '.data'),
    embeddedPgPort: port('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329),
    // Demo data is the default for the embedded database only: a real deployment starts empty.
    demoData: bool('DEMO_DATA', env.DEMO_DATA, databaseUrl === null),
    admin: email && password ? { email, password } : null,
    logLevel,
    corsOrigin: env.CORS_ORIGIN || null,
    adminDistDir: resolve(env.ADMIN_DIST_DIR || 'dist/apps/admin'),
    jwtSecret,
    tokenTtlSeconds: Math.round(ttlHours * 3600),
    rateLimitPerMinute: count('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 1200, 0, 1_000_000),
    signInLimitPerMinute: count('SIGN_IN_LIMIT_PER_MINUTE', env.SIGN_IN_LIMIT_PER_MINUTE, 20, 0, 100_000),
    // One core is left for the event loop: health checks and every other request keep answering.
    hashConcurrency: count('HASH_CONCURRENCY', env.HASH_CONCURRENCY, Math.max(1, availableParallelism() - 1), 1, 64),
    hashQueue: count('HASH_QUEUE', env.HASH_QUEUE, 32, 0, 10_000),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    mail: mailConfig(env),
    publicUrl: publicUrl(env.PUBLIC_URL, port('PORT', env.PORT, 3000)),
    jobs: {
      // pg-boss polls no faster than every half second.
      pollingSeconds: seconds('JOBS_POLLING_SECONDS', env.JOBS_POLLING_SECONDS, 2, 0.5, 600),
      retryLimit: count('MAIL_RETRY_LIMIT', env.MAIL_RETRY_LIMIT, 5, 0, 100),
      // Doubles with each retry (pg-boss retryBackoff): 30 s, 1 min, 2 min, 4 min, 8 min by default.
      retryDelaySeconds: count('MAIL_RETRY_DELAY_SECONDS', env.MAIL_RETRY_DELAY_SECONDS, 30, 1, 86_400),
    },
  };
}
