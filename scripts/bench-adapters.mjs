#!/usr/bin/env node
// node scripts/bench-adapters.mjs [--duration 10 --connections 32 --warmup 2 --source auto|bench|fixture]
//
// Nest on Express against Nest on Fastify, on the product's read workload. Each adapter runs the same small Nest
// application (scripts/lib/adapter-app.mjs: the product's helmet, request id, Cache-Control, CORS, global
// ValidationPipe, exception filter and JSON body limit; SQL through a pg.Pool of 20) in a child process of its
// own, and beside them the same routes on node:http with no framework at all (the least an HTTP answer costs).
// Each endpoint is loaded with autocannon on Express, Fastify, node:http, then again (interleaved, so that a
// drift of the machine falls on all), then the same SQL straight through `pg` at the same concurrency (the
// floor). Prints req/s, p50 and p95 per endpoint and adapter, the app's CPU per request, Fastify ÷ Express, and
// the CPU other processes used meanwhile (a benchmark or test run beside this one disturbs its figures).
// A measurement, not a test: it prints figures and never fails on them.
//
// Data: the benchmark database lab_bench_1000 (npm run bench -- --keep), read only, when it is there, filled and
// no scripts/bench.mjs is running (which drops and re-creates it); otherwise a fixture of 2,000 projects and one
// project's 400 measurements in a database lab_adapters made for the run and dropped after it.
import { fork, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { BODY_LIMIT_BYTES, MEASUREMENTS_SQL, POOL_SIZE, PROJECTS_SQL, helmetHeaders } from './lib/adapter-app.mjs';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    warmup: { type: 'string', default: '2' },
    source: { type: 'string', default: 'auto' },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const warmup = Number(args.warmup);
if (!(duration > 0) || !(connections > 0) || !(warmup >= 0)) throw new Error('--duration and --connections must be positive, --warmup not negative');
if (!['auto', 'bench', 'fixture'].includes(args.source)) throw new Error('--source must be auto, bench or fixture');

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DATABASE = 'lab_bench_1000';
const FIXTURE_DATABASE = 'lab_adapters';
const APP = fileURLToPath(new URL('./lib/adapter-app.mjs', import.meta.url));
const ADAPTERS = [{ key: 'express', name: 'Express' }, { key: 'fastify', name: 'Fastify' }, { key: 'node', name: 'node:http, no Nest' }];
const ROUNDS = 2;
const say = (...a) => console.log(...a);
const databaseUrl = (name) => { const u = new URL(SERVER_URL); u.pathname = `/${name}`; return u.toString(); };

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** Other processes running scripts/bench.mjs (the product's benchmark): their load would fall on these figures. */
function otherBenchmarks() {
  const found = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid)) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (cmd.some((a) => a.endsWith('scripts/bench.mjs'))) found.push(Number(pid));
    } catch { /* gone */ }
  }
  return found;
}

const CLOCK_TICKS = (() => { try { return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100; } catch { return 100; } })();

/** CPU time (user + system, all threads) a process has used so far, in ms. */
function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS; // utime, stime: fields 14 and 15
}

/**
 * Watches the CPU time of every process but this one, the two apps and PostgreSQL's (which serve both runs and the
 * floor), sampled each second: another benchmark or test run beside this one shows as "others CPU %". A process that
 * starts and ends between two samples is missed.
 */
function watchOthers(ours) {
  const last = new Map();
  let total = 0;
  const sample = (count) => {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid) || ours.has(Number(pid))) continue;
      let stat;
      try { stat = readFileSync(`/proc/${pid}/stat`, 'utf8'); } catch { continue; } // gone
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (comm === 'postgres') continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
      // A process first seen after the start began during the watch: all its CPU time counts.
      if (count) total += cpu - (last.get(pid) ?? 0);
      last.set(pid, cpu);
    }
  };
  sample(false);
  const timer = setInterval(() => sample(true), 1000);
  return () => { clearInterval(timer); sample(true); return total; };
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN);

