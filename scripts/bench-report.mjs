#!/usr/bin/env node
// How long the quarterly report takes: for the demo lab and for a generated lab of 1,000 projects ×
// 10 indicators × 40 quarters (400,000 measurements). A benchmark, not a test: it prints a table of
// median milliseconds. `npm run bench:report`; BENCH_RUNS=5 to change the number of runs per figure.
//
// It compiles the API to node_modules/.cache/bench-report (so a running app's dist/ is left alone), then
// uses a scratch database: on the server DATABASE_URL names (dropped afterwards), or on an embedded
// PostgreSQL under .data/bench-<pid> (removed afterwards).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'node_modules/.cache/bench-report');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUARTER_DEMO = '2018-Q2';
const FIRST = 2010; // the big lab is measured 2010-Q1 … 2019-Q4
const QUARTER_BIG = '2019-Q4';

console.log('Compiling the API for the benchmark …');
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'apps/api/tsconfig.app.json'),
  '--outDir', out, '--incremental', 'false', '--sourceMap', 'false'], { stdio: 'inherit' });

// The compiled code imports '@lab/domain' (a tsconfig path): point it at the compiled library.
const domain = join(out, 'libs/domain/src/index.js');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@lab/domain') return domain;
  if (request.startsWith('@lab/domain/')) return join(out, 'libs/domain/src', `${request.slice(12)}.js`);
  return resolveFilename.call(this, request, ...rest);
};
const require = createRequire(join(out, 'apps/api/src/main.js'));
const src = (p) => require(join(out, 'apps/api/src', p));
const { DataSource } = require('typeorm');
const { Client } = require('pg');
const { dataSourceOptions } = src('database/data-source.js');
const { ENTITIES } = src('seed/entities.js');
const { prepareDatabase } = src('seed/prepare-database.js');
const { startEmbeddedPostgres } = src('database/embedded.js');
const { QuarterlyReportService } = src('reports/quarterly-report.service.js');
const { PaymentsService } = src('reports/payments.service.js');
const { renderReport } = src('reports/report-files.js');

async function withClient(url, run) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try { return await run(c); } finally { await c.end(); }
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => ok(port)); });
  });
}

async function scratchDatabase() {
  const name = `lab_bench_${randomBytes(4).toString('hex')}`;
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    await withClient(admin.toString(), (c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: () => withClient(admin.toString(), (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)) };
  }
  const dataDir = join(root, `.data/bench-${process.pid}`);
  console.log(`Starting an embedded PostgreSQL in ${dataDir} …`);
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: name });
  return { url: db.url, drop: async () => { await db.stop(); rmSync(dataDir, { recursive: true, force: true }); } };
}

/** 1,000 projects × 10 indicators × 40 approved quarters, plus milestones, agreements and the rest, in a few statements. */
async function generateBigLab(ds) {
  const q = (sql, params) => ds.query(sql, params);
  const [{ id: labId }] = await q(`INSERT INTO labs (name, city) VALUES ('Benchmarklab', 'Amsterdam') RETURNING id`);
  const [{ id: orgId }] = await q(`INSERT INTO organisations (name, perspective) VALUES ('Benchmarkpartner', 'employer') RETURNING id`);
  await q(`INSERT INTO projects (lab_id, code, title, phase, health, start_date)
           SELECT $1, 'B-' || lpad(n::text, 4, '0'), 'Benchmarkproject ' || n,
                  (ARRAY['scenario','experiment','rollout','stopped'])[1 + n % 4]::phase,
                  (ARRAY['on_track','at_risk','off_track'])[1 + n % 3]::health, '2010-01-01'
             FROM generate_series(1, 1000) n`, [labId]);
  await q(`INSERT INTO indicators (project_id, name, kind, aspect, unit, direction, aggregation, baseline_value, baseline_date, target_value, target_date)
           SELECT p.id, 'Indicator ' || k, (CASE WHEN k <= 5 THEN 'outcome' ELSE 'output' END)::indicator_kind, 'effectiveness',
                  'count', 'increase', (ARRAY['sum','latest','average'])[1 + k % 3]::aggregation, 0, '2010-01-01', 500, '2020-12-31'
             FROM projects p CROSS JOIN generate_series(1, 10) k WHERE p.lab_id = $1`, [labId]);
  await q(`INSERT INTO measurements (indicator_id, period, value, status)
           SELECT i.id, (${FIRST} + (s / 4))::text || '-Q' || (1 + s % 4)::text, (i.id % 7) + s % 5,
                  (CASE WHEN s = 39 AND i.id % 10 = 0 THEN 'submitted' ELSE 'approved' END)::measurement_status
             FROM indicators i JOIN projects p ON p.id = i.project_id CROSS JOIN generate_series(0, 39) s WHERE p.lab_id = $1`, [labId]);
  await q(`INSERT INTO target_revisions (indicator_id, old_value, new_value, old_date, new_date, effective_from, reason)
           SELECT i.id, 500, 600, '2020-12-31', '2020-12-31', '2015-Q1', 'Benchmark' FROM indicators i JOIN projects p ON p.id = i.project_id
            WHERE p.lab_id = $1 AND i.id % 5 = 0`, [labId]);
  await q(`INSERT INTO milestones (project_id, title, phase, due_date, status, completed_date)
           SELECT p.id, 'Mijlpaal ' || k, 'experiment', DATE '2019-10-01' + (k * 17), (CASE WHEN k % 2 = 0 THEN 'done' ELSE 'planned' END)::milestone_status,
                  CASE WHEN k % 2 = 0 THEN DATE '2019-10-01' + (k * 17) - 3 END
             FROM projects p CROSS JOIN generate_series(1, 5) k WHERE p.lab_id = $1`, [labId]);
  await q(`INSERT INTO agreements (project_id, organisation_id, title, kind, status, signed_date, start_date, end_date, contribution_cents)
           SELECT p.id, $2, 'Samenwerking ' || p.code, 'cooperation', 'active', '2010-02-01', '2010-03-01', '2020-12-31', 100000
             FROM projects p WHERE p.lab_id = $1`, [labId, orgId]);
  await q(`INSERT INTO agreements (project_id, organisation_id, title, kind, status, signed_date, start_date, indicator_id, price_per_unit_cents, max_payment_cents)
           SELECT p.id, $2, 'Resultaatafspraak ' || p.code, 'outcome_contract', 'active', '2012-01-01', '2012-01-01',
                  (SELECT min(i.id) FROM indicators i WHERE i.project_id = p.id), 25000, 5000000
             FROM projects p WHERE p.lab_id = $1 AND p.id % 10 = 0`, [labId, orgId]);
  await q(`INSERT INTO status_updates (project_id, period, health, narrative)
           SELECT p.id, $2, p.health, 'Het team meldt voortgang volgens plan; details in het projectdossier.' FROM projects p WHERE p.lab_id = $1`,
    [labId, QUARTER_BIG]);
  await q(`INSERT INTO phase_decisions (project_id, from_phase, to_phase, decision, decided_at, rationale)
           SELECT p.id, 'scenario', 'experiment', 'go', '2019-11-15T10:00:00Z', 'Benchmark' FROM projects p WHERE p.lab_id = $1 AND p.id % 3 = 0`, [labId]);
  await q('ANALYZE');
  return labId;
}

