import { create, projectGraph, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

// A project's team: who can still join it (the person picker), a role changed in place, and a refused
// duplicate whose field errors carry codes for the dashboard to word.

type Graph = Awaited<ReturnType<typeof projectGraph>>;
let t: TestApp;
let g: Graph;

beforeAll(async () => {
  t = await createTestApp();
  g = await projectGraph(t);
});
afterAll(async () => { await t?.close(); });

const people = async (filter: Record<string, unknown>) =>
  (await t.http.get(`/api/people?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,999]`)).body as { id: number; name: string }[];

describe('people who are not on a team yet', () => {
  it('leave out the members of the project, and only those', async () => {
    const outsider = await create(t, 'people', valid.person());
    const elsewhere = await create(t, 'people', valid.person());
    const other = await create(t, 'projects', valid.project(g.lab.id));
    await create(t, 'memberships', valid.membership(other.id, elsewhere.id));

    const all = (await people({})).map((p) => p.id);
    const free = (await people({ notMemberOf: g.project.id })).map((p) => p.id);
    expect(all).toEqual(expect.arrayContaining([g.person.id, outsider.id, elsewhere.id]));
    expect(free).not.toContain(g.person.id);
    expect(free).toEqual(expect.arrayContaining([outsider.id, elsewhere.id]));
    expect(free.length).toBe(all.length - 1);
    // Combined with the picker's search.
    expect((await people({ notMemberOf: g.project.id, q: g.person.name })).map((p) => p.id)).toEqual([]);
  });

  it('refuses a project id that is no number, naming the filter', async () => {
    const res = await t.http.get(`/api/people?filter=${encodeURIComponent('{"notMemberOf":"MW-01"}')}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ 'filter.notMemberOf': 'must be a whole number' });
    expect(res.body.fieldCodes).toEqual({ 'filter.notMemberOf': { code: 'not_whole_number' } });
  });
});

describe('a member of the team', () => {
  it('changes role with the version read, on record', async () => {
    const person = await create(t, 'people', valid.person());
    const m = await create(t, 'memberships', valid.membership(g.project.id, person.id));
    const res = await t.http.put(`/api/memberships/${m.id}`).send({ role: 'researcher', version: m.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'researcher', version: m.version + 1 });
    const stale = await t.http.put(`/api/memberships/${m.id}`).send({ role: 'lead', version: m.version });
    expect(stale.status).toBe(409);
    const history = (await t.http.get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'memberships', recordId: m.id }))}`)).body;
    expect(history.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('joins a team once: a second time answers 409 with a code per field', async () => {
    const res = await t.http.post('/api/memberships').send(valid.membership(g.project.id, g.person.id));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual({ projectId: 'already in use', personId: 'already in use' });
    expect(res.body.fieldCodes).toEqual({ projectId: { code: 'already_in_use' }, personId: { code: 'already_in_use' } });
  });

  it('answers a bad role with its code and the values the code names', async () => {
    const person = await create(t, 'people', valid.person());
    const res = await t.http.post('/api/memberships').send({ ...valid.membership(g.project.id, person.id), role: 'boss' });
    expect(res.status).toBe(400);
    expect(res.body.fieldCodes).toEqual({ role: { code: 'not_one_of', params: { values: expect.stringContaining('lead') } } });
  });
});