async function benchData(admin) {
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DATABASE])).rowCount > 0;
  if (!exists) return { why: `${BENCH_DATABASE} is absent` };
  const running = otherBenchmarks();
  if (running.length) return { why: `scripts/bench.mjs is running (pid ${running.join(', ')}) and may drop ${BENCH_DATABASE}` };
  const db = new pg.Client({ connectionString: databaseUrl(BENCH_DATABASE) });
  await db.connect();
  try {
    const tables = (await db.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema() AND tablename IN ('projects', 'indicators', 'measurements')")).rows[0].n;
    if (tables < 3) return { why: `${BENCH_DATABASE} has no projects, indicators and measurements tables` };
    const ids = (await db.query('SELECT id FROM projects ORDER BY md5(id::text) LIMIT 25')).rows.map((r) => r.id);
    if (ids.length < 25) return { why: `${BENCH_DATABASE} holds fewer than 25 projects` };
    const [project] = (await db.query(
      `SELECT p.id, (SELECT count(*)::int FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.project_id = p.id) AS n
         FROM projects p ORDER BY p.id OFFSET 17 LIMIT 1`)).rows;
    if (!project?.n) return { why: `${BENCH_DATABASE}'s projects have no measurements` };
    return { name: BENCH_DATABASE, ids, projectId: project.id, measurements: project.n, made: false };
  } finally {
    await db.end();
  }
}

/** The fixture: the product's column sets of projects and measurements, 2,000 projects, one with 400 measurements. */
async function makeFixture(admin) {
  await admin.query(`DROP DATABASE IF EXISTS ${FIXTURE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${FIXTURE_DATABASE}`);
  const db = new pg.Client({ connectionString: databaseUrl(FIXTURE_DATABASE) });
  await db.connect();
  try {
    await db.query(`
      CREATE TABLE projects (
        id serial PRIMARY KEY, version int NOT NULL DEFAULT 1, created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(), lab_id int NOT NULL, code varchar(20) NOT NULL,
        title varchar(300) NOT NULL, summary text, problem text, target_group text, phase text NOT NULL,
        previous_phase text, health text NOT NULL, start_date date, planned_end_date date, budget_cents bigint,
        lead_organisation_id int);
      CREATE TABLE indicators (id serial PRIMARY KEY, project_id int NOT NULL REFERENCES projects, name text NOT NULL);
      CREATE INDEX ON indicators (project_id);
      CREATE TABLE measurements (
        id serial PRIMARY KEY, version int NOT NULL DEFAULT 1, created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(), indicator_id int NOT NULL REFERENCES indicators,
        period char(7) NOT NULL, value numeric(16,4) NOT NULL, note text, evidence_url varchar(1000), status text NOT NULL,
        review_comment text, recorded_by_id int, recorded_at timestamptz NOT NULL DEFAULT now(), submitted_at timestamptz,
        reviewed_by_id int, reviewed_at timestamptz, people_measured int, parts jsonb);
      CREATE INDEX ON measurements (indicator_id);
      INSERT INTO projects (lab_id, code, title, summary, problem, target_group, phase, health, start_date, planned_end_date, budget_cents)
      SELECT 1 + g % 2, 'S1-' || lpad(g::text, 5, '0'), 'Werk en buurt ' || g, 'Experiment met werk in de wijk ' || g,
             'Knelpunt: zorg', 'Amsterdammers ' || g, (ARRAY['scenario','experiment','experiment','rollout','stopped'])[1 + g % 5],
             (ARRAY['on_track','on_track','at_risk','off_track'])[1 + g % 4], DATE '2016-01-01' + (g % 365),
             DATE '2019-12-31' + (g % 365), 100000 * (g % 500)
        FROM generate_series(1, 2000) g;
      INSERT INTO indicators (project_id, name) SELECT 18, 'Indicator ' || k FROM generate_series(1, 10) k;
      INSERT INTO measurements (indicator_id, period, value, status, submitted_at, reviewed_at)
      SELECT i.id, (2016 + q / 4) || '-Q' || (1 + q % 4), 10 + ((i.id * 13 + q * 7) % 80),
             CASE WHEN q >= 36 THEN 'submitted' ELSE 'approved' END, now(), CASE WHEN q >= 36 THEN NULL ELSE now() END
        FROM indicators i CROSS JOIN generate_series(0, 39) q;
      ANALYZE;`);
    const ids = (await db.query('SELECT id FROM projects ORDER BY md5(id::text) LIMIT 25')).rows.map((r) => r.id);
    return { name: FIXTURE_DATABASE, ids, projectId: 18, measurements: 400, made: true };
  } finally {
    await db.end();
  }
}

