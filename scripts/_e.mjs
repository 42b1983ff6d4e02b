import { createRequire } from 'node:module'; import { resolve } from 'node:path'; import pg from 'pg'; import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require(resolve('dist/api/apps/api/src/database/embedded.js'));
const s = await startEmbeddedPostgres({ dataDir: resolve('.data/bench'), port: 45433, database: 'postgres' });
const c = new pg.Client(s.adminUrl.replace(/postgres$/, process.env.DB ?? 'lab_bench_5000')); await c.connect();
const sql = readFileSync(process.argv[2], 'utf8');
const params = JSON.parse(process.argv[3] ?? '[]');
for (const stmt of sql.split(';;')) { if (!stmt.trim()) continue; const t = performance.now(); const r = await c.query(stmt, stmt.includes('$') ? params : []); console.log(Math.round(performance.now() - t), 'ms'); if (/^\s*(EXPLAIN|SELECT\s+indexname|\\d|SHOW)/i.test(stmt)) console.log(r.rows.map((x) => Object.values(x).join(' | ')).join('\n')); }
await c.end(); await s.stop();
