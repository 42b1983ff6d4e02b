import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded';

/**
 * One PostgreSQL for the whole run: the server DATABASE_URL names, or an embedded one on a free port.
 * Each test file then creates its own database on it (test/support/test-app.ts), so files run in parallel.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    process.env.TEST_PG_ADMIN_URL = url.toString();
    return;
  }
  // A cluster of its own per run, so that two runs at the same time never stop each other's database.
  const dataDir = resolve(`.data/test-${process.pid}`);
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
  Object.assign(globalThis, { __embeddedPg: db, __embeddedPgDir: dataDir });
  process.env.TEST_PG_ADMIN_URL = db.adminUrl;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}
