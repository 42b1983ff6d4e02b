import { Client } from 'pg';
import { createDatabase, dropDatabase } from '../support/test-app';
import { call, ensureBuilt, freePort, report, SCALE, signIn, sleep, startApp, stopApp, type RunningApp } from './support';

/**
 * The API process is SIGKILLed in the middle of a write load (8 clients creating organisations and
 * lessons), then started again on the same database. Every write that was acknowledged (201) must be there
 * with exactly one 'create' audit event; no row lacks its audit event and no audit event points at a
 * missing row (a change and its audit event commit in one transaction).
 */
const ADMIN = { ADMIN_EMAIL: 'crash-admin@test.example', ADMIN_PASSWORD: 'crash-admin-password' };
const CLIENTS = 8 * SCALE;
let databaseUrl: string;
let app: RunningApp | undefined;

beforeAll(async () => {
  ensureBuilt();
  databaseUrl = await createDatabase();
}, 180_000);
afterAll(async () => {
  await stopApp(app, 'SIGKILL');
  if (databaseUrl) await dropDatabase(databaseUrl);
});

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

it('keeps every acknowledged write, with its audit event, across a SIGKILL', async () => {
  const port = await freePort();
  app = await startApp({ DATABASE_URL: databaseUrl, ...ADMIN }, port);
  const token = await signIn(app.base, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  const post = (path: string, body: unknown) => call(app!.base, 'POST', path, { token, body, timeoutMs: 5000 });
  const lab = await post('/api/labs', { name: 'Crashlab', city: 'Amsterdam', startDate: '2016-01-01' });
  expect(lab.status).toBe(201);
  const project = await post('/api/projects', { labId: lab.body.id, code: 'MW-CRASH', title: 'Crashproject' });
  expect(project.status).toBe(201);

  const acknowledged = { organisations: new Set<number>(), lessons: new Set<number>() };
  const failures: Record<string, number> = {};
  let attempted = 0;
  let running = true;
  const client = async (n: number) => {
    for (let i = 0; running; i++) {
      const organisation = i % 2 === 0;
      attempted++;
      const res = organisation
        ? await post('/api/organisations', { name: `Crash-organisatie ${n}-${i}`, perspective: 'welfare_organisation' })
        : await post('/api/lessons', { projectId: project.body.id, kind: 'insight', text: `Les ${n}-${i}`, date: '2016-05-01' });
      if (res.status === 201) acknowledged[organisation ? 'organisations' : 'lessons'].add(res.body.id);
      else {
        failures[res.status] = (failures[res.status] ?? 0) + 1;
        if (res.status === 0) return; // the connection went with the process
      }
    }
  };
  const loadStart = Date.now();
  const load = Array.from({ length: CLIENTS }, (_, n) => client(n));
  // Let the load build up, then kill the process without any chance to clean up.
  await sleep(1500 * SCALE);
  const killedAt = Date.now();
  app.child.kill('SIGKILL');
  await app.exit;
  running = false;
  await Promise.all(load);
  expect(acknowledged.organisations.size + acknowledged.lessons.size).toBeGreaterThan(20);

  const restartPort = await freePort();
  const began = Date.now();
  app = await startApp({ DATABASE_URL: databaseUrl, ...ADMIN }, restartPort);
  const restartMs = Date.now() - began;
  const token2 = await signIn(app.base, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);

  const found: Record<string, number> = {};
  for (const [table, ids] of Object.entries(acknowledged)) {
    const rows = await query<{ id: number; creates: number }>(
      `SELECT r.id, (SELECT count(*)::int FROM audit_events a WHERE a.resource = $2 AND a.record_id = r.id AND a.action = 'create') AS creates
         FROM ${table} r WHERE r.id = ANY($1::int[])`,
      [[...ids], table],
    );
    found[table] = rows.length;
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    for (const r of rows) expect({ id: r.id, creates: r.creates }).toEqual({ id: r.id, creates: 1 });

    // Nothing half-written: every row has its create event and every create event its row.
    const orphanRows = await query<{ id: number }>(
      `SELECT r.id FROM ${table} r WHERE NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.resource = $1 AND a.record_id = r.id AND a.action = 'create')`, [table],
    );
    const orphanEvents = await query<{ id: number }>(
      `SELECT a.id FROM audit_events a WHERE a.resource = $1 AND a.action = 'create' AND NOT EXISTS (SELECT 1 FROM ${table} r WHERE r.id = a.record_id)`, [table],
    );
    expect(orphanRows).toEqual([]);
    expect(orphanEvents).toEqual([]);
  }
  const [{ n: organisationsInDb }] = await query<{ n: number }>('SELECT count(*)::int AS n FROM organisations');
  const [{ n: lessonsInDb }] = await query<{ n: number }>('SELECT count(*)::int AS n FROM lessons');

  // The restarted app serves and writes normally.
  const after = await call(app.base, 'POST', '/api/organisations', { token: token2, body: { name: 'Na de crash', perspective: 'welfare_organisation' } });
  expect(after.status).toBe(201);
  expect((await call(app.base, 'GET', '/api/health')).status).toBe(200);

  const acked = acknowledged.organisations.size + acknowledged.lessons.size;
  report('crash', {
    clients: CLIENTS, writesAttempted: attempted, writesAcknowledged: acked,
    acknowledgedFoundAfterRestart: (found.organisations ?? 0) + (found.lessons ?? 0),
    // A write in flight at the kill may have committed without its answer reaching the client.
    committedButUnacknowledged: organisationsInDb + lessonsInDb - acked,
    failedRequestsByStatus: failures, killedAfterMs: killedAt - loadStart, restartMs,
  });
}, 120_000);
