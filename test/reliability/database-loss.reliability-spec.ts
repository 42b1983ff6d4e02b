import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../apps/api/src/database/embedded';
import { call, ensureBuilt, freePort, report, SCALE, signIn, sleep, startApp, stopApp, type Answer, type RunningApp } from './support';

/**
 * PostgreSQL stops under load (a cluster of this spec's own, fast shutdown as `pg_ctl stop -m fast` does):
 * the health check says so, requests answer 503 quickly instead of hanging, the process stays up, and once
 * PostgreSQL is back the app serves again by itself, without a restart.
 */
const ADMIN = { ADMIN_EMAIL: 'dbloss-admin@test.example', ADMIN_PASSWORD: 'dbloss-admin-password' };
const CLIENTS = 8 * SCALE;
/** What "quickly" means for an answer while the database is gone. */
const LIMIT_MS = 3000;
// Under the project directory: PostgreSQL runs as the postgres OS user, which cannot enter a mkdtemp dir.
const dataDir = resolve(`.data/reliability-dbloss-${process.pid}`);
let pgPort: number;
let db: EmbeddedDatabase | undefined;
let app: RunningApp | undefined;

beforeAll(async () => {
  ensureBuilt();
  rmSync(dataDir, { recursive: true, force: true });
  pgPort = await freePort();
  db = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'lab' });
}, 180_000);
afterAll(async () => {
  await stopApp(app, 'SIGKILL');
  await db?.stop().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

interface Sample extends Answer { at: number; what: string }

it('answers 503 quickly while PostgreSQL is down and recovers by itself when it is back', async () => {
  app = await startApp({ DATABASE_URL: db!.url, ...ADMIN }, await freePort());
  const base = app.base;
  const token = await signIn(base, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  const api = (method: string, path: string, body?: unknown) => call(base, method, path, { token, body, timeoutMs: 15_000 });
  expect((await call(base, 'GET', '/api/health')).status).toBe(200);

  // Load: readers and writers, every answer kept with its time.
  const samples: Sample[] = [];
  let running = true;
  const client = async (n: number) => {
    for (let i = 0; running; i++) {
      const what = i % 3 === 0 ? 'POST /api/organisations' : i % 3 === 1 ? 'GET /api/projects' : 'GET /api/health';
      const res = what.startsWith('POST')
        ? await api('POST', '/api/organisations', { name: `Org ${n}-${i}`, perspective: 'welfare_organisation' })
        : what === 'GET /api/health' ? await call(base, 'GET', '/api/health', { timeoutMs: 15_000 }) : await api('GET', '/api/projects?range=[0,9]');
      samples.push({ ...res, at: Date.now(), what });
      if (res.status === 0) await sleep(50);
    }
  };
  const load = Array.from({ length: CLIENTS }, (_, n) => client(n));
  await sleep(800);

  const stoppedAt = Date.now();
  await db!.stop();
  const stopMs = Date.now() - stoppedAt;
  db = undefined;

  // While it is down: the health check and each kind of request, one by one, timed.
  await sleep(300);
  const probes: Record<string, Answer> = {
    health: await call(base, 'GET', '/api/health', { timeoutMs: 15_000 }),
    list: await api('GET', '/api/projects'),
    one: await api('GET', '/api/projects/1'),
    create: await api('POST', '/api/organisations', { name: 'Tijdens de storing', perspective: 'welfare_organisation' }),
    signIn: await call(base, 'POST', '/api/auth/login', { body: { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, timeoutMs: 15_000 }),
  };
  await sleep(1500 * SCALE);
  const downUntil = Date.now();

  // Back again: same port, same data.
  db = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'lab' });
  const restartedAt = Date.now();
  let recoveredMs = -1;
  for (let waited = 0; waited < 30_000; waited += 100) {
    const res = await api('GET', '/api/projects');
    if (res.status === 200) { recoveredMs = Date.now() - restartedAt; break; }
    await sleep(100);
  }
  running = false;
  await Promise.all(load);

  // The process never went down, and it works as before.
  expect(app.child.exitCode).toBeNull();
  expect(app.child.signalCode).toBeNull();
  expect(recoveredMs).toBeGreaterThanOrEqual(0);
  expect((await call(base, 'GET', '/api/health')).status).toBe(200);
  expect((await api('POST', '/api/organisations', { name: 'Na de storing', perspective: 'welfare_organisation' })).status).toBe(201);

  for (const [name, res] of Object.entries(probes)) {
    expect(`${name} ${res.status}`).toBe(`${name} 503`);
    expect(res.ms).toBeLessThan(LIMIT_MS);
  }
  expect(probes.health.body).toMatchObject({ status: 'error' });
  expect(probes.list.body).toMatchObject({ statusCode: 503, message: 'The database is not reachable; try again shortly.' });

  // Under load during the outage: no 500s, no hangs, nothing but success before and 503 during.
  const during = samples.filter((s) => s.at > stoppedAt + stopMs + 200 && s.at < downUntil);
  const byStatus: Record<string, number> = {};
  for (const s of during) byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
  const fiveHundreds = samples.filter((s) => s.status >= 500 && s.status !== 503);
  const slowest = Math.max(0, ...during.map((s) => s.ms));
  report('database-loss', {
    clients: CLIENTS, requestsDuringLoad: samples.length, requestsWhileDown: during.length, whileDownByStatus: byStatus,
    non503FiveXx: fiveHundreds.length, non503Examples: fiveHundreds.slice(0, 3).map((s) => `${s.what} ${s.status} ${JSON.stringify(s.body).slice(0, 150)}`),
    probeMs: Object.fromEntries(Object.entries(probes).map(([k, v]) => [k, `${v.status} in ${v.ms} ms`])),
    slowestAnswerWhileDownMs: slowest, stopMs, recoveredMsAfterDatabaseBack: recoveredMs,
  });
  if (fiveHundreds.length) console.log(`[reliability] database-loss: the app logged:\n${app.output.join('').split('\n').filter((l) => /error|Error/.test(l)).slice(0, 12).join('\n').slice(0, 4000)}`);
  expect(fiveHundreds).toEqual([]);
  expect(during.length).toBeGreaterThan(0);
  expect(during.every((s) => s.status === 503)).toBe(true);
  expect(slowest).toBeLessThan(LIMIT_MS);
}, 120_000);
