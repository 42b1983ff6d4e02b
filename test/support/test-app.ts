import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule, type AppSettings } from '../../apps/api/src/app.module';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { configureApp } from '../../apps/api/src/configure-app';
import { prepareDatabase, type PrepareResult } from '../../apps/api/src/database/prepare-database';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  prepared: PrepareResult;
  databaseUrl: string;
  close(): Promise<void>;
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

/** The real app, configured exactly as main.ts does, on a fresh database of its own. */
export async function createTestApp(options: { demoData?: boolean } = {}): Promise<TestApp> {
  const databaseUrl = await createDatabase();
  const settings: AppSettings = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), databaseUrl };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(settings)] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureApp(app, settings);
  await app.init();
  const dataSource = app.get(DataSource);
  const prepared = await prepareDatabase(dataSource, { demoData: options.demoData ?? false, admin: null, log: () => undefined });
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    prepared,
    databaseUrl,
    async close() {
      await app.close();
      await dropDatabase(databaseUrl);
    },
  };
}
