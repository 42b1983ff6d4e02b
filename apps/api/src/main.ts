import 'reflect-metadata';
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

const say = (line: string) => process.stdout.write(`${line}\n`);

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();

  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log: say });
    databaseUrl = embedded.url;
  }
  await checkConnection(databaseUrl);

  const settings = { ...config, databaseUrl, jwtSecret: config.jwtSecret ?? ensureJwtSecret(config.dataDir) };
  const app = await NestFactory.create(AppModule.register(settings), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  configureApp(app, settings);

  const prepared = await prepareDatabase(app.get(DataSource), { demoData: config.demoData, admin: config.admin, log: say });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: shutting down`);
    await app.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen(config.port);
  say(`Meedoen Werkt lab tracker is running on http://localhost:${config.port}/ (API at /api, docs at /api/docs) — started in ${Date.now() - started} ms`);
  if (prepared.demo) {
    say(`Demo data loaded. Sign in with one of these accounts, password "${DEMO_PASSWORD}":`);
    for (const u of prepared.demo.users) say(`  ${u.role.padEnd(15)} ${u.email}`);
  }
}

bootstrap().catch((error: unknown) => {
  // Configuration and database problems get one readable line, not a stack trace.
  const known = error instanceof ConfigError || error instanceof EmbeddedPostgresError || error instanceof DatabaseUnreachableError;
  process.stderr.write(`Cannot start: ${known ? error.message : (error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