async function time(fn, runs) {
  await fn(); // warm-up
  const ms = [];
  for (let n = 0; n < runs; n++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)];
}

async function measure(service, labId, quarter, runs) {
  const report = await service.report(labId, quarter);
  const sizes = {};
  for (const f of ['pdf', 'xlsx', 'csv']) sizes[f] = (await renderReport(report, f)).bytes.length;
  const figures = {
    'JSON': await time(() => service.report(labId, quarter), runs),
    'JSON + PDF': await time(async () => renderReport(await service.report(labId, quarter), 'pdf'), runs),
    'JSON + XLSX': await time(async () => renderReport(await service.report(labId, quarter), 'xlsx'), runs),
    'JSON + CSV': await time(async () => renderReport(await service.report(labId, quarter), 'csv'), runs),
    'freeze (JSON + all three)': await time(async () => {
      const r = await service.report(labId, quarter);
      await Promise.all(['pdf', 'xlsx', 'csv'].map((f) => renderReport(r, f)));
    }, runs),
  };
  return { figures, sizes, projects: report.projects.length, indicators: report.totals.indicators.total };
}

const db = await scratchDatabase();
const ds = new DataSource(dataSourceOptions(db.url, { entities: ENTITIES, extra: { max: 10 } }));
try {
  await ds.initialize();
  console.log('Migrating and loading the demo lab …');
  const prepared = await prepareDatabase(ds, { demoData: true, admin: null, log: () => undefined });
  let start = performance.now();
  console.log('Generating the big lab (400,000 measurements) …');
  const bigLab = await generateBigLab(ds);
  console.log(`  generated in ${Math.round(performance.now() - start)} ms`);

  const service = new QuarterlyReportService(ds, new PaymentsService(ds));
  const demo = await measure(service, prepared.demo.labId, QUARTER_DEMO, RUNS);
  const big = await measure(service, bigLab, QUARTER_BIG, Math.max(1, Math.min(RUNS, 3)));

  const pad = (s, n) => String(s).padEnd(n);
  const num = (ms) => `${Math.round(ms).toLocaleString('en')} ms`.padStart(10);
  console.log(`\nQuarterly report, median of ${RUNS} runs (big lab: ${Math.max(1, Math.min(RUNS, 3))}), after one warm-up run`);
  console.log(`${pad('', 28)}${pad(`demo lab ${QUARTER_DEMO}`, 20)}big lab ${QUARTER_BIG}`);
  console.log(`${pad('projects × indicators', 28)}${pad(`${demo.projects} × ${demo.indicators}`, 20)}${big.projects} × ${big.indicators}`);
  for (const k of Object.keys(demo.figures)) console.log(`${pad(k, 28)}${pad(num(demo.figures[k]), 20)}${num(big.figures[k])}`);
  for (const f of ['pdf', 'xlsx', 'csv']) {
    console.log(`${pad(`${f.toUpperCase()} size`, 28)}${pad(`${Math.round(demo.sizes[f] / 1024)} kB`.padStart(10), 20)}${`${Math.round(big.sizes[f] / 1024)} kB`.padStart(10)}`);
  }
  console.log('\nAim: demo lab under 300 ms and the big lab under 3 s, PDF included.');
} finally {
  await ds.destroy().catch(() => undefined);
  await db.drop();
}
