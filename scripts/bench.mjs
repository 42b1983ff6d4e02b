#!/usr/bin/env node
// npm run bench [-- --scale 1,5 --duration 10 --connections 32 --warm 2 --keep --reuse --database lab_bench]
//
// Per scale (a comma list; scale 1: 2,000 projects, 20,000 indicators, 800,000 measurements, 40,000
// milestones), generates a synthetic data set, starts the built API on it, and loads each endpoint with
// autocannon. Beside each endpoint it runs the same work straight through `pg` at the same concurrency (the
// floor), and the same SQL answered over node:http with nothing else (the HTTP floor, scripts/lib/http-floor.mjs),
// and prints the ratios, then the API's peak memory. With several scales it prints one table beside
// another: p95 at each scale and how it grows. A measurement, not a test: it prints figures and never fails
// on them.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEFAULT_SCALE, generate } from './lib/synthetic-data.mjs';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    keep: { type: 'boolean', default: false },
    // Seconds each endpoint (and its floor) is asked before it is measured: caches, JIT and plans warmed.
    warm: { type: 'string', default: '2' },
    // Measure on a database an earlier run kept (--keep) instead of generating it again.
    reuse: { type: 'boolean', default: false },
    // The bench's databases are <database>_<scale × 1000>; only names under lab_bench are made or dropped.
    database: { type: 'string', default: 'lab_bench' },
  },
});
const scaleFactors = args.scale.split(',').map((s) => Number(s.trim()));
if (!scaleFactors.length || scaleFactors.some((s) => !Number.isFinite(s) || s <= 0)) {
  throw new Error(`--scale must be one or more positive numbers separated by commas, not "${args.scale}"`);
}
if (!/^lab_bench[a-z0-9_]*$/.test(args.database)) throw new Error('--database must start with lab_bench (lower case, digits, _)');
const duration = Number(args.duration);
const warmS = Number(args.warm);
const connections = Number(args.connections);
const scaleOf = (factor) => ({
  ...DEFAULT_SCALE,
  projectsPerLab: Math.max(1, Math.round(DEFAULT_SCALE.projectsPerLab * factor)),
});
/** The heap limit docker/Dockerfile and `npm start` give the API. */
const HEAP_LIMIT_MB = 256;
// As `npm start` and docker/ run the API: V8's young generation capped at 16 MB a semi-space (its default
// on Node 24 grew the API's resident memory by some 100 MB under load, for no gain in throughput).
const SEMI_SPACE_MB = 16;
/** Connections asking the PDF at once in the "PDF under load" row; /api/health is timed beside them. */
const PDF_CONNECTIONS = 4;
const HEALTH_EVERY_MS = 20;
const HEALTH_TIMEOUT_MS = 10_000;
/** A PDF of a big lab takes seconds to render: its row runs at least this long, each request up to PDF_TIMEOUT_S. */
const PDF_MIN_DURATION_S = 30;
const PDF_TIMEOUT_S = 120;
const require = createRequire(import.meta.url);
const DIST = resolve('dist/api/apps/api/src');
const ADMIN = { email: 'bench@example.org', password: 'bench-password-123' };
const say = (...a) => console.log(...a);

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

async function postgres() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    return { adminUrl: url.toString(), stop: async () => {} };
  }
  const { startEmbeddedPostgres } = require(`${DIST}/database/embedded.js`);
  say('Starting an embedded PostgreSQL for the benchmark (.data/bench) …');
  return startEmbeddedPostgres({ dataDir: resolve('.data/bench'), port: await freePort(), database: 'postgres' });
}

