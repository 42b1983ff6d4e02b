import { rowCounts } from '../support/factories';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

/**
 * Every write route × each role × own/other project. The project member (demo: on the team of MW-03) is
 * "own" on MW-03 and "other" on MW-01. A refused request must answer 403 and change nothing at all.
 */
type Role = 'admin' | 'focus_team' | 'project_member';
type Scope = 'own' | 'other';
type Body = Record<string, any>;

const DEMO = 'meedoen-werkt-demo';
let t: TestApp;
const as: Record<Role, Http> = {} as Record<Role, Http>;
const project: Record<Scope, Body> = {} as Record<Scope, Body>;
const indicator: Record<Scope, Body> = {} as Record<Scope, Body>;
/** One person per membership: a person is on a team once. */
const people: number[] = [];
let themeId: number;
let organisationId: number;
let period = 0;

beforeAll(async () => {
  t = await createTestApp({ demoData: true });
  as.admin = t.http;
  as.focus_team = await t.as('focusteam@meedoenwerkt.example', DEMO);
  as.project_member = await t.as('projectlid@meedoenwerkt.example', DEMO);
  for (const [scope, code] of [['own', 'MW-03'], ['other', 'MW-01']] as const) {
    [project[scope]] = (await t.http.get(`/api/projects?filter={"code":"${code}"}`)).body;
    [indicator[scope]] = (await t.http.get(`/api/indicators?filter={"projectId":${project[scope].id}}&sort=["id","ASC"]`)).body;
  }
  for (let i = 0; i < 40; i++) people.push((await t.http.post('/api/people').send({ name: `Matrix Persoon ${i}` })).body.id);
  themeId = (await t.http.get('/api/themes?range=[0,0]')).body[0].id;
  organisationId = (await t.http.get('/api/organisations?range=[0,0]')).body[0].id;
});
afterAll(async () => { await t?.close(); });

/** A valid new record of the resource in the scope's project. */
const payload: Record<string, (s: Scope) => Body> = {
  labs: () => ({ name: `Lab ${Math.random()}`, city: 'Utrecht' }),
  themes: () => ({ labId: project.own.labId, name: `Thema ${Math.random()}` }),
  'indicator-definitions': () => ({ labId: project.own.labId, name: `Definitie ${Math.random()}`, kind: 'outcome', aspect: 'effectiveness', unit: 'count' }),
  organisations: () => ({ name: `Organisatie ${Math.random()}`, perspective: 'employer' }),
  people: () => ({ name: `Persoon ${Math.random()}` }),
  users: () => ({ email: `u${Math.random()}@example.org`.replace('0.', ''), name: 'Nieuw', role: 'focus_team' }),
  projects: () => ({ labId: project.own.labId, code: `MX-${Math.floor(Math.random() * 1e6)}`, title: 'Nieuw project' }),
  memberships: (s) => ({ projectId: project[s].id, personId: people.pop(), role: 'member' }),
  milestones: (s) => ({ projectId: project[s].id, title: 'Matrixmijlpaal', phase: 'experiment', dueDate: '2030-01-01' }),
  indicators: (s) => ({ projectId: project[s].id, name: 'Matrixindicator', kind: 'output', aspect: 'effectiveness', unit: 'count' }),
  measurements: (s) => ({ indicatorId: indicator[s].id, period: `${2000 + Math.floor(period / 4)}-Q${(period++ % 4) + 1}`, value: 3 }),
  agreements: (s) => ({ projectId: project[s].id, organisationId, title: 'Matrixafspraak', kind: 'covenant' }),
  'status-updates': (s) => ({ projectId: project[s].id, period: `${2010 + Math.floor(period / 4)}-Q${(period++ % 4) + 1}`, health: 'on_track', narrative: 'Goed.' }),
  lessons: (s) => ({ projectId: project[s].id, kind: 'insight', text: 'Matrixles', date: '2020-01-01', themeId }),
};
const PROJECT_SCOPED = ['memberships', 'milestones', 'indicators', 'measurements', 'agreements', 'status-updates', 'lessons'];
const REFERENCE = ['labs', 'themes', 'indicator-definitions', 'organisations', 'people', 'users'];