/** Starts the app on one adapter in a child process; resolves once /api/health answers. */
async function startApp(adapter, dbUrl) {
  const port = await freePort();
  const child = fork(APP, [], {
    env: { ...process.env, ADAPTER: adapter.key, PORT: String(port), DATABASE_URL: dbUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the ${adapter.name} app stopped with code ${child.exitCode}`);
    try { if ((await fetch(`${base}/api/health`)).ok) return { ...adapter, child, base }; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the ${adapter.name} app did not answer within 30 s`);
}

async function stopApp(app) {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = new Promise((r) => app.child.once('exit', r));
  app.child.kill('SIGTERM');
  await exited;
}

/** One autocannon run against `url`; every response time is kept for the percentiles. */
function cannon(url, seconds) {
  return new Promise((ok, fail) => {
    const times = [];
    const instance = autocannon({ url, connections, duration: seconds, timeout: 10 }, (err, result) => {
      if (err) return fail(err);
      ok({ result, times });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** A timed run: the figures of autocannon plus the CPU the app's process used meanwhile. */
async function loadOnce(app, path, ours) {
  const cpu0 = cpuMs(app.child.pid);
  const others = watchOthers(ours);
  const { result, times } = await cannon(`${app.base}${path}`, duration);
  const cpu = cpuMs(app.child.pid) - cpu0;
  return {
    requests: result.requests.total, seconds: duration, times, cpu, othersCpu: others(),
    errors: result.non2xx + result.errors + result.timeouts, rps: result.requests.total / duration,
  };
}

/** The endpoint's SQL straight through a pg.Pool of POOL_SIZE, `connections` callers at once, no HTTP. */
async function floor(dbUrl, sql, params, ours) {
  const pool = new pg.Pool({ connectionString: dbUrl, max: POOL_SIZE });
  const run = async (seconds, times) => {
    const until = Date.now() + seconds * 1000;
    await Promise.all(Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const t = process.hrtime.bigint();
        await pool.query(sql, params);
        times?.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }));
  };
  try {
    if (warmup > 0) await run(warmup, null);
    const times = [];
    const others = watchOthers(ours);
    await run(duration, times);
    const othersShare = others() / (duration * 1000);
    times.sort((a, b) => a - b);
    return { rps: times.length / duration, p50: percentile(times, 0.5), p95: percentile(times, 0.95), othersShare };
  } finally {
    await pool.end();
  }
}

/** Asks each endpoint once of each adapter: status, size, and whether the bodies and header sets agree. */
async function compareAnswers(apps, endpoints) {
  const notes = [];
  const ignored = new Set(['date', 'x-request-id', 'connection', 'keep-alive', 'etag']);
  for (const e of endpoints) {
    const answers = [];
    for (const app of apps) {
      const res = await fetch(`${app.base}${e.path}`);
      const text = await res.text();
      answers.push({ app, status: res.status, text, headers: [...res.headers.keys()].filter((h) => !ignored.has(h)).sort() });
    }
    const [a, ...others] = answers;
    const sizes = answers.map((x) => `${x.app.name} ${x.status}, ${(Buffer.byteLength(x.text) / 1024).toFixed(1)} kB`).join('; ');
    const against = others.map((b) => {
      const onlyA = a.headers.filter((h) => !b.headers.includes(h));
      const onlyB = b.headers.filter((h) => !a.headers.includes(h));
      return `${b.app.name}: body ${a.text === b.text ? 'identical' : 'DIFFERS'}, headers ${
        onlyA.length || onlyB.length ? `only on ${a.app.name}: [${onlyA.join(', ')}], only on ${b.app.name}: [${onlyB.join(', ')}]` : 'the same set'}`;
    });
    notes.push(`  ${e.name}: ${sizes}; against ${a.app.name}, ${against.join('; ')}`);
  }
  return notes;
}

/** Sums the runs of one adapter on one endpoint. */
function combine(runs) {
  const times = runs.flatMap((r) => r.times).sort((x, y) => x - y);
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const cpu = runs.reduce((n, r) => n + r.cpu, 0);
  return {
    rps: requests / seconds, p50: percentile(times, 0.5), p95: percentile(times, 0.95),
    cpuPerRequest: requests ? cpu / requests : NaN, cpuShare: cpu / (seconds * 1000), errors: runs.reduce((n, r) => n + r.errors, 0),
    othersShare: Math.max(...runs.map((r) => r.othersCpu / (r.seconds * 1000))),
    runs: runs.map((r) => Math.round(r.rps)),
  };
}

const r2 = (n) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : '—');
const r3 = (n) => (Number.isFinite(n) ? Math.round(n * 1000) / 1000 : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b ? `${(a / b).toFixed(2)}×` : '—');

async function main() {
  const others = otherBenchmarks();
  if (others.length) say(`Note: scripts/bench.mjs is running (pid ${others.join(', ')}): it loads the same CPUs and PostgreSQL, and these figures with it.`);
  const loadAtStart = loadavg()[0];
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  let data;
  let fixture = false;
  const apps = [];
  try {
    const bench = args.source === 'fixture' ? { why: '--source fixture' } : await benchData(admin);
    if (args.source === 'bench' && !bench.name) throw new Error(`--source bench, but ${bench.why}`);
    if (bench.name) data = bench;
    else {
      say(`Data: a fixture in ${FIXTURE_DATABASE} (${bench.why}) …`);
      fixture = true;
      data = await makeFixture(admin);
    }
    const dbUrl = databaseUrl(data.name);
    say(`Data: ${data.name}${data.made ? ' (fixture: 2,000 projects, dropped at the end)' : ' (read only)'}; getMany asks 25 projects, measurements project ${data.projectId} (${data.measurements} rows).`);

    const endpoints = [
      { key: 'health', name: 'GET /api/health', path: '/api/health' },
      { key: 'getMany', name: 'GET /api/projects?ids= (25 by id)', path: `/api/projects?ids=${data.ids.join(',')}`, sql: PROJECTS_SQL, params: [data.ids] },
      { key: 'measurements', name: `GET /api/measurements?project= (${data.measurements} rows)`, path: `/api/measurements?project=${data.projectId}`, sql: MEASUREMENTS_SQL, params: [data.projectId] },
    ];
    for (const adapter of ADAPTERS) apps.push(await startApp(adapter, dbUrl));
    const ours = new Set([process.pid, ...apps.map((a) => a.child.pid)]);
    say('Answers, one request each:');
    for (const line of await compareAnswers(apps, endpoints)) say(line);

    const results = [];
    for (const e of endpoints) {
      say(`Loading ${e.name}: ${warmup} s warm-up each, then ${ROUNDS} × ${duration} s per adapter, interleaved …`);
      for (const app of apps) if (warmup > 0) await cannon(`${app.base}${e.path}`, warmup);
      const runs = Object.fromEntries(apps.map((a) => [a.key, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const app of apps) runs[app.key].push(await loadOnce(app, e.path, ours));
      }
      const f = e.sql ? await floor(dbUrl, e.sql, e.params, ours) : null;
      results.push({ e, combined: Object.fromEntries(apps.map((a) => [a.key, combine(runs[a.key])])), floor: f });
    }

    const rows = [];
    for (const { e, combined, floor: f } of results) {
      const { express, fastify } = combined;
      for (const app of apps) {
        const [name, r] = [app.name, combined[app.key]];
        rows.push({
          endpoint: e.name, variant: name, 'req/s': Math.round(r.rps), 'p50 ms': r2(r.p50), 'p95 ms': r2(r.p95),
          'app CPU ms/req': r3(r.cpuPerRequest), 'app CPU %': Math.round(r.cpuShare * 100), 'others CPU %': Math.round(r.othersShare * 100), errors: r.errors,
          'req/s per run': r.runs.join(' / '), 'of floor': f ? `${Math.round((r.rps / f.rps) * 100)}%` : '—',
        });
      }
      rows.push({
        endpoint: e.name, variant: 'Fastify ÷ Express', 'req/s': ratio(fastify.rps, express.rps), 'p50 ms': ratio(fastify.p50, express.p50),
        'p95 ms': ratio(fastify.p95, express.p95), 'app CPU ms/req': ratio(fastify.cpuPerRequest, express.cpuPerRequest),
        'app CPU %': '', 'others CPU %': '', errors: '', 'req/s per run': '', 'of floor': '',
      });
      if (f) {
        rows.push({
          endpoint: e.name, variant: 'pg floor', 'req/s': Math.round(f.rps), 'p50 ms': r2(f.p50), 'p95 ms': r2(f.p95),
          'app CPU ms/req': '', 'app CPU %': '', 'others CPU %': Math.round(f.othersShare * 100), errors: '', 'req/s per run': '', 'of floor': '100%',
        });
      }
    }
    say(`\n${connections} connections; per variant and endpoint ${ROUNDS} runs of ${duration} s (${[...apps, ...apps].map((a) => a.name).join(', ')}) after a ${warmup} s warm-up; ${data.name}.`);
    console.table(rows);
    say('Columns:');
    say('  req/s            answers per second over both runs; "req/s per run" the two runs apart (their spread is the noise)');
    say('  p50 / p95 ms     response time percentiles over every answer autocannon saw in both runs');
    say('  app CPU ms/req   CPU time (user + system, all threads) of the app\'s process per answer, from /proc: the cost an adapter adds');
    say('  app CPU %        that process\'s CPU use over the runs (100% = one core busy)');
    say('  others CPU %     CPU use of every other process but PostgreSQL\'s, in the worse of the two runs (sampled each second):');
    say('                   more than a few % means something ran beside this measurement and its figures are disturbed');
    say('  Fastify ÷ Express  the ratio of each column: above 1× for req/s, below 1× for latency and CPU favour Fastify');
    say(`  pg floor         the endpoint's SQL straight through a pg.Pool of ${POOL_SIZE}, ${connections} callers, no HTTP, rows parsed but not serialised`);
    say('  of floor         req/s as a share of the floor\'s');
    say('  node:http, no Nest  the same routes, SQL, headers and JSON.stringify on node:http alone: what any HTTP answer costs here');
    say(`Both apps: Nest, a request id in AsyncLocalStorage, CORS, a global ValidationPipe (class-validator on the query DTO), an exception filter, a ${BODY_LIMIT_BYTES / 1024} kB JSON body limit.`);
    say(`  Express: helmet() as middleware, Cache-Control by app.use('/api'), as configure-app.ts. Fastify: @fastify/helmet is not installed, so helmet's own`);
    say(`  ${Object.keys(helmetHeaders()).length} headers and Cache-Control are set in an onSend hook, the request id in an onRequest hook.`);
    say(`  The load generator (autocannon) runs in this process, on the same ${readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length} CPU(s) as the app and PostgreSQL.`);
    say(`  Load average (1 min) before the run ${loadAtStart.toFixed(2)}, after it ${loadavg()[0].toFixed(2)}; other processes' CPU use falls on these figures.`);
  } finally {
    for (const app of apps) await stopApp(app);
    if (fixture) await admin.query(`DROP DATABASE IF EXISTS ${FIXTURE_DATABASE} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  // Reported, not thrown: the measurement never fails on its figures, only when it cannot run at all.
  console.error(`bench-adapters could not run: ${error.message}`);
  process.exitCode = 1;
});
