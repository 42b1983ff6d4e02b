import { create, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * A list's total is kept while the data it counts is unchanged (common/list-counts.ts). It must still be
 * the count of the rows: every write, through the API or straight into the database, moves it at once.
 * Only a write that leaves the change counter alone (its trigger switched off here) shows that it is kept.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

/** The total in a list's Content-Range, from a page of one (a full page, so the count is needed). */
async function total(resource: string, filter: Record<string, unknown>): Promise<number> {
  const res = await t.http.get(`/api/${resource}`).query({ filter: JSON.stringify(filter), range: '[0,0]' });
  expect(res.status).toBe(200);
  return Number(/\/(\d+)$/.exec(res.headers['content-range'])![1]);
}

describe('the totals of lists', () => {
  it('follow every write to the rows they count, through the API and straight into the database', async () => {
    const lab = await create(t, 'labs', valid.lab());
    const project = await create(t, 'projects', valid.project(lab.id));
    const overdue = { projectId: project.id, overdue: true };
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await create(t, 'milestones', valid.milestone(project.id, { dueDate: '2016-03-31', status: 'planned' })));
    expect(await total('milestones', overdue)).toBe(3);
    expect(await total('milestones', overdue)).toBe(3);

    const done = await t.http.put(`/api/milestones/${made[0].id}`).send({ version: made[0].version, status: 'done', completedDate: '2016-04-01' });
    expect(done.status).toBe(200);
    expect(await total('milestones', overdue)).toBe(2);
    expect((await t.http.delete(`/api/milestones/${made[1].id}`)).status).toBe(200);
    expect(await total('milestones', overdue)).toBe(1);

    await t.dataSource.query(
      `INSERT INTO milestones (project_id, title, phase, due_date, status) VALUES ($1, 'Rechtstreeks', 'scenario', '2016-05-31', 'in_progress')`,
      [project.id],
    );
    expect(await total('milestones', overdue)).toBe(2);
    // Another filter is another count: three made, one deleted, one written straight in.
    expect(await total('milestones', { projectId: project.id })).toBe(3);
  });

  it('are kept between changes: a row written without moving the counter is not counted until the next change', async () => {
    const lab = await create(t, 'labs', valid.lab());
    const project = await create(t, 'projects', valid.project(lab.id));
    for (let i = 0; i < 2; i++) await create(t, 'milestones', valid.milestone(project.id, { dueDate: '2016-03-31', status: 'planned' }));
    const overdue = { projectId: project.id, overdue: true };
    expect(await total('milestones', overdue)).toBe(2);

    await t.dataSource.transaction(async (m) => {
      await m.query(`ALTER TABLE milestones DISABLE TRIGGER milestones_count_change`);
      await m.query(`INSERT INTO milestones (project_id, title, phase, due_date, status) VALUES ($1, 'Stil', 'scenario', '2016-05-31', 'planned')`, [project.id]);
      await m.query(`ALTER TABLE milestones ENABLE TRIGGER milestones_count_change`);
    });
    expect(await total('milestones', overdue)).toBe(2);

    await create(t, 'organisations', valid.organisation());
    expect(await total('milestones', overdue)).toBe(3);
  });

  it('of a table that does not move the counter are counted every time', async () => {
    const before = await total('audit-events', {});
    expect(before).toBeGreaterThan(0);
    const [{ trigger }] = await t.dataSource.query(
      `SELECT count(*)::int AS trigger FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = 'audit_events'::regclass AND p.proname = 'count_data_change'`,
    );
    expect(trigger).toBe(0);
    await t.dataSource.query(
      `INSERT INTO audit_events (resource, record_id, action, changes) SELECT resource, record_id, action, changes FROM audit_events ORDER BY id LIMIT 1`,
    );
    expect(await total('audit-events', {})).toBe(before + 1);
  });
});
