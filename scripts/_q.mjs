import { createRequire } from 'node:module'; import { resolve } from 'node:path'; import pg from 'pg';
const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require(resolve('dist/api/apps/api/src/database/embedded.js'));
const s = await startEmbeddedPostgres({ dataDir: resolve('.data/bench'), port: 45433, database: 'postgres' });
const c = new pg.Client(s.adminUrl); await c.connect();
for (const q of process.argv.slice(2)) console.log(q, (await c.query(q)).rows);
await c.end(); await s.stop();
