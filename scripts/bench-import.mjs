#!/usr/bin/env node
// How long the import of a whole lab's quarter from the spreadsheet takes, over HTTP against the real app: the
// demo lab (DEMO_DATA), and a generated lab of BENCH_PROJECTS projects (default 100) × 8 indicators, a third of
// them broken down by stadsdeel. Per lab: the template's download, the dry run, applying it as draft, and the
// same file again (all unchanged). A benchmark, not a test: it prints a table of median milliseconds.
// `node scripts/bench-import.mjs`; BENCH_RUNS=3 to change the runs per figure (the dry run and second apply).
//
// It compiles the API to node_modules/.cache/bench-import (so a running app's dist/ is left alone), then uses a
// scratch database: on the server DATABASE_URL names (dropped afterwards), or on an embedded PostgreSQL under
// .data/bench-import-<pid> (removed afterwards).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'node_modules/.cache/bench-import');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 100);

console.log('Compiling the API for the benchmark …');
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'apps/api/tsconfig.app.json'),
  '--outDir', out, '--incremental', 'false', '--sourceMap', 'false'], { stdio: 'inherit' });

const domainIndex = join(out, 'libs/domain/src/index.js');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@lab/domain') return domainIndex;
  if (request.startsWith('@lab/domain/')) return join(out, 'libs/domain/src', `${request.slice(12)}.js`);
  return resolveFilename.call(this, request, ...rest);
};
const require = createRequire(join(out, 'apps/api/src/main.js'));
const src = (p) => require(join(out, 'apps/api/src', p));
const { NestFactory } = require('@nestjs/core');
const { DataSource } = require('typeorm');
const { Client } = require('pg');
const ExcelJS = require('exceljs');
const { AppModule } = src('app.module.js');
const { loadConfig } = src('config/app-config.js');
const { configureApp } = src('configure-app.js');
const { prepareDatabase } = src('seed/prepare-database.js');
const { startEmbeddedPostgres } = src('database/embedded.js');
const domain = require(domainIndex);

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
  const dataDir = join(root, `.data/bench-import-${process.pid}`);
  console.log(`Starting an embedded PostgreSQL in ${dataDir} …`);
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: name });
  return { url: db.url, drop: async () => { await db.stop(); rmSync(dataDir, { recursive: true, force: true }); } };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(run) {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

const db = await scratchDatabase();
let app;
try {
  const jwtSecret = randomBytes(48).toString('base64');
  const settings = {
    ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', JWT_SECRET: jwtSecret, DATABASE_URL: db.url }), databaseUrl: db.url, jwtSecret,
    rateLimitPerMinute: 0, signInLimitPerMinute: 0,
  };
  app = await NestFactory.create(AppModule.register(settings), { logger: false });
  configureApp(app, settings);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const ds = app.get(DataSource);
  console.log('Loading the demo data …');
  await prepareDatabase(ds, { demoData: true, admin: null, log: () => undefined });
  const login = await (await fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@meedoenwerkt.example', password: 'meedoen-werkt-demo' }),
  })).json();
  const auth = { Authorization: `Bearer ${login.token}` };
  const api = async (path, init = {}) => {
    const res = await fetch(`${base}${path}`, { ...init, headers: { ...auth, ...(init.body && typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}), ...init.headers } });
    if (!res.ok && res.status !== 422) throw new Error(`${init.method ?? 'GET'} ${path} answered ${res.status}: ${await res.text()}`);
    return res;
  };
  const post = async (path, body) => (await api(path, { method: 'POST', body: JSON.stringify(body) })).json();

  /** Fills every editable value cell of every sheet with a figure that fits its unit, and the status update. */
  async function filled(bytes) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    for (const ws of wb.worksheets.filter((w) => w.name !== domain.META_SHEET)) {
      const keys = ws.getRow(domain.TEMPLATE_ROWS.keys).values;
      const col = (k) => keys.indexOf(k);
      ws.getCell(domain.TEMPLATE_ROWS.health, 2).value = 'Op koers';
      ws.getCell(domain.TEMPLATE_ROWS.narrative, 2).value = 'Ingevuld in het sjabloon.';
      for (let r = domain.TEMPLATE_ROWS.first; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        if (typeof row.getCell(1).value !== 'number' || row.getCell(col('status')).value) continue;
        const unit = row.getCell(col('unit')).value;
        // A value only: the breakdown is left empty, which the entry allows.
        const value = unit === 'Percentage' ? 55 : unit === 'Aantal' ? 8 : 12.5;
        row.getCell(col('value')).value = value;
      }
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async function bench(label, labId, period) {
    const url = `/api/labs/${labId}/quarters/${period}`;
    const download = await timed(async () => Buffer.from(await (await api(`${url}/template.xlsx`)).arrayBuffer()));
    const file = await filled(download.result);
    const send = async (query) => {
      const form = new FormData();
      form.append('file', new Blob([file]), 'lab.xlsx');
      return (await api(`${url}/import?${query}`, { method: 'POST', body: form })).json();
    };
    const dry = [];
    let preview;
    for (let i = 0; i < RUNS; i++) { const t = await timed(() => send('dryRun=true')); dry.push(t.ms); preview = t.result; }
    const apply = await timed(() => send('dryRun=false'));
    if (!apply.result.applied) throw new Error(`${label}: the import was not applied: ${apply.result.message}`);
    const again = [];
    for (let i = 0; i < RUNS; i++) {
      const t = await timed(() => send('dryRun=false'));
      if (t.result.counts.new + t.result.counts.changed > 0) throw new Error(`${label}: the same file again changed rows`);
      again.push(t.ms);
    }
    const rows = preview.rows.length;
    return {
      lab: label, projects: preview.projects.length, rows, 'file kB': Math.round(file.length / 1024),
      'template ms': Math.round(download.ms), 'dry run ms': Math.round(median(dry)), 'apply ms': Math.round(apply.ms), 'same file again ms': Math.round(median(again)),
      new: apply.result.counts.new,
    };
  }

  const period = domain.quarterOfDate(domain.todayIso());
  const [demoLab] = await (await api('/api/labs?range=[0,0]')).json();
  const results = [await bench('demo lab', demoLab.id, period)];

  console.log(`Generating a lab of ${PROJECTS} projects × 8 indicators …`);
  const lab = await post('/api/labs', { name: `Benchlab ${Date.now()}`, city: 'Amsterdam' });
  const [stadsdeel] = await (await api(`/api/dimensions?filter=${encodeURIComponent(JSON.stringify({ labId: lab.id, key: 'stadsdeel' }))}`)).json();
  for (let p = 0; p < PROJECTS; p++) {
    const project = await post('/api/projects', { labId: lab.id, code: `BL-${String(p + 1).padStart(4, '0')}`, title: `Project ${p + 1}`, startDate: '2016-01-01' });
    for (let i = 0; i < 8; i++) {
      const unit = ['count', 'percent', 'score', 'euro'][i % 4];
      await post('/api/indicators', {
        projectId: project.id, name: `Indicator ${i + 1}`, kind: i % 2 ? 'outcome' : 'output', aspect: 'effectiveness', unit, direction: 'increase',
        aggregation: unit === 'count' ? 'sum' : 'latest', baselineValue: 0, targetValue: unit === 'percent' ? 80 : 100,
        ...(i === 0 ? { dimensionIds: [stadsdeel.id] } : {}),
      });
    }
  }
  results.push(await bench(`generated lab`, lab.id, period));
  console.log(`\nImport of a whole lab's quarter (${period}), median of ${RUNS} runs where repeated:`);
  console.table(results);
} finally {
  await app?.close();
  await db.drop();
}
