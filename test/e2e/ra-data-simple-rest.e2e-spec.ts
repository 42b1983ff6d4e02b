import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils } from 'ra-core';
import { create, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

// react-admin's OWN data provider (ra-data-simple-rest, over real fetch and a real port) against the API:
// if these pass, the dashboard's lists, references, edit forms and bulk actions work on this dialect.

type Body = Record<string, any>;
type DataProvider = ReturnType<typeof simpleRestProvider>;

let t: TestApp;
let dp: DataProvider;
const fx: Body = {};

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as { port: number };
  // As the dashboard does: react-admin's fetchJson with the sign-in token.
  dp = simpleRestProvider(`http://127.0.0.1:${port}/api`, (url: string, options: fetchUtils.Options = {}) =>
    fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${t.token}` } }));

  // Parents of the records each case creates; each case's records have a parent of their own where it
  // matters, so that reference totals are exact.
  fx.themeLab = await create(t, 'labs', valid.lab());
  fx.projectLab = await create(t, 'labs', valid.lab());
  fx.lab = await create(t, 'labs', valid.lab());
  fx.theme = await create(t, 'themes', valid.theme(fx.lab.id));
  fx.organisation = await create(t, 'organisations', valid.organisation());
  fx.peopleOrg = await create(t, 'organisations', valid.organisation());
  fx.project = await create(t, 'projects', valid.project(fx.lab.id));
  fx.teamProject = await create(t, 'projects', valid.project(fx.lab.id));
  fx.indicator = await create(t, 'indicators', valid.indicator(fx.project.id));
  fx.members = [];
  for (let i = 0; i < 3; i++) fx.members.push(await create(t, 'people', valid.person()));
  fx.userPerson = await create(t, 'people', valid.person());
});
afterAll(async () => { await t?.close(); });

/** What an HttpError from ra-core carries. */
async function rejection(promise: Promise<unknown>): Promise<{ name: string; status: number; message: string; body: Body }> {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; status: number; message: string; body: Body };
  }
  throw new Error('expected the data provider to reject, and it resolved');
}

const sortedIds = (rows: { id: unknown }[]) => rows.map((r) => r.id as number).sort((a, b) => a - b);
const L = 'ABC';

interface Case {
  resource: string;
  /** Record i of 3; the field named in `sort` must increase with i. */
  make: (i: number) => Body;
  sort: string;
  /** A filter (besides the id scope) and the indexes of the records it must return. */
  filter: Body;
  filterHits: number[];
  /** A `q` token that only record 1 contains; null: the resource has no text search (400). */
  q: string | null;
  reference?: { target: string; id: () => number; hits: number[] };
  change: Body;
  bulk: Body;
}

const CASES: Case[] = [
  {
    resource: 'labs',
    make: (i) => ({
      ...valid.lab(), name: `RA Lab ${L[i]}`, city: ['Amsterdam', 'Utrecht', 'Zaandam'][i], startDate: `2015-0${i + 1}-01`,
      description: i === 1 ? 'Met een zeldzaamwoord erin' : 'Gewoon',
    }),
    sort: 'startDate',
    filter: { city: 'Utrecht' },
    filterHits: [1],
    q: 'zeldzaamwoord',
    change: { city: 'Haarlem' },
    bulk: { facilitator: 'Kennisland' },
  },
  {
    resource: 'themes',
    make: (i) => ({ labId: fx.themeLab.id, name: `RA Thema ${L[i]}`, description: i === 1 ? 'zeldzaamwoord' : 'gewoon' }),
    sort: 'name',
    filter: { name: 'RA Thema C' },
    filterHits: [2],
    q: 'zeldzaamwoord',
    reference: { target: 'labId', id: () => fx.themeLab.id, hits: [0, 1, 2] },
    change: { description: 'Relationeel werken' },
    bulk: { description: 'In bulk' },
  },
  {
    resource: 'organisations',
    make: (i) => ({
      name: `RA Organisatie ${L[i]}`, perspective: ['employer', 'funder', 'employer'][i],
      website: i === 1 ? 'https://zeldzaamwoord.example.org' : 'https://example.org',
    }),
    sort: 'name',
    filter: { perspective: 'employer' },
    filterHits: [0, 2],
    q: 'zeldzaamwoord',
    change: { perspective: 'municipality' },
    bulk: { website: 'https://bulk.example.org' },
  },
  {
    resource: 'projects',
    make: (i) => ({
      ...valid.project(fx.projectLab.id), code: `RA-0${i}`, title: `RA project ${L[i]}`, budgetCents: (i + 1) * 1_000_000,
      summary: i === 1 ? 'Een zeldzaamwoord' : 'Gewoon', themeIds: [fx.theme.id], districtIds: [i + 1],
    }),
    sort: 'budgetCents',
    filter: { districtIds: [2, 3] },
    filterHits: [1, 2],
    q: 'zeldzaamwoord',
    reference: { target: 'labId', id: () => fx.projectLab.id, hits: [0, 1, 2] },
    change: { health: 'off_track', districtIds: [7, 8] },
    bulk: { health: 'at_risk' },
  },
  {
    resource: 'people',
    make: (i) => ({
      name: ['Aafke de Boer', 'Bram Zeldzaamhuis', 'Cor Jansen'][i], email: `ra-person-${i}@example.org`,
      organisationId: fx.peopleOrg.id, perspective: ['researcher', 'advocate', 'researcher'][i],
    }),
    sort: 'name',
    filter: { perspective: 'researcher' },
    filterHits: [0, 2],
    q: 'zeldzaam',
    reference: { target: 'organisationId', id: () => fx.peopleOrg.id, hits: [0, 1, 2] },
    change: { name: 'Anna de Boer' },
    bulk: { perspective: 'volunteer' },
  },
  {
    resource: 'memberships',
    // Roles sort in the enum's order: lead, member, expert_by_experience, researcher.
    make: (i) => valid.membership(fx.teamProject.id, fx.members[i].id, ['lead', 'member', 'researcher'][i]),
    sort: 'role',
    filter: { role: 'member' },
    filterHits: [1],
    q: null,
    reference: { target: 'projectId', id: () => fx.teamProject.id, hits: [0, 1, 2] },
    change: { role: 'member' },
    bulk: { role: 'expert_by_experience' },
  },
  {
    resource: 'agreements',
    make: (i) => valid.agreement(fx.teamProject.id, fx.organisation.id, {
      title: `RA Afspraak ${L[i]}`, kind: ['cooperation', 'subsidy', 'covenant'][i], contributionCents: (i + 1) * 10_000,
      commitments: i === 1 ? 'Een zeldzaamwoord' : 'Gewoon',
    }),
    sort: 'contributionCents',
    filter: { kind: ['subsidy', 'covenant'] },
    filterHits: [1, 2],
    q: 'zeldzaamwoord',
    reference: { target: 'projectId', id: () => fx.teamProject.id, hits: [0, 1, 2] },
    change: { status: 'negotiating' },
    bulk: { status: 'active', startDate: '2016-04-01' },
  },
  {
    resource: 'milestones',
    make: (i) => valid.milestone(fx.teamProject.id, {
      title: `RA Mijlpaal ${L[i]}`, dueDate: `2016-0${i + 3}-30`, status: i === 1 ? 'in_progress' : 'planned',
      description: i === 1 ? 'Een zeldzaamwoord' : 'Gewoon',
    }),
    sort: 'dueDate',
    filter: { status: 'in_progress', dueDate_gte: '2016-04-01', dueDate_lte: '2016-04-30' },
    filterHits: [1],
    q: 'zeldzaamwoord',
    reference: { target: 'projectId', id: () => fx.teamProject.id, hits: [0, 1, 2] },
    change: { title: 'Eerste deelnemers geworven' },
    bulk: { status: 'cancelled' },
  },
  {
    resource: 'indicators',
    make: (i) => valid.indicator(fx.teamProject.id, {
      name: `RA Indicator ${L[i]}`, kind: ['output', 'outcome', 'output'][i], definition: i === 1 ? 'Een zeldzaamwoord' : 'Gewoon',
    }),
    sort: 'name',
    filter: { kind: 'outcome' },
    filterHits: [1],
    q: 'zeldzaamwoord',
    reference: { target: 'projectId', id: () => fx.teamProject.id, hits: [0, 1, 2] },
    change: { dataSource: 'Gemeente Amsterdam, O&S' },
    bulk: { aspect: 'sustainability' },
  },
  {
    resource: 'measurements',
    make: (i) => valid.measurement(fx.indicator.id, { period: `2016-Q${i + 1}`, value: (i + 1) * 5, note: i === 1 ? 'Een zeldzaamwoord' : 'Gewoon' }),
    sort: 'period',
    filter: { value_gte: 6 },
    filterHits: [1, 2],
    q: 'zeldzaamwoord',
    reference: { target: 'indicatorId', id: () => fx.indicator.id, hits: [0, 1, 2] },
    change: { value: 12 },
    bulk: { note: 'Nagekeken' },
  },
  {
    resource: 'status-updates',
    make: (i) => valid.statusUpdate(fx.teamProject.id, {
      period: `2016-Q${i + 1}`, health: ['on_track', 'at_risk', 'off_track'][i], narrative: i === 1 ? 'Een zeldzaamwoord' : 'Gewoon',
    }),
    sort: 'period',
    filter: { health: 'at_risk' },
    filterHits: [1],
    q: 'zeldzaamwoord',
    reference: { target: 'projectId', id: () => fx.teamProject.id, hits: [0, 1, 2] },
    change: { health: 'off_track' },
    bulk: { narrative: 'Bijgewerkt in bulk' },
  },
  {
    resource: 'lessons',
    make: (i) => valid.lesson(fx.teamProject.id, {
      kind: ['insight', 'obstacle', 'solution'][i], date: `2016-0${i + 4}-15`, text: i === 1 ? 'Een zeldzaamwoord' : 'Gewoon', themeId: fx.theme.id,
    }),
    sort: 'date',
    filter: { kind: ['obstacle', 'solution'], date_gte: '2016-05-01' },
    filterHits: [1, 2],
    q: 'zeldzaamwoord',
    reference: { target: 'themeId', id: () => fx.theme.id, hits: [0, 1, 2] },
    change: { kind: 'solution' },
    bulk: { themeId: null },
  },
  {
    resource: 'users',
    make: (i) => ({
      email: `ra-user-${i}@example.org`, name: ['Ans', 'Bep Zeldzaam', 'Cees'][i], role: ['admin', 'focus_team', 'project_member'][i],
      personId: i === 0 ? fx.userPerson.id : null,
    }),
    sort: 'name',
    filter: { role: ['focus_team', 'project_member'], active: true },
    filterHits: [1, 2],
    q: 'zeldzaam',
    reference: { target: 'personId', id: () => fx.userPerson.id, hits: [0] },
    change: { role: 'focus_team' },
    bulk: { active: false },
  },
];

describe.each(CASES)('$resource through ra-data-simple-rest', (c) => {
  const r = c.resource;
  const records: (Body & { id: number })[] = [];
  const ids = () => records.map((rec) => rec.id as number);
  const scope = () => ({ id: ids() });

  it('create: returns the stored record with its integer id and version 1', async () => {
    for (let i = 0; i < 3; i++) {
      const payload = c.make(i);
      const { data } = await dp.create(r, { data: payload });
      expect(Number.isInteger(data.id)).toBe(true);
      expect(data).toMatchObject({ ...payload, version: 1 });
      records.push(data);
    }
    expect(new Set(ids()).size).toBe(3);
  });

  it('getList: pagination and sort, with the total from Content-Range', async () => {
    const page1 = await dp.getList(r, { pagination: { page: 1, perPage: 2 }, sort: { field: c.sort, order: 'DESC' }, filter: scope() });
    expect(page1.total).toBe(3);
    expect(page1.data.map((d) => d.id)).toEqual([records[2].id, records[1].id]);
    const page2 = await dp.getList(r, { pagination: { page: 2, perPage: 2 }, sort: { field: c.sort, order: 'DESC' }, filter: scope() });
    expect(page2.total).toBe(3);
    expect(page2.data).toEqual([records[0]]);
    const asc = await dp.getList(r, { pagination: { page: 1, perPage: 25 }, sort: { field: c.sort, order: 'ASC' }, filter: scope() });
    expect(asc.data).toEqual(records);
    expect(asc.total).toBe(3);
    const beyond = await dp.getList(r, { pagination: { page: 3, perPage: 2 }, sort: { field: 'id', order: 'ASC' }, filter: scope() });
    expect(beyond).toEqual({ data: [], total: 3 });
  });

  it('getList: filters by field values (any-of arrays, ranges)', async () => {
    const res = await dp.getList(r, { pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: { ...scope(), ...c.filter } });
    expect(res.data.map((d) => d.id)).toEqual(c.filterHits.map((i) => records[i].id));
    expect(res.total).toBe(c.filterHits.length);
  });

  it('getList: full-text search with filter.q', async () => {
    const params = { pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'ASC' as const }, filter: { q: c.q ?? 'x' } };
    if (c.q === null) {
      const error = await rejection(dp.getList(r, params));
      expect({ name: error.name, status: error.status }).toEqual({ name: 'HttpError', status: 400 });
      return;
    }
    const res = await dp.getList(r, params);
    expect(res.data.map((d) => d.id)).toEqual([records[1].id]);
    expect(res.total).toBe(1);
    // Case-insensitive, and combined with other filters.
    const upper = await dp.getList(r, { ...params, filter: { q: c.q.toUpperCase(), id: [records[0].id, records[1].id] } });
    expect(upper).toEqual({ data: [records[1]], total: 1 });
    const other = await dp.getList(r, { ...params, filter: { q: c.q, id: [records[0].id, records[2].id] } });
    expect(other).toEqual({ data: [], total: 0 });
  });

  it('getOne: the record', async () => {
    const { data } = await dp.getOne(r, { id: records[1].id });
    expect(data).toEqual(records[1]);
    const error = await rejection(dp.getOne(r, { id: 2147483000 }));
    expect(error.status).toBe(404);
  });

  it('getMany: all the ids asked for, and only those', async () => {
    const { data } = await dp.getMany(r, { ids: [records[2].id, records[0].id] });
    expect(sortedIds(data)).toEqual([records[0].id, records[2].id].sort((a, b) => a - b));
    expect(data.find((d) => d.id === records[2].id)).toEqual(records[2]);
    expect((await dp.getMany(r, { ids: [] })).data).toEqual([]);
  });

  it('getManyReference: the records that point at a parent', async () => {
    if (!c.reference) return;
    const { target, id, hits } = c.reference;
    const res = await dp.getManyReference(r, {
      target, id: id(), pagination: { page: 1, perPage: 25 }, sort: { field: c.sort, order: 'ASC' }, filter: {},
    });
    expect(res.data.map((d) => d.id)).toEqual(hits.map((i) => records[i].id));
    expect(res.total).toBe(hits.length);
    const paged = await dp.getManyReference(r, {
      target, id: id(), pagination: { page: 1, perPage: 1 }, sort: { field: c.sort, order: 'DESC' }, filter: {},
    });
    expect(paged.data.map((d) => d.id)).toEqual([records[hits[hits.length - 1]].id]);
    expect(paged.total).toBe(hits.length);
  });

  it('update: the edit form\'s whole record with previousData; version + 1', async () => {
    const previousData = records[0];
    const { data } = await dp.update(r, { id: previousData.id, data: { ...previousData, ...c.change }, previousData });
    expect(data).toMatchObject({ ...c.change, id: previousData.id, version: 2, createdAt: previousData.createdAt });
    expect((await dp.getOne(r, { id: previousData.id })).data).toEqual(data);
    records[0] = data;
  });

  it('update with a stale version rejects with an HttpError 409 and changes nothing', async () => {
    const current = records[0];
    const stale = { ...current, ...c.bulk, version: 1 };
    const error = await rejection(dp.update(r, { id: current.id, data: stale, previousData: current }));
    expect(error.name).toBe('HttpError');
    expect(error.status).toBe(409);
    expect(error.message).toEqual(expect.stringMatching(/\w+/));
    expect(error.body).toMatchObject({ statusCode: 409, message: error.message });
    expect((await dp.getOne(r, { id: current.id })).data).toEqual(current);
  });

  it('updateMany: the same change (with the version they share) to several records', async () => {
    const targets = [records[1].id, records[2].id];
    const { data } = await dp.updateMany(r, { ids: targets, data: { ...c.bulk, version: 1 } });
    expect(data).toEqual(targets);
    const { data: after } = await dp.getMany(r, { ids: targets });
    expect(after).toHaveLength(2);
    for (const rec of after) expect(rec).toMatchObject({ ...c.bulk, version: 2 });
    records[1] = after.find((a) => a.id === records[1].id)!;
    records[2] = after.find((a) => a.id === records[2].id)!;
    // Without a version, react-admin's bulk edit is refused: 400.
    const error = await rejection(dp.updateMany(r, { ids: targets, data: c.bulk }));
    expect(error.status).toBe(400);
  });

  it('delete: returns the deleted record; it is gone', async () => {
    const { data } = await dp.delete(r, { id: records[0].id, previousData: records[0] });
    expect(data).toEqual(records[0]);
    expect((await rejection(dp.getOne(r, { id: records[0].id }))).status).toBe(404);
    expect((await rejection(dp.delete(r, { id: records[0].id, previousData: records[0] }))).status).toBe(404);
  });

  it('deleteMany: deletes them all and returns their ids', async () => {
    const targets = [records[1].id, records[2].id];
    const { data } = await dp.deleteMany(r, { ids: targets });
    expect(data).toEqual(targets);
    expect((await dp.getMany(r, { ids: ids() })).data).toEqual([]);
    const list = await dp.getList(r, { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: scope() });
    expect(list).toEqual({ data: [], total: 0 });
  });
});

describe('beyond one page', () => {
  it('getMany returns every id asked for, with no default page cut (40 records)', async () => {
    const created: number[] = [];
    for (let i = 0; i < 40; i++) created.push((await create(t, 'lessons', valid.lesson(fx.project.id, { text: `Les ${i}` }))).id);
    const { data } = await dp.getMany('lessons', { ids: created });
    expect(sortedIds(data)).toEqual([...created].sort((a, b) => a - b));
    const list = await dp.getList('lessons', { pagination: { page: 2, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: { id: created } });
    expect(list.total).toBe(40);
    expect(list.data.map((d) => d.id)).toEqual(created.slice(25));
  });

  it('getList filters money above 2^31 cents (budgets over €21 million)', async () => {
    const big = await create(t, 'projects', valid.project(fx.lab.id, { budgetCents: 10_000_000_000 }));
    const { data } = await dp.getOne('projects', { id: big.id });
    expect(data.budgetCents).toBe(10_000_000_000);
    const res = await dp
      .getList('projects', { pagination: { page: 1, perPage: 10 }, sort: { field: 'budgetCents', order: 'DESC' }, filter: { budgetCents_gte: 3_000_000_000 } })
      .then(({ data, total }) => ({ ids: data.map((d) => d.id), total }))
      .catch((e) => ({ status: e.status, message: e.message }));
    expect(res).toEqual({ ids: [big.id], total: 1 });
  });
});

describe('react-admin specifics', () => {
  it('a cloned record (Clone button: the whole record without its id) can be created', async () => {
    // react-admin's <CloneButton> hands the create form the record minus `id`: version and timestamps included.
    for (const [resource, original] of [
      ['labs', await create(t, 'labs', valid.lab())],
      ['lessons', await create(t, 'lessons', valid.lesson(fx.project.id))],
    ] as const) {
      const { id: _id, ...clone } = original as Body;
      const data = resource === 'labs' ? { ...clone, name: `${clone.name} (kopie)` } : clone;
      const res = await dp.create(resource, { data }).catch((e) => ({ status: e.status, message: e.message }));
      expect({ resource, ...('data' in res ? { status: 201 } : res) }).toEqual({ resource, status: 201 });
      const created = (res as { data: Body }).data;
      expect(created.id).not.toBe(original.id);
      expect(created).toMatchObject({ version: 1 });
      expect(created.createdAt).not.toBe(original.createdAt);
    }
  });

  it('deleting a project others depend on rejects with 409 naming them; nothing deleted', async () => {
    const project = await create(t, 'projects', valid.project(fx.lab.id));
    await create(t, 'milestones', valid.milestone(project.id));
    await create(t, 'indicators', valid.indicator(project.id));
    const error = await rejection(dp.delete('projects', { id: project.id, previousData: project }));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/1 milestones?/);
    expect(error.message).toMatch(/1 indicators?/);
    expect((await dp.getOne('projects', { id: project.id })).data).toEqual(project);
  });

  it('a 400 carries react-admin\'s server-side validation shape in body.errors', async () => {
    const error = await rejection(dp.create('labs', { data: { city: 'Amsterdam', nonsenseField: 1 } }));
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual(expect.objectContaining({ name: expect.any(String), nonsenseField: expect.any(String) }));
  });
});

describe('read-only and history resources through ra-data-simple-rest', () => {
  it('districts: getList, getOne, getMany; create/update/delete reject with 405', async () => {
    const list = await dp.getList('districts', { pagination: { page: 1, perPage: 5 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(list.total).toBe(8);
    expect(list.data.map((d) => d.name)).toEqual(['Centrum', 'Nieuw-West', 'Noord', 'Oost', 'Weesp']);
    const q = await dp.getList('districts', { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: { q: 'west' } });
    expect(q.data.map((d) => d.name)).toEqual(['Nieuw-West', 'West']);
    expect((await dp.getOne('districts', { id: 4 })).data).toEqual({ id: 4, code: 'oost', name: 'Oost' });
    expect(sortedIds((await dp.getMany('districts', { ids: [8, 1, 5] })).data)).toEqual([1, 5, 8]);
    expect((await rejection(dp.create('districts', { data: { code: 'x', name: 'X' } }))).status).toBe(405);
    expect((await rejection(dp.update('districts', { id: 1, data: { id: 1, code: 'centrum', name: 'C' }, previousData: { id: 1 } }))).status).toBe(405);
    expect((await rejection(dp.delete('districts', { id: 1, previousData: { id: 1 } }))).status).toBe(405);
    expect((await dp.getList('districts', { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).total).toBe(8);
  });

  it('phase-decisions: getManyReference of a project, getOne, getMany; writes reject with 405', async () => {
    const project = await create(t, 'projects', valid.project(fx.lab.id));
    for (const rationale of ['Nog geen trekker', 'Nog geen indicator']) {
      const res = await t.http.post(`/api/projects/${project.id}/transition`).send({ to: 'experiment', decision: 'no_go', rationale });
      expect(res.status).toBe(200);
    }
    const refs = await dp.getManyReference('phase-decisions', {
      target: 'projectId', id: project.id, pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: {},
    });
    expect(refs.total).toBe(2);
    expect(refs.data.map((d) => d.rationale)).toEqual(['Nog geen trekker', 'Nog geen indicator']);
    expect(refs.data[0]).toMatchObject({ projectId: project.id, fromPhase: 'scenario', toPhase: 'experiment', decision: 'no_go' });
    const q = await dp.getList('phase-decisions', { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: { q: 'indicator', projectId: project.id } });
    expect(q.data.map((d) => d.id)).toEqual([refs.data[1].id]);
    expect((await dp.getOne('phase-decisions', { id: refs.data[0].id })).data).toEqual(refs.data[0]);
    expect(sortedIds((await dp.getMany('phase-decisions', { ids: refs.data.map((d) => d.id) })).data)).toEqual(sortedIds(refs.data));
    expect((await rejection(dp.create('phase-decisions', { data: { projectId: project.id, fromPhase: 'scenario', toPhase: 'experiment', decision: 'go' } }))).status).toBe(405);
    expect((await rejection(dp.delete('phase-decisions', { id: refs.data[0].id, previousData: refs.data[0] }))).status).toBe(405);
  });

  it('audit-events: a record\'s history through getManyReference; writes reject with 405', async () => {
    const lab = await create(t, 'labs', valid.lab());
    await dp.update('labs', { id: lab.id, data: { ...lab, city: 'Weesp' }, previousData: lab });
    const history = await dp.getManyReference('audit-events', {
      target: 'recordId', id: lab.id, pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: { resource: 'labs' },
    });
    expect(history.total).toBe(2);
    expect(history.data.map((e) => e.action)).toEqual(['create', 'update']);
    expect(history.data[1].changes).toEqual({ city: { before: 'Amsterdam', after: 'Weesp' } });
    expect((await dp.getOne('audit-events', { id: history.data[1].id })).data).toEqual(history.data[1]);
    expect((await rejection(dp.create('audit-events', { data: { resource: 'labs', action: 'delete' } }))).status).toBe(405);
    expect((await rejection(dp.update('audit-events', { id: history.data[0].id, data: history.data[0], previousData: history.data[0] }))).status).toBe(405);
    expect((await rejection(dp.delete('audit-events', { id: history.data[0].id, previousData: history.data[0] }))).status).toBe(405);
  });

  it('target-revisions: create moves the indicator\'s target; getManyReference lists them; update/delete reject with 405', async () => {
    const indicator = await create(t, 'indicators', valid.indicator(fx.project.id, { baselineValue: 10, targetValue: 50 }));
    const { data: first } = await dp.create('target-revisions', { data: { indicatorId: indicator.id, newValue: 55, effectiveFrom: '2016-Q3', reason: 'Meer instroom' } });
    expect(first).toMatchObject({ indicatorId: indicator.id, oldValue: 50, newValue: 55, effectiveFrom: '2016-Q3' });
    const { data: second } = await dp.create('target-revisions', { data: { indicatorId: indicator.id, newValue: 65, effectiveFrom: '2017-Q1', reason: 'Nog meer' } });
    expect(second).toMatchObject({ oldValue: 55, newValue: 65 });
    expect((await dp.getOne('indicators', { id: indicator.id })).data).toMatchObject({ targetValue: 65, version: 3 });
    const refs = await dp.getManyReference('target-revisions', {
      target: 'indicatorId', id: indicator.id, pagination: { page: 1, perPage: 10 }, sort: { field: 'effectiveFrom', order: 'DESC' }, filter: {},
    });
    expect(refs.total).toBe(2);
    expect(refs.data.map((d) => d.id)).toEqual([second.id, first.id]);
    expect((await rejection(dp.update('target-revisions', { id: first.id, data: { ...first, reason: 'x' }, previousData: first }))).status).toBe(405);
    expect((await rejection(dp.delete('target-revisions', { id: first.id, previousData: first }))).status).toBe(405);
    // The edit form of the indicator, still holding the old target, cannot overwrite it.
    const error = await rejection(dp.update('indicators', { id: indicator.id, data: { ...indicator, version: 3 }, previousData: indicator }));
    expect(error.status).toBe(400);
    expect(Object.keys(error.body.errors)).toContain('targetValue');
  });
});
