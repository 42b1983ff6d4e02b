#!/usr/bin/env node
// npm run bench [-- --scale 0.1 --duration 10 --connections 32 --keep]
//
// Generates a synthetic data set (default: 2,000 projects, 20,000 indicators, 800,000 measurements,
// 40,000 milestones), starts the built API on it, and loads each endpoint with autocannon. Beside each
// endpoint it runs the same work straight through `pg` at the same concurrency (the floor) and prints the
// ratio, then the API's peak memory. A measurement, not a test: it prints figures and never fails on them.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
  },
});
const scaleFactor = Number(args.scale);
const duration = Number(args.duration);
const connections = Number(args.connections);
const scale = {
  ...DEFAULT_SCALE,
  projectsPerLab: Math.max(1, Math.round(DEFAULT_SCALE.projectsPerLab * scaleFactor)),
};
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
  // With the heap limit docker/Dockerfile and `npm start` give it.
  const child = spawn(process.execPath, ['--max-old-space-size=256', `${DIST}/main.js`], {
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

/** Peak resident memory of a process (VmHWM), in MB. */
function peakMemoryMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM'));
  return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : null;
}

/** Latency percentile of sorted milliseconds. */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** autocannon's summary has no p95: every response time is kept and the percentiles computed here. */
function cannon(base, token, requests) {
  return new Promise((ok, fail) => {
    const times = [];
    const instance = autocannon({
      url: base, connections, duration, headers: { authorization: `Bearer ${token}` }, requests,
    }, (err, result) => {
      if (err) return fail(err);
      times.sort((a, b) => a - b);
      ok({ ...result, p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99) });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** Runs `work(client)` in a loop on `connections` clients for `duration` seconds; latencies per call. */
async function floor(databaseUrl, work) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const latencies = [];
  const until = Date.now() + duration * 1000;
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
  return { rps: latencies.length / duration, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) };
}

async function main() {
  if (!existsSync(`${DIST}/main.js`) || process.env.BENCH_BUILD !== 'false') {
    say('Building the API …');
    execFileSync('npx', ['nest', 'build', 'api'], { stdio: 'inherit' });
  }
  const server = await postgres();
  const name = `lab_bench_${Math.round(scaleFactor * 1000)}`;
  const adminClient = new pg.Client({ connectionString: server.adminUrl });
  await adminClient.connect();
  await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminClient.query(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(server.adminUrl);
  dbUrl.pathname = `/${name}`;
  const databaseUrl = dbUrl.toString();

  let api;
  try {
    api = await startApi(databaseUrl); // migrates the empty database
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    let t = Date.now();
    say(`Generating ${scale.labs * scale.projectsPerLab} projects …`);
    const [labId] = await generate(db, scale, (line) => say(`  ${line}`));
    say(`  generated in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const [{ id: projectId }] = (await db.query('SELECT id FROM projects WHERE lab_id = $1 ORDER BY id OFFSET 17 LIMIT 1', [labId])).rows;
    const [{ q: quarter }] = (await db.query('SELECT max(period) AS q FROM measurements')).rows;
    await db.end();

    const login = await fetch(`${api.base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN),
    });
    const { token } = await login.json();

    const search = "(code ILIKE $1 OR title ILIKE $1 OR summary ILIKE $1 OR problem ILIKE $1 OR target_group ILIKE $1)";
    const endpoints = [
      {
        name: 'projects: filter + sort + search',
        requests: [{ path: `/api/projects?filter=${encodeURIComponent('{"q":"werk","phase":"experiment"}')}&sort=${encodeURIComponent('["title","ASC"]')}&range=[0,24]` }],
        floor: async (c) => {
          await c.query(`SELECT * FROM projects WHERE ${search} AND phase = 'experiment' ORDER BY title LIMIT 25`, ['%werk%']);
          await c.query(`SELECT count(*) FROM projects WHERE ${search} AND phase = 'experiment'`, ['%werk%']);
        },
      },
      {
        name: 'milestones: overdue',
        requests: [{ path: `/api/milestones?filter=${encodeURIComponent('{"overdue":true}')}&sort=${encodeURIComponent('["dueDate","ASC"]')}&range=[0,24]` }],
        floor: async (c) => {
          const where = "status IN ('planned', 'in_progress') AND due_date < CURRENT_DATE";
          await c.query(`SELECT * FROM milestones WHERE ${where} ORDER BY due_date LIMIT 25`);
          await c.query(`SELECT count(*) FROM milestones WHERE ${where}`);
        },
      },
      {
        name: 'one project with its tabs (6 requests)',
        requests: [
          `/api/projects/${projectId}`,
          `/api/memberships?filter={"projectId":${projectId}}`,
          `/api/milestones?filter={"projectId":${projectId}}&range=[0,99]`,
          `/api/indicators?filter={"projectId":${projectId}}&range=[0,99]`,
          `/api/measurements?filter={"projectId":${projectId}}&range=[0,499]`,
          `/api/status-updates?filter={"projectId":${projectId}}&range=[0,99]`,
        ].map((path) => ({ path: encodeURI(path) })),
        perIteration: 6,
        floor: async (c) => {
          await c.query('SELECT * FROM projects WHERE id = $1', [projectId]);
          await c.query('SELECT * FROM memberships WHERE project_id = $1', [projectId]);
          await c.query('SELECT * FROM milestones WHERE project_id = $1 ORDER BY due_date LIMIT 100', [projectId]);
          await c.query('SELECT * FROM indicators WHERE project_id = $1 LIMIT 100', [projectId]);
          await c.query('SELECT m.* FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.project_id = $1 ORDER BY m.period DESC LIMIT 500', [projectId]);
          await c.query('SELECT * FROM status_updates WHERE project_id = $1 ORDER BY period DESC LIMIT 100', [projectId]);
        },
      },
      {
        name: 'home dashboard aggregates',
        requests: [{ path: `/api/dashboard?lab=${labId}` }],
        floor: async (c) => {
          await c.query('SELECT p.phase, p.health, count(*) FROM projects p WHERE p.lab_id = $1 GROUP BY 1, 2', [labId]);
          await c.query(`SELECT m.id FROM milestones m JOIN projects p ON p.id = m.project_id
                          WHERE p.lab_id = $1 AND m.status IN ('planned', 'in_progress') AND m.due_date <= CURRENT_DATE + 30`, [labId]);
          await c.query(`SELECT i.id, array_agg(m.value ORDER BY m.period) FROM indicators i JOIN projects p ON p.id = i.project_id
                           JOIN measurements m ON m.indicator_id = i.id AND m.status = 'approved'
                          WHERE p.lab_id = $1 AND p.phase IN ('experiment', 'rollout') AND i.target_value IS NOT NULL GROUP BY i.id`, [labId]);
        },
      },
      {
        name: `wat werkt: comparison (${scale.projectsPerLab} projects × 3 shared definitions)`,
        requests: [{ path: `/api/evidence?lab=${labId}&quarter=${quarter}` }],
        floor: null,
      },
      {
        name: `quarterly report (${scale.projectsPerLab} projects, JSON)`,
        requests: [{ path: `/api/reports/quarterly?lab=${labId}&quarter=${quarter}` }],
        floor: null,
      },
    ];

    // The report is kept until the data changes: its first request pays the whole computation.
    const cold = {};
    for (const format of ['json', 'pdf', 'xlsx']) {
      const t0 = performance.now();
      const res = await fetch(`${api.base}/api/reports/quarterly?lab=${labId}&quarter=${quarter}&format=${format}`, { headers: { authorization: `Bearer ${token}` } });
      const bytes = (await res.arrayBuffer()).byteLength;
      if (!res.ok) throw new Error(`The ${format} report answered ${res.status}`);
      cold[format] = { ms: Math.round(performance.now() - t0), kB: Math.round(bytes / 1024) };
    }

    const rows = [];
    for (const e of endpoints) {
      say(`Loading: ${e.name} …`);
      const r = await cannon(api.base, token, e.requests);
      const errors = r.non2xx + r.errors;
      const perIteration = e.perIteration ?? 1;
      const f = e.floor ? await floor(databaseUrl, e.floor) : null;
      rows.push({
        endpoint: e.name,
        'API req/s': Math.round(r.requests.average / perIteration * 10) / 10,
        'API p50 ms': round(r.p50),
        'API p95 ms': round(r.p95),
        'API p99 ms': round(r.p99),
        'errors': errors,
        'floor req/s': f ? Math.round(f.rps * 10) / 10 : '—',
        'floor p95 ms': f ? round(f.p95) : '—',
        'API/floor': f ? `${Math.round((r.requests.average / perIteration / f.rps) * 100)}%` : '—',
      });
    }
    say(`\nScale: ${scale.labs} labs × ${scale.projectsPerLab} projects, ${scale.indicatorsPerProject} indicators each, ${scale.quarters} quarters, ${scale.milestonesPerProject} milestones each; ${connections} connections, ${duration} s per endpoint.`);
    say('"one project with its tabs" counts one iteration of all six requests as one; its latencies are per request.');
    console.table(rows);
    say(`Quarterly report of ${scale.projectsPerLab} projects, first request (computed, not yet kept): ${
      Object.entries(cold).map(([f, c]) => `${f.toUpperCase()} ${c.ms} ms (${c.kB} kB)`).join(', ')}.`);
    say(`API peak memory (VmHWM): ${peakMemoryMb(api.child.pid)} MB`);
  } finally {
    api?.child.kill('SIGTERM');
    if (api) await new Promise((r) => api.child.once('exit', r));
    if (!args.keep) await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminClient.end();
    await server.stop();
  }
}

const round = (ms) => Math.round(ms * 10) / 10;

main().catch((error) => {
  console.error(`Benchmark failed: ${error.message}`);
  process.exit(1);
});