function expected(role: Role, resource: string, action: 'create' | 'update' | 'delete', scope: Scope): 'ok' | 403 {
  if (role === 'admin') return 'ok';
  if (role === 'focus_team') return resource === 'users' ? 403 : 'ok';
  if (REFERENCE.includes(resource)) return 403;
  if (resource === 'projects') return action === 'update' && scope === 'own' ? 'ok' : 403;
  return scope === 'own' ? 'ok' : 403;
}

/** Snapshot of everything a refused request could have touched. */
async function snapshot(resource: string, id?: number) {
  return { rows: await rowCounts(t), record: id ? (await t.http.get(`/api/${resource}/${id}`)).body : null };
}

async function expectRefused(res: { status: number; body: Body }, before: Awaited<ReturnType<typeof snapshot>>, resource: string, id?: number) {
  expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  expect(await snapshot(resource, id)).toEqual(before);
}

const ROLES: Role[] = ['admin', 'focus_team', 'project_member'];
const cases = (resources: string[]) =>
  resources.flatMap((resource) => ROLES.flatMap((role) => (['own', 'other'] as const).map((scope) => [resource, role, scope] as const)));

describe.each(cases([...REFERENCE, 'projects', ...PROJECT_SCOPED]))('%s as %s, %s project', (resource, role, scope) => {
  it('create', async () => {
    const body = payload[resource](scope);
    const want = expected(role, resource, 'create', scope);
    const before = await snapshot(resource);
    const res = await as[role].post(`/api/${resource}`).send(body);
    if (want === 'ok') {
      expect(res.status).toBe(201);
      const audit = (await t.http.get(`/api/audit-events?filter={"resource":"${resource}","recordId":${res.body.id},"action":"create"}`)).body;
      expect(audit).toHaveLength(1);
    } else await expectRefused(res, before, resource);
  });

  it('update', async () => {
    // A project is the member's own only when they are on its team: for projects, "own" is MW-03 itself.
    const created = resource === 'projects' && scope === 'own'
      ? (await t.http.get(`/api/projects/${project.own.id}`)).body
      : (await t.http.post(`/api/${resource}`).send(payload[resource](scope))).body;
    const want = expected(role, resource, 'update', scope);
    const before = await snapshot(resource, created.id);
    const change = resource === 'users' ? { name: 'Gewijzigd' } : resource === 'measurements' ? { value: 4 } : resource === 'memberships' ? { role: 'researcher' }
      : resource === 'status-updates' ? { narrative: 'Gewijzigd.' } : resource === 'lessons' ? { text: 'Gewijzigd' } : resource === 'labs' || resource === 'organisations' || resource === 'people' || resource === 'themes' || resource === 'indicators' || resource === 'indicator-definitions' ? { name: `Gewijzigd ${Math.random()}` } : { title: 'Gewijzigd' };
    const res = await as[role].put(`/api/${resource}/${created.id}`).send({ ...created, ...change });
    if (want === 'ok') expect(res.status).toBe(200);
    else await expectRefused(res, before, resource, created.id);
  });

  it('delete', async () => {
    const created = (await t.http.post(`/api/${resource}`).send(payload[resource](scope))).body;
    const want = expected(role, resource, 'delete', scope);
    const before = await snapshot(resource, created.id);
    const res = await as[role].delete(`/api/${resource}/${created.id}`);
    if (want === 'ok') expect(res.status).toBe(200);
    else await expectRefused(res, before, resource, created.id);
  });
});

