import { randomBytes } from 'node:crypto';
import { hash } from 'argon2';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule, type AppSettings } from '../../apps/api/src/app.module';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { configureApp } from '../../apps/api/src/configure-app';
import { prepareDatabase, type PrepareResult } from '../../apps/api/src/seed/prepare-database';

type Method = 'get' | 'post' | 'put' | 'delete' | 'patch' | 'options' | 'head';
/** supertest with a bearer token on every request; the chain (.send, .query, .set) is supertest's own. */
export type Http = Record<Method, (url: string) => request.Test>;

export function signedIn(server: Parameters<typeof request>[0], token: string | null): Http {
  const agent = request(server);
  const wrap = (m: Method) => (url: string) => (token ? agent[m](url).set('Authorization', `Bearer ${token}`) : agent[m](url));
  return { get: wrap('get'), post: wrap('post'), put: wrap('put'), delete: wrap('delete'), patch: wrap('patch'), options: wrap('options'), head: wrap('head') };
}

export const TEST_ADMIN = { email: 'admin@test.example', password: 'test-admin-password' };

export interface TestApp {
  app: INestApplication;
  /** Signed in as an administrator (TEST_ADMIN). */
  http: Http;
  /** No token at all. */
  anonymous: Http;
  token: string;
  /** The signed-in administrator's user id: audit events of `http` carry it. */
  userId: number;
  /** Signs in (the user must exist with this password) and returns a client acting as that user. */
  as(email: string, password: string): Promise<Http & { token: string; userId: number }>;
  dataSource: DataSource;
  prepared: PrepareResult;
  settings: AppSettings;
  databaseUrl: string;
  /** Stops the app and drops its database, unless kept for an app started again on it. */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run the tests through jest (its global setup starts PostgreSQL)');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(): Promise<string> {
  const name = `lab_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(process.env.TEST_PG_ADMIN_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export interface TestAppOptions {
  demoData?: boolean;
  /** Settings on top of the test defaults (NODE_ENV=test, LOG_LEVEL=silent), e.g. TRUST_PROXY or LOG_LEVEL. */
  env?: NodeJS.ProcessEnv;
  /** Where the app's log lines go, for a test that reads them (set LOG_LEVEL in `env` too). */
  logDestination?: DestinationStream;
  /** Resolved settings to override, e.g. the request limits (off by default in tests). */
  settings?: Partial<AppSettings>;
  /**
   * The database of an app closed with `close({ keepDatabase: true })`, to start the app again on it (a
   * restart); otherwise a fresh database of its own.
   */
  databaseUrl?: string;
}

/** The real app, configured exactly as main.ts does, on a fresh database of its own. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? await createDatabase();
  const settings: AppSettings = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env }), databaseUrl, jwtSecret: randomBytes(32).toString('base64'),
    // Test files send hundreds of requests a minute from one address: the limits are tested on their own.
    rateLimitPerMinute: 0, signInLimitPerMinute: 0,
    ...options.settings,
  };
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(settings, { logDestination: options.logDestination })],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureApp(app, settings);
  await app.init();
  const dataSource = app.get(DataSource);
  const prepared = await prepareDatabase(dataSource, { demoData: options.demoData ?? false, admin: null, log: () => undefined });
  await dataSource.query(`INSERT INTO users (email, name, role, active, password_hash) VALUES ($1, 'Test admin', 'admin', true, $2) ON CONFLICT (email) DO NOTHING`, [
    TEST_ADMIN.email, await hash(TEST_ADMIN.password, { type: 2 }),
  ]);
  const server = app.getHttpServer();
  const as = async (email: string, password: string) => {
    const res = await request(server).post('/api/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`sign-in as ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return { ...signedIn(server, res.body.token), token: res.body.token as string, userId: res.body.user.id as number };
  };
  const admin = await as(TEST_ADMIN.email, TEST_ADMIN.password);
  return {
    app,
    http: admin,
    anonymous: signedIn(server, null),
    token: admin.token,
    userId: admin.userId,
    as,
    dataSource,
    prepared,
    settings,
    databaseUrl,
    async close(closing = {}) {
      await app.close();
      if (!closing.keepDatabase) await dropDatabase(databaseUrl);
    },
  };
}