async function startApi(databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, `${DIST}/main.js`], {
    env: {
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password,
      ADMIN_DIST_DIR: resolve('dist/apps/admin'),
      // One address stands in for a city's users: the limit stays on, so its cost is measured, but high.
      RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`The API stopped with code ${child.exitCode}`);
    try { if ((await fetch(`${base}/api/health`)).ok) return { child, base }; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The API did not become healthy within 60 s');
}

/**
 * Starts a process's peak resident memory (VmHWM) afresh from its present size (Linux's clear_refs), so
 * that a peak read later is of what came after. False where that is not allowed.
 */
function resetPeakMemory(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak resident memory of a process (VmHWM), in MB. */
function peakMemoryMb(pid) {
  let status;
  try { status = readFileSync(`/proc/${pid}/status`, 'utf8'); } catch { return null; } // it has exited
  const line = status.split('\n').find((l) => l.startsWith('VmHWM'));
  return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : null;
}

/** Latency percentile of sorted milliseconds. */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** autocannon's summary has no p95: every response time is kept and the percentiles computed here. */
function cannon(base, token, requests, { connections: c = connections, duration: d = duration, timeout = 10 } = {}) {
  return new Promise((ok, fail) => {
    const times = [];
    const instance = autocannon({
      url: base, connections: c, duration: d, timeout, headers: { authorization: `Bearer ${token}` }, requests,
    }, (err, result) => {
      if (err) return fail(err);
      times.sort((a, b) => a - b);
      ok({ ...result, p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99) });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/**
 * The HTTP floor (scripts/lib/http-floor.mjs) in a child process: `routes` maps a path to the queries whose
 * first rows it answers, over node:http alone. Resolves once it answers.
 */
async function startHttpFloor(databaseUrl, routes) {
  const port = await freePort();
  const child = spawn(process.execPath, [`--max-semi-space-size=${SEMI_SPACE_MB}`, resolve('scripts/lib/http-floor.mjs')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), ROUTES: JSON.stringify(routes) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the HTTP floor stopped with code ${child.exitCode}`);
    try { if ((await fetch(`${base}/health`)).ok) return { child, base }; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the HTTP floor did not answer within 30 s');
}

/** Loads the HTTP floor like the API, then waits until it has answered every request it was sent. */
async function httpFloorLoad(httpFloor, token, requests, seconds) {
  const result = await cannon(httpFloor.base, token, requests, { duration: seconds });
  await fetch(`${httpFloor.base}/drained`);
  return result;
}

/** Runs the queries, one after another, in a loop on `connections` clients for `duration` seconds; latencies per iteration. */
async function floor(databaseUrl, queries, seconds = duration) {
  const work = async (c) => { for (const [sql, params] of queries) await c.query(sql, params); };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const latencies = [];
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    const client = await pool.connect();
    try {
      while (Date.now() < until) {
        const t = process.hrtime.bigint();
        await work(client);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    } finally { client.release(); }
  }));
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) };
}

/** Times /api/health one request after another (HEALTH_EVERY_MS apart) until `done` resolves. */
async function probeHealth(base, done) {
  const times = [];
  let failed = 0;
  let over = false;
  done.then(() => { over = true; }, () => { over = true; });
  while (!over) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
      await res.arrayBuffer();
      if (!res.ok) failed++;
    } catch {
      failed++; // no answer (or none in time): its wait still counts in the latencies
    }
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, HEALTH_EVERY_MS));
  }
  times.sort((a, b) => a - b);
  return { n: times.length, failed, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1) };
}

/** Generates the data set of one scale, loads every endpoint on a fresh API, and returns the figures. */
async function runScale(server, factor) {
  const scale = scaleOf(factor);
  const name = `${args.database}_${Math.round(factor * 1000)}`;
  const adminClient = new pg.Client({ connectionString: server.adminUrl });
  await adminClient.connect();
  const reused = args.reuse && (await adminClient.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0;
  if (!reused) {
    await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminClient.query(`CREATE DATABASE ${name}`);
  }
  const dbUrl = new URL(server.adminUrl);
  dbUrl.pathname = `/${name}`;
  const databaseUrl = dbUrl.toString();

  let api;
  let httpFloor;
  try {
    say(`\n== Scale ${factor} (database ${name}) ==`);
    api = await startApi(databaseUrl); // migrates the empty database
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const t = Date.now();
    const counts = {
      projects: scale.labs * scale.projectsPerLab,
      measurements: scale.labs * scale.projectsPerLab * scale.indicatorsPerProject * scale.quarters,
    };
    let labId;
    let generationS = null;
    if (reused) {
      [{ labId }] = (await db.query('SELECT min(id) AS "labId" FROM labs')).rows;
      say(`Measuring on the kept data of an earlier run (${name}) …`);
    } else {
      say(`Generating ${counts.projects} projects, ${counts.measurements} measurements …`);
      [labId] = await generate(db, scale, (line) => say(`  ${line}`), { deferIndexes: true });
      generationS = (Date.now() - t) / 1000;
      say(`  generated in ${generationS.toFixed(1)} s (indexes built after the load, then ANALYZE)`);
      // As autovacuum leaves a table in use: its visibility map set, so that an index-only scan reads no
      // heap (the overdue milestones' count took 135 ms before, 21 ms after, on 200,000 milestones).
      const v = Date.now();
      await db.query('VACUUM (ANALYZE) projects, indicators, measurements, milestones, status_updates');
      say(`  vacuumed in ${((Date.now() - v) / 1000).toFixed(1)} s`);
    }
    const [{ id: projectId }] = (await db.query('SELECT id FROM projects WHERE lab_id = $1 ORDER BY id OFFSET 17 LIMIT 1', [labId])).rows;
    const [{ q: quarter }] = (await db.query('SELECT max(period) AS q FROM measurements')).rows;
    // react-admin's getMany: the records a page references, here 25 of the lab's projects spread over it.
    const manyIds = (await db.query('SELECT id FROM projects WHERE lab_id = $1 ORDER BY md5(id::text) LIMIT 25', [labId])).rows.map((r) => r.id);
    await db.end();

    const login = await fetch(`${api.base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN),
    });
    const { token } = await login.json();
    // A sign-in's argon2id takes 64 MiB for each password it checks, given back at once: that peak is read
    // here, and the lists' and reads' peak from this moment on.
    const signInPeakMb = peakMemoryMb(api.child.pid);
    const peakReset = resetPeakMemory(api.child.pid);

    // The floors send the SQL the API sends for the same request (read off PostgreSQL's statement log).
    const projectColumns = `r.*, ARRAY(SELECT l.theme_id FROM project_themes l WHERE l.project_id = r.id ORDER BY l.theme_id) AS "themeIds",
      ARRAY(SELECT l.district_id FROM project_districts l WHERE l.project_id = r.id ORDER BY l.district_id) AS "districtIds"`;
    const search = "r.phase = 'experiment' AND r.search_text LIKE lower($1) ESCAPE '\\'";
    const report = `/api/reports/quarterly?lab=${labId}&quarter=${quarter}`;
    // Each request's floor: its queries as [sql, params], run in turn (the pg floor runs a whole iteration's).
    const tabsFloor = [
      ['SELECT * FROM projects WHERE id = $1', [projectId]],
      ['SELECT * FROM memberships WHERE project_id = $1', [projectId]],
      ['SELECT * FROM milestones WHERE project_id = $1 ORDER BY due_date LIMIT 100', [projectId]],
      ['SELECT * FROM indicators WHERE project_id = $1 LIMIT 100', [projectId]],
      ['SELECT m.* FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.project_id = $1 ORDER BY m.period DESC LIMIT 500', [projectId]],
      ['SELECT * FROM status_updates WHERE project_id = $1 ORDER BY period DESC LIMIT 100', [projectId]],
    ];
    const overdue = "status IN ('planned', 'in_progress') AND due_date < CURRENT_DATE";
    const endpoints = [
      {
        key: 'projects', name: 'projects: filter + sort + search',
        requests: [{
          path: `/api/projects?filter=${encodeURIComponent('{"q":"werk","phase":"experiment"}')}&sort=${encodeURIComponent('["title","ASC"]')}&range=[0,24]`,
          floor: [
            [`SELECT ${projectColumns} FROM projects r WHERE ${search} ORDER BY r.title, r.id LIMIT 25`, ['%werk%']],
            [`SELECT count(*) FROM projects r WHERE ${search}`, ['%werk%']],
          ],
        }],
      },
      {
        key: 'getMany', name: 'getMany: 25 projects by id',
        requests: [{
          path: `/api/projects?filter=${encodeURIComponent(JSON.stringify({ id: manyIds }))}`,
          floor: [[`SELECT ${projectColumns} FROM projects r WHERE r.id = ANY($1) ORDER BY r.code, r.id LIMIT 1001`, [manyIds]]],
        }],
      },
      {
        key: 'milestones', name: 'milestones: overdue',
        requests: [{
          path: `/api/milestones?filter=${encodeURIComponent('{"overdue":true}')}&sort=${encodeURIComponent('["dueDate","ASC"]')}&range=[0,24]`,
          floor: [[`SELECT * FROM milestones WHERE ${overdue} ORDER BY due_date, id LIMIT 25`, []], [`SELECT count(*) FROM milestones WHERE ${overdue}`, []]],
        }],
      },
      {
        key: 'tabs', name: 'one project with its tabs (6 requests)',
        requests: [
          `/api/projects/${projectId}`,
          `/api/memberships?filter={"projectId":${projectId}}`,
          `/api/milestones?filter={"projectId":${projectId}}&range=[0,99]`,
          `/api/indicators?filter={"projectId":${projectId}}&range=[0,99]`,
          `/api/measurements?filter={"projectId":${projectId}}&range=[0,499]`,
          `/api/status-updates?filter={"projectId":${projectId}}&range=[0,99]`,
        ].map((path, i) => ({ path: encodeURI(path), floor: [tabsFloor[i]] })),
        perIteration: 6,
      },
      {
        // The API keeps these figures; the floor computes them each time (seconds a request at scale 5), and
        // 32 HTTP callers of that would only queue: no HTTP floor here.
        key: 'dashboard', name: 'home dashboard aggregates', httpFloor: false,
        requests: [{
          path: `/api/dashboard?lab=${labId}`,
          floor: [
            ['SELECT p.phase, p.health, count(*) FROM projects p WHERE p.lab_id = $1 GROUP BY 1, 2', [labId]],
            [`SELECT m.id FROM milestones m JOIN projects p ON p.id = m.project_id
               WHERE p.lab_id = $1 AND m.status IN ('planned', 'in_progress') AND m.due_date <= CURRENT_DATE + 30`, [labId]],
            [`SELECT i.id, array_agg(m.value ORDER BY m.period) FROM indicators i JOIN projects p ON p.id = i.project_id
                JOIN measurements m ON m.indicator_id = i.id AND m.status = 'approved'
               WHERE p.lab_id = $1 AND p.phase IN ('experiment', 'rollout') AND i.target_value IS NOT NULL GROUP BY i.id`, [labId]],
          ],
        }],
      },
      {
        key: 'evidence', name: 'wat werkt: comparison, 3 shared definitions', perLab: true,
        requests: [{ path: `/api/evidence?lab=${labId}&quarter=${quarter}` }],
      },
      {
        key: 'report', name: 'quarterly report (JSON)', perLab: true,
        requests: [{ path: report }],
      },
      {
        key: 'pdf', name: `quarterly report PDF, ${PDF_CONNECTIONS} connections`, perLab: true,
        requests: [{ path: `${report}&format=pdf` }],
        connections: PDF_CONNECTIONS, duration: Math.max(duration, PDF_MIN_DURATION_S), timeout: PDF_TIMEOUT_S,
        withHealth: true,
      },
    ];
    for (const e of endpoints) {
      e.floor = e.requests.some((r) => r.floor) ? e.requests.flatMap((r) => r.floor ?? []) : null;
      e.floorRequests = e.requests.map((_r, i) => ({ path: `/floor/${e.key}/${i}` }));
    }
    httpFloor = await startHttpFloor(databaseUrl, Object.fromEntries(endpoints.filter((e) => e.floor)
      .flatMap((e) => e.requests.map((r, i) => [e.floorRequests[i].path, r.floor ?? []]))));

    const results = [];
    let health = null;
    // Read after each endpoint: if the API stops, its last reading is still there to print.
    let peakMb = peakMemoryMb(api.child.pid);
    // The report is kept until the data changes: its first request pays the whole computation. Asked after
    // the lists and reads, so that their peak memory is read before any report is computed.
    const cold = {};
    let listsPeakMb = null;
    for (const e of endpoints) {
      if (e.perLab && listsPeakMb === null) {
        listsPeakMb = peakMb;
        for (const format of ['json', 'pdf', 'xlsx']) {
          const t0 = performance.now();
          const res = await fetch(`${api.base}${report}&format=${format}`, { headers: { authorization: `Bearer ${token}` } });
          const bytes = (await res.arrayBuffer()).byteLength;
          // A failing format is a figure too (and its row under load shows the same errors): the run goes on.
          cold[format] = { ms: Math.round(performance.now() - t0), kB: Math.round(bytes / 1024), status: res.status };
        }
      }
      say(`Loading: ${e.name} …`);
      // Warmed first, API and floor alike; the PDF row warms in its own cold request above.
      if (warmS > 0 && !e.withHealth) {
        await cannon(api.base, token, e.requests, { connections: e.connections, duration: warmS, timeout: e.timeout });
        if (e.floor) await floor(databaseUrl, e.floor, warmS);
        if (e.floor && e.httpFloor !== false) await httpFloorLoad(httpFloor, token, e.floorRequests, warmS);
      }
      const load = cannon(api.base, token, e.requests, { connections: e.connections, duration: e.duration, timeout: e.timeout });
      if (e.withHealth) health = await probeHealth(api.base, load);
      const r = await load;
      const f = e.floor ? await floor(databaseUrl, e.floor) : null;
      const perIteration = e.perIteration ?? 1;
      const h = e.floor && e.httpFloor !== false ? await httpFloorLoad(httpFloor, token, e.floorRequests, duration) : null;
      results.push({
        key: e.key, name: e.perLab ? `${e.name} (${scale.projectsPerLab} projects)` : e.name, label: e.name, rps: r.requests.average / perIteration, p50: r.p50, p95: r.p95, p99: r.p99,
        errors: r.non2xx + r.errors, floor: f, answered: r.requests.total, seconds: e.duration ?? duration,
        httpFloor: h && { rps: h.requests.average / perIteration, p95: h.p95, errors: h.non2xx + h.errors },
      });
      if (api.child.exitCode !== null || api.child.signalCode !== null) {
        throw new Error(`the API stopped (${api.child.signalCode ?? `code ${api.child.exitCode}`}) during "${e.name}"; its peak memory (VmHWM) last read: ${peakMb} MB`);
      }
      peakMb = peakMemoryMb(api.child.pid) ?? peakMb;
    }
    return { factor, scale, counts, generationS, results, cold, health, peakMb, listsPeakMb, signInPeakMb, peakReset };
  } finally {
    // A child that has already exited sends no 'exit' again: waiting for it would never end.
    for (const child of [api?.child, httpFloor?.child]) {
      if (!child || child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    if (!args.keep) await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminClient.end();
  }
}

const rps = (n) => Math.round(n * 10) / 10;
const share = (r) => (r.floor ? `${Math.round((r.rps / r.floor.rps) * 100)}%` : '—');
const httpShare = (r) => (r.httpFloor ? `${Math.round((r.rps / r.httpFloor.rps) * 100)}%` : '—');
const httpFloorRps = (r) => (r.httpFloor ? `${rps(r.httpFloor.rps)}${r.httpFloor.errors ? ` (${r.httpFloor.errors} errors)` : ''}` : '—');

function printLegend(several) {
  say('\nColumns:');
  say('  API req/s      requests per second the API answered under autocannon (an iteration of all six for "one project with its tabs")');
  say('  API p50/p95/p99 ms  response time percentiles of single API requests, from every response autocannon saw');
  say('  errors         non-2xx answers plus socket errors and timeouts');
  say('  floor req/s    the same SQL straight through `pg` at the same concurrency, run right after the API (— : no floor)');
  say('  floor p95 ms   95th percentile of one floor iteration (all its queries)');
  say('  API/floor      API req/s as a share of floor req/s: 100% is as fast as the database alone');
  say('  HTTP floor     the same SQL answered over node:http with nothing else (no framework, sign-in, validation; the first');
  say('                 query\'s rows as JSON.stringify writes them), loaded like the API right after the floor: what any HTTP');
  say('                 answer of these rows costs on this machine. API/HTTP floor: what the product keeps of that');
  if (several) say(`  p95 ×          p95 at the last scale of the list divided by p95 at the first: 1.0 is a cost that stays flat as the lab grows`);
  say(`  @N             at scale N (scale 1 = 2,000 projects, 800,000 measurements; scale 5 = 10,000, 4 million)`);
  say(`  PDF row        ${PDF_CONNECTIONS} connections ask the PDF of the lab's last quarter for max(duration, ${PDF_MIN_DURATION_S}) s (requests time out after ${PDF_TIMEOUT_S} s);`);
  say('                 the report is kept while the data stands still, recomputed once behind the served one after 30 s (a new');
  say('                 PDF to render) and then kept: the row mixes kept files with at most one render. /api/health is timed beside it');
  say(`  warm-up        each endpoint, and its floor, is asked for ${warmS} s before it is measured; those answers are not counted`);
  say(`  (N projects)   the size of the lab these per-lab rows compute over (half the scale's projects)`);
}

function printScaleNotes(run) {
  const { scale, factor } = run;
  say(`Scale ${factor}: ${scale.labs} labs × ${scale.projectsPerLab} projects, ${scale.indicatorsPerProject} indicators each, ${scale.quarters} quarters, ${scale.milestonesPerProject} milestones each (${run.counts.projects} projects, ${run.counts.measurements} measurements); ${run.generationS === null ? 'data kept from an earlier run' : `data generated in ${run.generationS.toFixed(1)} s`}.`);
  say(`  Quarterly report of ${scale.projectsPerLab} projects, first request (computed, not yet kept): ${
    Object.entries(run.cold).map(([f, c]) => `${f.toUpperCase()} ${c.ms} ms (${c.status === 200 ? `${c.kB} kB` : `answered ${c.status}`})`).join(', ')}.`);
  const h = run.health;
  const pdf = run.results.find((r) => r.key === 'pdf');
  if (pdf) say(`  PDF under load: ${pdf.answered} answers in ${pdf.seconds} s to ${PDF_CONNECTIONS} connections, ${pdf.errors} of them errors.`);
  if (h) say(`  /api/health while ${PDF_CONNECTIONS} connections ask the PDF: p50 ${round(h.p50)} ms, p95 ${round(h.p95)} ms, max ${round(h.max)} ms (${h.n} requests, one each ${HEALTH_EVERY_MS} ms after the last; ${h.failed} without a 200 within ${HEALTH_TIMEOUT_MS / 1000} s).`);
  say(`  API peak memory (VmHWM, the whole process: main heap, render worker threads, buffers): ${run.listsPeakMb} MB through the lists and reads, ${run.peakMb} MB with the report rows${run.peakReset ? ` (both after the sign-in, which peaked at ${run.signInPeakMb} MB)` : ', the sign-in included'}; the main thread's heap limit is --max-old-space-size=${HEAP_LIMIT_MB}, --max-semi-space-size=${SEMI_SPACE_MB} (MB).`);
}

async function main() {
  if (!existsSync(`${DIST}/main.js`) || process.env.BENCH_BUILD !== 'false') {
    say('Building the API …');
    execFileSync('npx', ['nest', 'build', 'api'], { stdio: 'inherit' });
  }
  const server = await postgres();
  const runs = [];
  const failed = [];
  try {
    for (const factor of scaleFactors) {
      try {
        runs.push(await runScale(server, factor));
      } catch (error) {
        // One scale failing (the API stopping at a bigger one, say) still leaves the others' figures to print.
        say(`Scale ${factor} failed: ${error.message}`);
        failed.push(`${factor}: ${error.message}`);
      }
    }
  } finally {
    await server.stop();
  }
  if (!runs.length) throw new Error(`every scale failed (${failed.join('; ')})`);

  say(`\n${connections} connections (the PDF row: ${PDF_CONNECTIONS}), ${duration} s per endpoint; API and floor interleaved, endpoint by endpoint.`);
  say('"one project with its tabs" counts one iteration of all six requests as one; its latencies are per request.');
  if (runs.length === 1) {
    const [run] = runs;
    console.table(run.results.map((r) => ({
      endpoint: r.name,
      'API req/s': rps(r.rps),
      'API p50 ms': round(r.p50),
      'API p95 ms': round(r.p95),
      'API p99 ms': round(r.p99),
      'errors': r.errors,
      'floor req/s': r.floor ? rps(r.floor.rps) : '—',
      'floor p95 ms': r.floor ? round(r.floor.p95) : '—',
      'API/floor': share(r),
      'HTTP floor req/s': httpFloorRps(r),
      'HTTP floor p95 ms': r.httpFloor ? round(r.httpFloor.p95) : '—',
      'API/HTTP floor': httpShare(r),
    })));
    printScaleNotes(run);
  } else {
    const first = runs[0];
    const last = runs.at(-1);
    const at = (run) => `@${run.factor}`;
    console.table(first.results.map((r0, i) => {
      const row = { endpoint: r0.label };
      const of = (run) => run.results[i];
      for (const run of runs) row[`API req/s ${at(run)}`] = rps(of(run).rps);
      for (const run of runs) row[`p95 ms ${at(run)}`] = round(of(run).p95);
      row[`p95 × ${last.factor}/${first.factor}`] = Math.round((of(last).p95 / of(first).p95) * 100) / 100;
      for (const run of runs) row[`errors ${at(run)}`] = of(run).errors;
      for (const run of runs) row[`floor req/s ${at(run)}`] = of(run).floor ? rps(of(run).floor.rps) : '—';
      for (const run of runs) row[`floor p95 ${at(run)}`] = of(run).floor ? round(of(run).floor.p95) : '—';
      for (const run of runs) row[`API/floor ${at(run)}`] = share(of(run));
      for (const run of runs) row[`HTTP floor req/s ${at(run)}`] = httpFloorRps(of(run));
      for (const run of runs) row[`API/HTTP floor ${at(run)}`] = httpShare(of(run));
      return row;
    }));
    for (const run of runs) printScaleNotes(run);
  }
  printLegend(runs.length > 1);
  if (failed.length) {
    say(`\nFailed scales: ${failed.join('; ')}`);
    process.exitCode = 1;
  }
}

const round = (ms) => Math.round(ms * 10) / 10;

main().catch((error) => {
  console.error(`Benchmark failed: ${error.message}`);
  process.exit(1);
});