describe('moving a record to another project', () => {
  it.each(PROJECT_SCOPED.filter((r) => r !== 'measurements'))('a project member cannot move %s out of their project', async (resource) => {
    const created = (await t.http.post(`/api/${resource}`).send(payload[resource]('own'))).body;
    const before = await snapshot(resource, created.id);
    const res = await as.project_member.put(`/api/${resource}/${created.id}`).send({ ...created, projectId: project.other.id });
    await expectRefused(res, before, resource, created.id);
  });

  it('nor a measurement to an indicator of another project', async () => {
    const created = (await t.http.post('/api/measurements').send(payload.measurements('own'))).body;
    const before = await snapshot('measurements', created.id);
    const res = await as.project_member.put(`/api/measurements/${created.id}`).send({ ...created, indicatorId: indicator.other.id });
    await expectRefused(res, before, 'measurements', created.id);
  });
});

describe('actions and read-only resources', () => {
  it.each(ROLES.flatMap((role) => (['own', 'other'] as const).map((scope) => [role, scope] as const)))('target revision as %s on the %s project', async (role, scope) => {
    const body = { indicatorId: indicator[scope].id, newValue: indicator[scope].direction === 'decrease' ? -1e6 : 1e6, effectiveFrom: '2031-Q1', reason: 'Matrix' };
    const want = role === 'project_member' && scope === 'other' ? 403 : 'ok';
    const before = await snapshot('indicators', indicator[scope].id);
    const res = await as[role].post('/api/target-revisions').send(body);
    if (want === 'ok') expect([201, 400]).toContain(res.status);
    else await expectRefused(res, before, 'indicators', indicator[scope].id);
  });

  it.each(ROLES)('a gate decision as %s', async (role) => {
    const before = await snapshot('projects', project.own.id);
    const res = await as[role].post(`/api/projects/${project.own.id}/transition`).send({ to: 'stopped', decision: 'no_go', rationale: 'Matrix' });
    if (role === 'project_member') await expectRefused(res, before, 'projects', project.own.id);
    else expect(res.status).toBe(200);
  });

  // The quarter's spreadsheet (template and import): a project's is for those who may report it, a lab's for administrators.
  const templateOf = async (url: string) => (await t.http.get(url).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  })).body as Buffer;

  it.each(ROLES.flatMap((role) => (['own', 'other'] as const).map((scope) => [role, scope] as const)))('importing a project\'s quarter as %s on the %s project', async (role, scope) => {
    const url = `/api/projects/${project[scope].id}/quarters/2019-Q1`;
    const file = await templateOf(`${url}/template.xlsx`);
    const before = await snapshot('projects', project[scope].id);
    const res = await as[role].post(`${url}/import?dryRun=false`).attach('file', file, 'kwartaal.xlsx');
    if (role === 'project_member' && scope === 'other') await expectRefused(res, before, 'projects', project[scope].id);
    else expect(res.status).toBe(200);
  });

  it.each(ROLES)('the template and import of a whole lab\'s quarter as %s', async (role) => {
    const url = `/api/labs/${project.own.labId}/quarters/2019-Q1`;
    const file = await templateOf(`${url}/template.xlsx`);
    const before = await snapshot('labs', project.own.labId);
    const download = await as[role].get(`${url}/template.xlsx`);
    const res = await as[role].post(`${url}/import?dryRun=true`).attach('file', file, 'lab.xlsx');
    if (role === 'admin') expect([download.status, res.status]).toEqual([200, 200]);
    else {
      expect(download.status).toBe(403);
      await expectRefused(res, before, 'labs', project.own.labId);
    }
  });

  it.each(ROLES)('reading the audit trail as %s', async (role) => {
    expect((await as[role].get('/api/audit-events')).status).toBe(role === 'project_member' ? 403 : 200);
  });

  it.each(ROLES)('reading projects, users and the dashboard as %s', async (role) => {
    for (const url of ['/api/projects', '/api/users', '/api/dashboard', `/api/projects/${project.other.id}`]) {
      expect((await as[role].get(url)).status).toBe(200);
    }
  });
});

