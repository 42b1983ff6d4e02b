import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import { MIGRATIONS } from '../../apps/api/src/database/migrations';
import { ENTITIES } from '../../apps/api/src/seed/entities';
import { DEMO_LAST_QUARTER, demoQuarter } from '../../apps/api/src/seed/demo-timeline';
import { compareIsoDates, compareQuarters, daysBetween, quarterOfDate, todayIso } from '@lab/domain';
import { createDatabase, createTestApp, dropDatabase, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ demoData: true }); });
afterAll(async () => { await t?.close(); });

describe('schema', () => {
  it('is exactly what the entities declare: the migrations leave nothing for TypeORM to change', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('registers through the feature modules exactly the entities the migration CLI compares', () => {
    const names = (targets: unknown[]) => targets.map((e) => (e as { name: string }).name).sort();
    expect(names(t.dataSource.entityMetadatas.map((m) => m.target))).toEqual(names(ENTITIES));
  });

  it('migrates down to nothing and up again', async () => {
    const undoAll = async () => {
      for (let i = 0; i < MIGRATIONS.length; i++) await scratch.undoLastMigration();
    };
    const url = await createDatabase();
    const scratch = new DataSource(dataSourceOptions(url));
    await scratch.initialize();
    const tables = async () =>
      (await scratch.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata')`))[0].n;
    const types = async () => (await scratch.query(`SELECT count(*)::int AS n FROM pg_type WHERE typtype = 'e'`))[0].n;
    try {
      await scratch.runMigrations();
      expect(await tables()).toBe(31);
      expect(await types()).toBe(23);
      await undoAll();
      expect(await tables()).toBe(0);
      expect(await types()).toBe(0);
      await scratch.runMigrations();
      expect(await tables()).toBe(31);
      expect((await scratch.query('SELECT count(*)::int AS n FROM districts'))[0].n).toBe(8);
    } finally {
      await scratch.destroy();
      await dropDatabase(url);
    }
  });

  it('has an index on every foreign key column', async () => {
    const unindexed = await t.dataSource.query(`
      SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`);
    expect(unindexed).toEqual([]);
  });
});

describe('demo data', () => {
  it('serves the 14 demo projects with the Content-Range react-admin expects', async () => {
    const res = await t.http.get('/api/projects?range=[0,24]');
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('projects 0-13/14');
    expect(res.body.map((p: { code: string }) => p.code)).toEqual(Array.from({ length: 14 }, (_, i) => `MW-${String(i + 1).padStart(2, '0')}`));
  });

  it('covers every phase, theme and district', async () => {
    const projects = (await t.http.get('/api/projects')).body as { phase: string; themeIds: number[]; districtIds: number[] }[];
    expect(new Set(projects.map((p) => p.phase))).toEqual(new Set(['scenario', 'experiment', 'rollout', 'stopped']));
    const themes = (await t.http.get('/api/themes')).body as { id: number }[];
    expect(themes).toHaveLength(6);
    expect(new Set(projects.flatMap((p) => p.themeIds))).toEqual(new Set(themes.map((th) => th.id)));
    expect(new Set(projects.flatMap((p) => p.districtIds)).size).toBe(8);
  });

  it('has overdue milestones, an outcome contract and measurements from its first experiment quarter on', async () => {
    const overdue = await t.http.get('/api/milestones?filter={"overdue":true}');
    expect(overdue.body.length).toBeGreaterThan(0);
    expect(overdue.body.every((m: { overdue: boolean }) => m.overdue)).toBe(true);
    const contracts = await t.http.get('/api/agreements?filter={"kind":"outcome_contract"}');
    expect(contracts.body.length).toBeGreaterThanOrEqual(1);
    const first = await t.http.get('/api/measurements?sort=["period","ASC"]&range=[0,0]');
    expect(first.body[0].period).toBe(demoQuarter('2016-Q1', todayIso()));
    expect(Number(first.headers['content-range'].split('/')[1])).toBeGreaterThan(20);
  });

  it('tells one story in time: figures up to the latest reported quarter, nothing dated after today, open milestones around today', async () => {
    const today = todayIso();
    const latestReported = demoQuarter(DEMO_LAST_QUARTER, today);
    expect(compareQuarters(latestReported, quarterOfDate(today))).toBe(-1);
    const latest = await t.http.get('/api/measurements?sort=["period","DESC"]&range=[0,0]');
    expect(latest.body[0].period).toBe(latestReported);
    const updates = await t.http.get(`/api/status-updates?filter=${encodeURIComponent(JSON.stringify({ period: latestReported }))}`);
    expect(updates.body.length).toBeGreaterThan(0);

    // Nothing happened after today: no submission, review, decision, signature or lesson in the future.
    const [future] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM measurements WHERE recorded_at > now() OR submitted_at > now() OR reviewed_at > now())::int AS measurements,
              (SELECT count(*) FROM status_updates WHERE submitted_at > now())::int AS "statusUpdates",
              (SELECT count(*) FROM phase_decisions WHERE decided_at > now())::int AS decisions,
              (SELECT count(*) FROM target_revisions WHERE revised_at > now())::int AS revisions,
              (SELECT count(*) FROM agreements WHERE signed_date > $1::date)::int AS agreements,
              (SELECT count(*) FROM lessons WHERE date > $1::date)::int AS lessons,
              (SELECT count(*) FROM milestones WHERE completed_date > $1::date)::int AS milestones`,
      [today],
    );
    expect(future).toEqual({ measurements: 0, statusUpdates: 0, decisions: 0, revisions: 0, agreements: 0, lessons: 0, milestones: 0 });

    const [lab] = (await t.http.get('/api/labs')).body;
    const firstStart = (await t.http.get('/api/projects?sort=["startDate","ASC"]&range=[0,0]')).body[0].startDate;
    expect(compareIsoDates(lab.endDate, firstStart)).toBeLessThanOrEqual(0);

    const open = (await t.http.get(`/api/milestones?filter=${encodeURIComponent(JSON.stringify({ status: ['planned', 'in_progress'] }))}`)).body;
    expect(open.length).toBeGreaterThan(0);
    for (const m of open) expect(Math.abs(daysBetween(today, m.dueDate))).toBeLessThanOrEqual(400);
  });

  it('is deterministic: a second load of the same day gives the same rows', async () => {
    const fingerprint = async (app: TestApp) =>
      (await app.dataSource.query(`
        SELECT md5(string_agg(x, '|' ORDER BY x)) AS h FROM (
          SELECT concat_ws(',', code, title, phase, health, start_date, budget_cents) AS x FROM projects
          UNION ALL SELECT concat_ws(',', project_id, title, due_date, status) FROM milestones
          UNION ALL SELECT concat_ws(',', indicator_id, period, value, status) FROM measurements) s`))[0].h;
    const other = await createTestApp({ demoData: true });
    try {
      expect(await fingerprint(other)).toBe(await fingerprint(t));
    } finally {
      await other.close();
    }
  });

  it('is not loaded twice', async () => {
    const { prepareDatabase } = await import('../../apps/api/src/seed/prepare-database');
    const again = await prepareDatabase(t.dataSource, { demoData: true, admin: null, log: () => undefined });
    expect(again.demo).toBeNull();
    expect((await t.http.get('/api/projects')).body).toHaveLength(14);
  });
});

describe('operations', () => {
  it('reports health with the database', async () => {
    const res = await t.http.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.info.database.status).toBe('up');
  });

  it('publishes the OpenAPI document with every resource', async () => {
    const res = await t.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    for (const r of ['labs', 'themes', 'districts', 'projects', 'people', 'memberships', 'organisations', 'agreements', 'milestones',
      'indicators', 'indicator-definitions', 'target-revisions', 'measurements', 'status-updates', 'lessons', 'phase-decisions', 'users', 'audit-events']) {
      expect(paths).toContain(`/api/${r}`);
    }
    expect(paths).toContain('/api/projects/{id}/transition');
    for (const path of ['/api/projects/{id}/quarters/{period}/template.xlsx', '/api/projects/{id}/quarters/{period}/import',
      '/api/labs/{id}/quarters/{period}/template.xlsx', '/api/labs/{id}/quarters/{period}/import']) expect(paths).toContain(path);
  });
});
