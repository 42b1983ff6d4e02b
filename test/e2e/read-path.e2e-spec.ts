import { QueryFailedError } from 'typeorm';
import { leanRows, readColumns } from '../../apps/api/src/common/lean-read';
import { ProjectEntity } from '../../apps/api/src/projects/project.entity';
import { create, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The read path (lists and single records) maps pg's raw rows to the answer, with timestamps passed
 * through as ISO strings; a write answers from TypeORM's entity, with timestamps as Dates. Both must give
 * the same JSON, field for field.
 */

type Row = Record<string, unknown> & { id: number };
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

async function reads(resource: string, id: number): Promise<{ listed: Row; one: Row }> {
  const listed = await t.http.get(`/api/${resource}`).query({ filter: JSON.stringify({ id: [id] }) });
  expect(listed.status).toBe(200);
  const one = await t.http.get(`/api/${resource}/${id}`);
  expect(one.status).toBe(200);
  return { listed: (listed.body as Row[])[0], one: one.body as Row };
}

describe('the read path answers what the write answered', () => {
  it('for every kind of record: list row, single read and write answer are equal', async () => {
    const lab = await create(t, 'labs', valid.lab());
    const org = await create(t, 'organisations', valid.organisation());
    const theme = await create(t, 'themes', valid.theme(lab.id));
    const project = await create(t, 'projects', valid.project(lab.id, { leadOrganisationId: org.id, themeIds: [theme.id], plannedEndDate: null }));
    const indicator = await create(t, 'indicators', valid.indicator(project.id, { unit: 'percent', baselineValue: 1.5, targetValue: 42.25 }));
    const person = await create(t, 'people', valid.person());
    const written: Array<[string, Row]> = [
      ['labs', lab], ['organisations', org], ['themes', theme], ['projects', project], ['indicators', indicator], ['people', person],
      ['milestones', await create(t, 'milestones', valid.milestone(project.id, { dueDate: '2016-02-01', status: 'planned' }))],
      ['measurements', await create(t, 'measurements', valid.measurement(indicator.id, { period: '2016-Q1', value: 12.3456 }))],
      ['memberships', await create(t, 'memberships', valid.membership(project.id, person.id))],
      ['agreements', await create(t, 'agreements', valid.agreement(project.id, org.id))],
      ['status-updates', await create(t, 'status-updates', valid.statusUpdate(project.id))],
      ['lessons', await create(t, 'lessons', valid.lesson(project.id))],
    ];
    for (const [resource, record] of written) {
      expect({ resource, createdAt: record.createdAt }).toEqual({ resource, createdAt: expect.stringMatching(ISO_INSTANT) });
      const { listed, one } = await reads(resource, record.id);
      expect({ resource, row: listed }).toEqual({ resource, row: record });
      expect({ resource, row: one }).toEqual({ resource, row: record });
    }
  });

  it('after an update, the reads carry the new updatedAt to the millisecond, numbers as numbers, days as days', async () => {
    const lab = await create(t, 'labs', valid.lab());
    const project = await create(t, 'projects', valid.project(lab.id));
    const changed = await t.http.put(`/api/projects/${project.id}`).send({ version: project.version, budgetCents: 123_456_789, plannedEndDate: '2018-03-31' });
    expect({ status: changed.status, body: changed.body }).toMatchObject({ status: 200 });
    const { listed, one } = await reads('projects', project.id);
    expect(listed).toEqual(changed.body);
    expect(one).toEqual(changed.body);
    expect(listed).toMatchObject({ budgetCents: 123_456_789, plannedEndDate: '2018-03-31', version: 2 });
    expect(listed.updatedAt).not.toBe(project.updatedAt);
    const [{ stored }] = await t.dataSource.query<{ stored: Date }[]>('SELECT updated_at AS stored FROM projects WHERE id = $1', [project.id]);
    expect(listed.updatedAt).toBe(stored.toISOString());
  });

  it('an audit event reads its instant as an ISO string', async () => {
    const lab = await create(t, 'labs', valid.lab());
    const events = await t.http.get('/api/audit-events').query({ filter: JSON.stringify({ resource: 'labs', recordId: lab.id }) });
    expect(events.status).toBe(200);
    const [event] = events.body as Row[];
    expect(event.occurredAt).toMatch(ISO_INSTANT);
    const [{ stored }] = await t.dataSource.query<{ stored: Date }[]>('SELECT occurred_at AS stored FROM audit_events WHERE id = $1', [event.id]);
    expect(event.occurredAt).toBe(stored.toISOString());
  });

  it('an unknown id is still a 404 naming the record', async () => {
    const res = await t.http.get('/api/projects/987654');
    expect(res.status).toBe(404);
    expect(res.body.message).toContain('There is no project with id 987654');
  });

  it('throws PostgreSQL\'s refusals as TypeORM does (QueryFailedError with its code), for the error filter to map', async () => {
    const qb = t.dataSource.getRepository(ProjectEntity).createQueryBuilder('r').where('1 / (r.id - r.id) = 1');
    const columns = readColumns(t.dataSource.getMetadata(ProjectEntity), 'r');
    const failed = await leanRows(t.dataSource, qb, columns).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(QueryFailedError);
    expect((failed as QueryFailedError).driverError).toMatchObject({ code: '22012' });
  });
});