describe('money and place are the focus team\'s, even on a member\'s own project', () => {
  const otherLab = async () => (await t.http.post('/api/labs').send({ name: `Ander lab ${Math.random()}`, city: 'Utrecht' })).body.id as number;
  const outcomeContract = async () => {
    const [outcome] = (await t.http.get(`/api/indicators?filter={"projectId":${project.own.id},"kind":"outcome"}&range=[0,0]`)).body;
    return (await t.http.post('/api/agreements').send({
      projectId: project.own.id, organisationId, title: 'Resultaatafspraak matrix', kind: 'outcome_contract',
      indicatorId: outcome.id, pricePerUnitCents: 100_00, maxPaymentCents: 1_000_00, contributionCents: 500_00,
    })).body;
  };

  it.each([
    ['budgetCents', async () => 999_999_99],
    ['labId', otherLab],
  ])('a project member changing a project\'s %s: 403 naming the field, nothing changed', async (field, value) => {
    const current = (await t.http.get(`/api/projects/${project.own.id}`)).body;
    const changed = await value();
    const before = await snapshot('projects', project.own.id);
    const res = await as.project_member.put(`/api/projects/${project.own.id}`).send({ ...current, [field]: changed });
    await expectRefused(res, before, 'projects', project.own.id);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });

  it.each(['pricePerUnitCents', 'maxPaymentCents', 'contributionCents'])('a project member raising an outcome contract\'s %s tenfold: 403', async (field) => {
    const contract = await outcomeContract();
    const before = await snapshot('agreements', contract.id);
    const res = await as.project_member.put(`/api/agreements/${contract.id}`).send({ ...contract, [field]: contract[field] * 10 });
    await expectRefused(res, before, 'agreements', contract.id);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });

  it('a project member may still edit the rest of the same records, sending them back whole', async () => {
    const contract = await outcomeContract();
    expect((await as.project_member.put(`/api/agreements/${contract.id}`).send({ ...contract, commitments: 'Bijgewerkt door het team' })).status).toBe(200);
    const current = (await t.http.get(`/api/projects/${project.own.id}`)).body;
    expect((await as.project_member.put(`/api/projects/${project.own.id}`).send({ ...current, summary: 'Bijgewerkt door het team' })).status).toBe(200);
  });

  it('the focus team changes them', async () => {
    const contract = await outcomeContract();
    const res = await as.focus_team.put(`/api/agreements/${contract.id}`).send({ ...contract, pricePerUnitCents: 200_00 });
    expect(res.status).toBe(200);
    expect(res.body.pricePerUnitCents).toBe(200_00);
  });

  it('a project member creating an agreement with a contribution: 403 naming it', async () => {
    const before = await snapshot('agreements');
    const res = await as.project_member.post('/api/agreements').send({ ...payload.agreements('own'), contributionCents: 100_00 });
    await expectRefused(res, before, 'agreements');
    expect(Object.keys(res.body.errors)).toEqual(['contributionCents']);
  });
});

describe('a project member sees users\' names, not their addresses and roles', () => {
  it('lists and reads users as id and name only, and cannot filter, sort or search on the rest', async () => {
    const list = await as.project_member.get('/api/users?sort=["name","ASC"]&range=[0,24]');
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(2);
    for (const user of list.body) expect(Object.keys(user).sort()).toEqual(['id', 'name']);
    const one = await as.project_member.get(`/api/users/${list.body[0].id}`);
    expect(Object.keys(one.body).sort()).toEqual(['id', 'name']);

    for (const query of ['filter={"email":"admin@meedoenwerkt.example"}', 'filter={"role":"admin"}', 'sort=["email","ASC"]']) {
      const res = await as.project_member.get(`/api/users?${query}`);
      expect(res.status).toBe(400);
    }
    // `q` searches names only: an address fragment finds nobody.
    expect((await as.project_member.get('/api/users?filter={"q":"meedoenwerkt.example"}')).body).toEqual([]);
  });

  it('the focus team still sees addresses and roles', async () => {
    const [user] = (await as.focus_team.get('/api/users?filter={"email":"admin@meedoenwerkt.example"}')).body;
    expect(user).toMatchObject({ email: 'admin@meedoenwerkt.example', role: 'admin' });
  });
});
