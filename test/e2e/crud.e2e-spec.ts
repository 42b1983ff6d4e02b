import { create, projectGraph, rowCounts, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

// The generic list/CRUD contract of DESIGN.md ("API contract"), resource by resource, over real HTTP
// against a real PostgreSQL: status codes, JSON shapes, optimistic locking, no mass assignment,
// referential integrity on delete and one audit event per write.

type Body = Record<string, any>;

let t: TestApp;

/** Records the cases below hang off; created once, through the API. */
const fx: Body = {};

beforeAll(async () => {
  t = await createTestApp();
  fx.lab = await create(t, 'labs', valid.lab());
  fx.theme = await create(t, 'themes', valid.theme(fx.lab.id));
  fx.organisation = await create(t, 'organisations', valid.organisation());
  fx.project = await create(t, 'projects', valid.project(fx.lab.id, { themeIds: [fx.theme.id], districtIds: [1, 3], leadOrganisationId: fx.organisation.id }));
  fx.person = await create(t, 'people', valid.person({ organisationId: fx.organisation.id }));
  fx.memberPerson = await create(t, 'people', valid.person());
  fx.userPerson = await create(t, 'people', valid.person());
  fx.indicator = await create(t, 'indicators', valid.indicator(fx.project.id));
});
afterAll(async () => { await t?.close(); });

// ---- helpers -----------------------------------------------------------------------------------

const qs = (params: Record<string, unknown>) =>
  Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`).join('&');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;

const tableOf = (resource: string) => resource.replace(/-/g, '_');

async function auditOf(resource: string, recordId: number): Promise<Body[]> {
  const res = await t.http.get(`/api/audit-events?${qs({ filter: { resource, recordId }, sort: ['id', 'ASC'] })}`);
  expect(res.status).toBe(200);
  return res.body;
}

async function get(resource: string, id: number): Promise<Body> {
  const res = await t.http.get(`/api/${resource}/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** A 400 in react-admin's server-side validation shape naming `field`. */
function expectFieldError(res: { status: number; body: Body }, field: string, status = 400) {
  expect({ status: res.status, field, errors: res.body.errors }).toEqual({ status, field, errors: expect.objectContaining({ [field]: expect.any(String) }) });
  expect(res.body).toMatchObject({ statusCode: status, message: expect.any(String) });
}

// ---- the table -----------------------------------------------------------------------------------

interface Case {
  resource: string;
  /** A valid create payload; called after the fixtures exist. */
  payload: () => Body;
  /** A required field: leaving it out answers 400 naming it. */
  required: string;
  /** What the PUT changes (every key must really differ from the created record). */
  change: Body;
  /** A second, different change: used for refused writes. */
  change2: Body;
  /** Read-only/derived fields sent on PUT with these values: accepted, and ignored. */
  readOnlySent?: Body;
  /** ... and what they must still be afterwards. */
  readOnlyKept?: Body;
  /** Values the server sets on create. */
  defaults?: Body;
  dates?: string[];
  timestamps?: string[];
  money?: string[];
}

const CASES: Case[] = [
  {
    resource: 'labs',
    payload: () => ({ ...valid.lab(), venue: 'Tolhuistuin', description: 'Zes dagen participatielab', reportingDueDays: 45 }),
    required: 'name',
    change: { city: 'Utrecht', endDate: '2015-12-19' },
    change2: { city: 'Rotterdam' },
    dates: ['startDate', 'endDate'],
  },
  {
    resource: 'themes',
    payload: () => valid.theme(fx.lab.id),
    required: 'labId',
    change: { description: 'Samenwerking tussen professionals' },
    change2: { description: 'Iets anders' },
  },
  {
    resource: 'organisations',
    payload: () => valid.organisation(),
    required: 'perspective',
    change: { perspective: 'employer', website: 'https://werk.example.org' },
    change2: { perspective: 'funder' },
  },
  {
    resource: 'projects',
    payload: () => ({
      ...valid.project(fx.lab.id, { themeIds: [fx.theme.id], districtIds: [1, 3], leadOrganisationId: fx.organisation.id }),
      problem: 'Te weinig duurzame plekken', targetGroup: 'Mensen met afstand tot de arbeidsmarkt',
    }),
    required: 'code',
    change: { title: 'Werk in de wijk', budgetCents: 5_250_075, districtIds: [2, 5] },
    change2: { title: 'Een andere titel' },
    readOnlySent: { phase: 'rollout', previousPhase: 'experiment' },
    readOnlyKept: { phase: 'scenario', previousPhase: null },
    defaults: { phase: 'scenario', previousPhase: null },
    dates: ['startDate', 'plannedEndDate'],
    money: ['budgetCents'],
  },
  {
    resource: 'people',
    payload: () => valid.person({ organisationId: fx.organisation.id }),
    required: 'name',
    change: { name: 'Anna de Vries', perspective: 'advocate' },
    change2: { name: 'Bert' },
  },
  {
    resource: 'memberships',
    payload: () => valid.membership(fx.project.id, fx.memberPerson.id, 'member'),
    required: 'role',
    change: { role: 'researcher' },
    change2: { role: 'expert_by_experience' },
  },
  {
    resource: 'agreements',
    payload: () => valid.agreement(fx.project.id, fx.organisation.id, { startDate: '2016-02-01', endDate: '2016-12-31', commitments: 'Tien werkervaringsplekken' }),
    required: 'kind',
    change: { status: 'signed', signedDate: '2016-03-01', contributionCents: 250_050 },
    change2: { status: 'terminated' },
    dates: ['startDate', 'endDate', 'signedDate'],
    money: ['contributionCents'],
  },
  {
    resource: 'milestones',
    payload: () => valid.milestone(fx.project.id, { ownerId: fx.person.id, description: 'Werving van deelnemers' }),
    required: 'dueDate',
    change: { status: 'in_progress', title: 'Eerste tien deelnemers' },
    change2: { status: 'cancelled' },
    // due 2016-06-30 and still open: overdue, whatever the client says.
    readOnlySent: { overdue: false },
    readOnlyKept: { overdue: true },
    defaults: { status: 'planned', completedDate: null, overdue: true },
    dates: ['dueDate'],
  },
  {
    resource: 'indicators',
    payload: () => valid.indicator(fx.project.id, { definition: 'Aantal mensen met een betaalde baan', dataSource: 'UWV' }),
    required: 'unit',
    change: { name: 'Duurzaam geplaatst', definition: 'Na zes maanden nog aan het werk' },
    change2: { name: 'Nog iets' },
    dates: ['baselineDate', 'targetDate'],
  },
  {
    resource: 'indicator-definitions',
    payload: () => ({
      labId: fx.lab.id, name: `Definitie ${Math.random()}`, definition: 'Deelnemers met een betaalde baan', kind: 'outcome',
      aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum', dataSource: 'UWV',
    }),
    required: 'unit',
    change: { definition: 'Na zes maanden nog aan het werk', unit: 'percent', aggregation: 'latest' },
    change2: { dataSource: 'Eigen registratie' },
    readOnlySent: { adoptedBy: 99 },
    readOnlyKept: { adoptedBy: 0 },
    defaults: { adoptedBy: 0 },
  },
  {
    resource: 'measurements',
    payload: () => valid.measurement(fx.indicator.id, { period: '2016-Q4', evidenceUrl: 'https://example.org/bewijs.pdf' }),
    required: 'period',
    change: { value: 25, note: 'Bijgesteld na controle' },
    change2: { value: 30 },
    readOnlySent: {
      status: 'approved', reviewComment: 'Goedgekeurd', submittedAt: '2016-10-01T00:00:00.000Z',
      reviewedAt: '2016-10-02T00:00:00.000Z', recordedAt: '2001-01-01T00:00:00.000Z',
    },
    readOnlyKept: { status: 'draft', reviewComment: null, submittedAt: null, reviewedAt: null, reviewedById: null },
    defaults: { status: 'draft', reviewComment: null, submittedAt: null, reviewedAt: null },
    timestamps: ['recordedAt'],
  },
  {
    resource: 'status-updates',
    payload: () => valid.statusUpdate(fx.project.id, { period: '2016-Q4' }),
    required: 'narrative',
    change: { health: 'on_track', narrative: 'Werving loopt weer.' },
    change2: { health: 'off_track' },
    readOnlySent: { submittedAt: '2016-10-01T00:00:00.000Z' },
    readOnlyKept: { submittedAt: null },
    defaults: { submittedAt: null },
  },
  {
    resource: 'lessons',
    payload: () => valid.lesson(fx.project.id, { themeId: fx.theme.id }),
    required: 'text',
    change: { kind: 'obstacle', text: 'Werkgevers haken af zonder vaste contactpersoon.' },
    change2: { kind: 'solution' },
    dates: ['date'],
  },
  {
    resource: 'users',
    payload: () => valid.user({ personId: fx.userPerson.id }),
    required: 'email',
    change: { role: 'admin', active: false },
    change2: { role: 'project_member' },
    defaults: { active: true },
  },
];

// ---- every writable resource ---------------------------------------------------------------------

describe.each(CASES)('$resource', (c) => {
  const r = c.resource;
  const table = tableOf(r);
  let payload: Body;
  let created: Body;
  let current: Body;

  it('POST creates: 201 with the record (integer id, version 1, camelCase, dates, timestamps, cents)', async () => {
    payload = c.payload();
    const before = await rowCounts(t);
    const res = await t.http.post(`/api/${r}`).send(payload);
    expect(res.status).toBe(201);
    created = res.body;
    current = created;
    expect(Number.isInteger(created.id)).toBe(true);
    expect(created.id).toBeGreaterThan(0);
    expect(created.version).toBe(1);
    expect(created).toMatchObject(payload);
    if (c.defaults) expect(created).toMatchObject(c.defaults);
    for (const key of Object.keys(created)) expect(key).toMatch(CAMEL);
    for (const f of ['createdAt', 'updatedAt', ...(c.timestamps ?? [])]) expect(created[f]).toMatch(ISO_TIMESTAMP);
    for (const f of c.dates ?? []) if (created[f] !== null) expect(created[f]).toMatch(ISO_DATE);
    for (const f of c.money ?? []) expect(Number.isSafeInteger(created[f])).toBe(true);
    expect(created).not.toHaveProperty('passwordHash');
    const after = await rowCounts(t);
    expect(after[table]).toBe(before[table] + 1);
    expect(after.audit_events).toBe(before.audit_events + 1);
  });

  it('POST without a required field answers 400 naming it, and writes nothing', async () => {
    const before = await rowCounts(t);
    const { [c.required]: _omitted, ...rest } = c.payload();
    const res = await t.http.post(`/api/${r}`).send(rest);
    expectFieldError(res, c.required);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('POST with an unknown field answers 400 naming it, and writes nothing', async () => {
    const before = await rowCounts(t);
    const res = await t.http.post(`/api/${r}`).send({ ...c.payload(), nonsenseField: 'x' });
    expectFieldError(res, 'nonsenseField');
    expect(await rowCounts(t)).toEqual(before);
  });

  it('GET /:id answers 200 with the same record', async () => {
    expect(await get(r, created.id)).toEqual(created);
    const missing = await t.http.get(`/api/${r}/2147483000`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, message: expect.any(String) });
  });

  it('GET list includes it, with a correct Content-Range', async () => {
    const counts = await rowCounts(t);
    const all = await t.http.get(`/api/${r}?${qs({ range: [0, 999] })}`);
    expect(all.status).toBe(200);
    expect(all.body).toHaveLength(counts[table]);
    expect(all.headers['content-range']).toBe(`${r} 0-${counts[table] - 1}/${counts[table]}`);
    expect(all.body.find((row: Body) => row.id === created.id)).toEqual(created);

    const one = await t.http.get(`/api/${r}?${qs({ filter: { id: [created.id] } })}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual([created]);
    expect(one.headers['content-range']).toBe(`${r} 0-0/1`);

    const page = await t.http.get(`/api/${r}?${qs({ sort: ['id', 'DESC'], range: [0, 0] })}`);
    expect(page.body).toHaveLength(1);
    expect(page.body[0].id).toBe(Math.max(...all.body.map((row: Body) => row.id)));
    expect(page.headers['content-range']).toBe(`${r} 0-0/${counts[table]}`);
  });

  it('PUT with the whole record and its version: 200, version + 1, change applied, read-only fields ignored', async () => {
    const sent = {
      ...current, ...c.change, ...(c.readOnlySent ?? {}),
      createdAt: '2001-01-01T00:00:00.000Z', updatedAt: '2001-01-01T00:00:00.000Z',
    };
    const res = await t.http.put(`/api/${r}/${created.id}`).send(sent);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ...c.change, id: created.id, version: 2, createdAt: created.createdAt });
    if (c.readOnlyKept) expect(res.body).toMatchObject(c.readOnlyKept);
    expect(new Date(res.body.updatedAt).getTime()).toBeGreaterThan(new Date(created.updatedAt).getTime());
    // Everything not changed is as it was.
    const untouched = Object.fromEntries(Object.entries(created).filter(([k]) => !(k in c.change) && !['version', 'updatedAt'].includes(k)));
    expect(res.body).toMatchObject(untouched);
    expect(await get(r, created.id)).toEqual(res.body);
    current = res.body;
  });

  it('PUT with a stale version answers 409 with a message and changes nothing', async () => {
    const before = await rowCounts(t);
    const res = await t.http.put(`/api/${r}/${created.id}`).send({ ...current, ...c.change2, version: 1 });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ statusCode: 409, message: expect.stringMatching(/\w{3,}.*\w{3,}/) });
    expect(await get(r, created.id)).toEqual(current);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('PUT without a version answers 400 naming version and changes nothing', async () => {
    const before = await rowCounts(t);
    const { version: _v, ...withoutVersion } = { ...current, ...c.change2 };
    const res = await t.http.put(`/api/${r}/${created.id}`).send(withoutVersion);
    expectFieldError(res, 'version');
    expect(await get(r, created.id)).toEqual(current);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('PUT with an unknown field answers 400 naming it and changes nothing', async () => {
    const before = await rowCounts(t);
    const res = await t.http.put(`/api/${r}/${created.id}`).send({ ...current, ...c.change2, nonsenseField: 1 });
    expectFieldError(res, 'nonsenseField');
    expect(res.body.errors.nonsenseField).toMatch(/nonsenseField/);
    expect(await get(r, created.id)).toEqual(current);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('PUT of a record that does not exist answers 404', async () => {
    const before = await rowCounts(t);
    const res = await t.http.put(`/api/${r}/2147483000`).send({ ...c.change2, version: 1 });
    expect(res.status).toBe(404);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('wrote exactly one audit event per accepted write, with before/after of what changed', async () => {
    const events = await auditOf(r, created.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    const [onCreate, onUpdate] = events;
    expect(onCreate).toMatchObject({ resource: r, recordId: created.id, userId: t.userId, occurredAt: expect.stringMatching(ISO_TIMESTAMP) });
    for (const [field, value] of Object.entries(payload)) {
      if (value === null || value === undefined) continue;
      const expected = Array.isArray(value) ? [...value].sort() : value;
      expect({ field, change: onCreate.changes[field] }).toEqual({ field, change: { before: null, after: expected } });
    }
    expect(onCreate.changes).not.toHaveProperty('version');
    expect(onCreate.changes).not.toHaveProperty('passwordHash');

    expect(onUpdate).toMatchObject({ resource: r, recordId: created.id, action: 'update' });
    // Exactly the fields that changed, no more: not the read-only ones that were sent and ignored.
    expect(Object.keys(onUpdate.changes).sort()).toEqual(Object.keys(c.change).sort());
    for (const [field, value] of Object.entries(c.change)) {
      expect({ field, change: onUpdate.changes[field] }).toEqual({ field, change: { before: created[field] ?? null, after: value } });
    }
  });

  it('DELETE answers 200 with the deleted record; then GET and a second DELETE answer 404', async () => {
    const before = await rowCounts(t);
    const res = await t.http.delete(`/api/${r}/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(current);
    expect((await t.http.get(`/api/${r}/${created.id}`)).status).toBe(404);
    const again = await t.http.delete(`/api/${r}/${created.id}`);
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ statusCode: 404, message: expect.any(String) });
    const after = await rowCounts(t);
    expect(after[table]).toBe(before[table] - 1);
    expect(after.audit_events).toBe(before.audit_events + 1);

    const events = await auditOf(r, created.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    const onDelete = events[2];
    for (const [field, value] of Object.entries(c.change)) {
      expect({ field, change: onDelete.changes[field] }).toEqual({ field, change: { before: value, after: null } });
    }
  });
});

// ---- mass assignment and odd inputs ---------------------------------------------------------------

describe('no mass assignment', () => {
  it('a user cannot be given a password hash through PUT', async () => {
    const person = await create(t, 'people', valid.person());
    const user = await create(t, 'users', valid.user({ personId: person.id }));
    const before = await rowCounts(t);
    const res = await t.http.put(`/api/users/${user.id}`).send({ ...user, passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$bm9wZQ$bm9wZQ' });
    expectFieldError(res, 'passwordHash');
    expect(await rowCounts(t)).toEqual(before);
    const [{ hash }] = await t.dataSource.query('SELECT password_hash AS hash FROM users WHERE id = $1', [user.id]);
    expect(hash).toBeNull();
  });

  it('an id in the body of a PUT does not move the record', async () => {
    const lab = await create(t, 'labs', valid.lab());
    const other = await create(t, 'labs', valid.lab());
    const res = await t.http.put(`/api/labs/${lab.id}`).send({ ...lab, id: other.id, city: 'Haarlem' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: lab.id, city: 'Haarlem', version: 2 });
    expect(await get('labs', other.id)).toEqual(other);
  });

  it('a PUT that changes nothing keeps the version and writes no audit event', async () => {
    const lab = await create(t, 'labs', valid.lab());
    const before = await rowCounts(t);
    const res = await t.http.put(`/api/labs/${lab.id}`).send(lab);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(lab);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('a non-numeric id in the path answers 400, not 500', async () => {
    const res = await t.http.get('/api/labs/abc');
    expectFieldError(res, 'id');
  });

  it('a measurement created with status "approved" is still a draft', async () => {
    const indicator = await create(t, 'indicators', valid.indicator(fx.project.id));
    const res = await t.http.post('/api/measurements').send({ ...valid.measurement(indicator.id), status: 'approved', reviewComment: 'ok' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', reviewComment: null });
  });

  it('a project created with phase "rollout" starts in scenario', async () => {
    const res = await t.http.post('/api/projects').send({ ...valid.project(fx.lab.id), phase: 'rollout', previousPhase: 'experiment' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ phase: 'scenario', previousPhase: null });
  });
});

// ---- concurrency and database constraints ---------------------------------------------------------

describe('concurrent writes and database constraints: 4xx, never 500, nothing written', () => {
  it('two PUTs with the same version at once: exactly one wins, the other gets 409; one audit event', async () => {
    const lab = await create(t, 'labs', valid.lab());
    const [a, b] = await Promise.all([
      t.http.put(`/api/labs/${lab.id}`).send({ ...lab, city: 'Almere' }),
      t.http.put(`/api/labs/${lab.id}`).send({ ...lab, city: 'Breda' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a.body : b.body;
    expect(await get('labs', lab.id)).toEqual(winner);
    expect(winner.version).toBe(2);
    expect((await auditOf('labs', lab.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('a reference to a record that does not exist: 422 naming the field', async () => {
    const before = await rowCounts(t);
    expectFieldError(await t.http.post('/api/themes').send(valid.theme(2147483000)), 'labId', 422);
    expectFieldError(await t.http.post('/api/projects').send(valid.project(fx.lab.id, { leadOrganisationId: 2147483000 })), 'leadOrganisationId', 422);
    expectFieldError(await t.http.post('/api/measurements').send(valid.measurement(2147483000)), 'indicatorId', 422);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('an unknown id in a link array (themeIds / districtIds): 422 naming that field; nothing written', async () => {
    const project = await get('projects', fx.project.id);
    const before = await rowCounts(t);
    const refused = [
      ['themeIds', await t.http.post('/api/projects').send(valid.project(fx.lab.id, { themeIds: [2147483000] }))],
      ['districtIds', await t.http.post('/api/projects').send(valid.project(fx.lab.id, { districtIds: [99] }))],
      ['themeIds', await t.http.put(`/api/projects/${fx.project.id}`).send({ ...project, themeIds: [2147483000] })],
    ] as const;
    expect(refused.map(([, res]) => res.status)).toEqual([422, 422, 422]);
    expect(await rowCounts(t)).toEqual(before);
    expect(await get('projects', fx.project.id)).toEqual(project);
    // react-admin shows `errors.<source>` under the input: the field the client sent, not a join-table column.
    for (const [field, res] of refused) expectFieldError(res, field, 422);
  });

  it('a duplicate of a unique value: 409 naming the field(s)', async () => {
    const before = await rowCounts(t);
    expectFieldError(await t.http.post('/api/labs').send({ ...valid.lab(), name: fx.lab.name }), 'name', 409);
    expectFieldError(await t.http.post('/api/projects').send(valid.project(fx.lab.id, { code: fx.project.code })), 'code', 409);
    const m = await create(t, 'measurements', valid.measurement(fx.indicator.id, { period: '2015-Q1' }));
    const dup = await t.http.post('/api/measurements').send(valid.measurement(fx.indicator.id, { period: '2015-Q1' }));
    expectFieldError(dup, 'period', 409);
    expect((await rowCounts(t)).measurements).toBe(before.measurements + 1);
    expect((await t.http.delete(`/api/measurements/${m.id}`)).status).toBe(200);
  });

  it('a partial PUT that breaks a rule spanning stored fields: 4xx naming the field; row unchanged', async () => {
    const lab = await create(t, 'labs', valid.lab());
    const before = await rowCounts(t);
    const res = await t.http.put(`/api/labs/${lab.id}`).send({ version: 1, endDate: '2015-01-01' });
    expect([400, 422]).toContain(res.status);
    expect(res.body.errors).toHaveProperty('endDate');
    expect(await get('labs', lab.id)).toEqual(lab);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('list queries: unknown sort or filter fields answer 400; an empty page says */total', async () => {
    expectFieldError(await t.http.get(`/api/labs?${qs({ sort: ['nope', 'ASC'] })}`), 'sort');
    expectFieldError(await t.http.get(`/api/labs?${qs({ filter: { 'name; DROP TABLE labs': 1 } })}`), 'filter');
    const counts = await rowCounts(t);
    const empty = await t.http.get(`/api/labs?${qs({ range: [1000, 1009] })}`);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual([]);
    expect(empty.headers['content-range']).toBe(`labs */${counts.labs}`);
  });
});

// ---- referential integrity on delete ---------------------------------------------------------------

describe('deleting a record others depend on', () => {
  let g: Awaited<ReturnType<typeof projectGraph>>;
  let secondMilestone: Body;

  beforeAll(async () => {
    g = await projectGraph(t);
    secondMilestone = await create(t, 'milestones', valid.milestone(g.project.id, { dueDate: '2016-09-30' }));
  });

  async function expectReferenced(resource: string, id: number, dependents: RegExp[]) {
    const before = await rowCounts(t);
    const res = await t.http.delete(`/api/${resource}/${id}`);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ statusCode: 409, message: expect.any(String) });
    for (const d of dependents) expect(res.body.message).toMatch(d);
    // The same counts, machine-readable, keyed by resource: the dashboard words them in Dutch.
    expect(Object.keys(res.body.dependents).length).toBeGreaterThan(0);
    for (const [name, n] of Object.entries(res.body.dependents)) {
      expect(name).toMatch(/^[a-z-]+$/);
      expect(res.body.message).toContain(`${n} ${name.replace(/-/g, ' ')}`);
    }
    expect(await rowCounts(t)).toEqual(before);
    expect((await t.http.get(`/api/${resource}/${id}`)).status).toBe(200);
  }

  it('a project with milestones, indicators and more: 409 naming them with counts; nothing deleted (links kept too)', async () => {
    await expectReferenced('projects', g.project.id, [
      /\b2 milestones\b/, /\b1 indicators?\b/, /\b1 memberships?\b/, /\b1 agreements?\b/, /\b1 status[ _-]updates?\b/, /\b1 lessons?\b/,
    ]);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM project_themes WHERE project_id = $1', [g.project.id]);
    expect(n).toBe(1);
  });

  it('a lab with projects and themes: 409 naming both', async () => {
    await expectReferenced('labs', g.lab.id, [/\b1 projects?\b/, /\b1 themes?\b/]);
  });

  it('an organisation with a project, a person and an agreement: 409 naming them', async () => {
    await expectReferenced('organisations', g.organisation.id, [/\b1 projects?\b/, /\b1 people\b|\b1 person\b/, /\b1 agreements?\b/]);
  });

  it('a theme used by a project and a lesson: 409 naming them', async () => {
    await expectReferenced('themes', g.theme.id, [/\b1 project[ _]themes?\b/, /\b1 lessons?\b/]);
  });

  it('a person on a team and owning a milestone: 409 naming them', async () => {
    await expectReferenced('people', g.person.id, [/\b1 memberships?\b/, /\b1 milestones?\b/]);
  });

  it('a person with a user account: 409 naming users', async () => {
    const person = await create(t, 'people', valid.person());
    await create(t, 'users', valid.user({ personId: person.id }));
    await expectReferenced('people', person.id, [/\b1 users?\b/]);
  });

  it('an indicator with measurements: 409 naming measurements', async () => {
    await expectReferenced('indicators', g.indicator.id, [/\b1 measurements?\b/]);
  });

  it('an indicator paid for by an outcome contract: 409 naming agreements', async () => {
    const indicator = await create(t, 'indicators', valid.indicator(g.project.id));
    const contract = await create(t, 'agreements', valid.agreement(g.project.id, g.organisation.id, {
      kind: 'outcome_contract', indicatorId: indicator.id, pricePerUnitCents: 100_000, maxPaymentCents: 5_000_000,
    }));
    try {
      await expectReferenced('indicators', indicator.id, [/\b1 agreements?\b/]);
    } finally {
      expect((await t.http.delete(`/api/agreements/${contract.id}`)).status).toBe(200);
      expect((await t.http.delete(`/api/indicators/${indicator.id}`)).status).toBe(200);
    }
  });

  it('an indicator with target revisions but no measurements is deleted with its revisions (cascade)', async () => {
    const indicator = await create(t, 'indicators', valid.indicator(g.project.id));
    for (const [newValue, effectiveFrom] of [[60, '2016-Q3'], [70, '2017-Q1']] as const) {
      const res = await t.http.post('/api/target-revisions').send({ indicatorId: indicator.id, newValue, effectiveFrom, reason: 'Bijgesteld' });
      expect(res.status).toBe(201);
    }
    const before = await rowCounts(t);
    const res = await t.http.delete(`/api/indicators/${indicator.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: indicator.id, targetValue: 70 });
    const after = await rowCounts(t);
    expect(after.indicators).toBe(before.indicators - 1);
    expect(after.target_revisions).toBe(before.target_revisions - 2);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM target_revisions WHERE indicator_id = $1', [indicator.id]);
    expect(n).toBe(0);
  });

  it('once its dependents are gone, the project is deleted and its theme and district links go with it', async () => {
    for (const [resource, id] of [
      ['measurements', g.measurement.id], ['agreements', g.agreement.id], ['milestones', g.milestone.id], ['milestones', secondMilestone.id],
      ['indicators', g.indicator.id], ['memberships', g.membership.id], ['status-updates', g.statusUpdate.id], ['lessons', g.lesson.id],
    ] as const) {
      const res = await t.http.delete(`/api/${resource}/${id}`);
      expect({ resource, status: res.status }).toEqual({ resource, status: 200 });
    }
    const before = await rowCounts(t);
    const res = await t.http.delete(`/api/projects/${g.project.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: g.project.id, themeIds: [g.theme.id], districtIds: [1, 3] });
    const after = await rowCounts(t);
    expect(after.projects).toBe(before.projects - 1);
    expect(after.project_themes).toBe(before.project_themes - 1);
    expect(after.project_districts).toBe(before.project_districts - 2);
    // The theme and the districts themselves stay.
    expect(after.themes).toBe(before.themes);
    expect(after.districts).toBe(8);
    expect((await t.http.get(`/api/projects/${g.project.id}`)).status).toBe(404);
    // The theme is free now (its lesson went too) and can be deleted.
    expect((await t.http.delete(`/api/themes/${g.theme.id}`)).status).toBe(200);
  });
});

// ---- target revisions -----------------------------------------------------------------------------

describe('target-revisions', () => {
  let indicator: Body;
  let revision: Body;

  beforeAll(async () => {
    indicator = await create(t, 'indicators', valid.indicator(fx.project.id, { baselineValue: 10, targetValue: 50, targetDate: '2017-12-31' }));
  });

  it('POST records the revision and moves the indicator\'s target, bumping its version', async () => {
    const before = await rowCounts(t);
    const res = await t.http.post('/api/target-revisions').send({
      indicatorId: indicator.id, newValue: 60, newDate: '2018-06-30', effectiveFrom: '2016-Q4', reason: 'Meer werkgevers doen mee',
    });
    expect(res.status).toBe(201);
    revision = res.body;
    expect(revision).toMatchObject({
      indicatorId: indicator.id, oldValue: 50, newValue: 60, oldDate: '2017-12-31', newDate: '2018-06-30',
      effectiveFrom: '2016-Q4', reason: 'Meer werkgevers doen mee', revisedById: t.userId,
    });
    expect(Number.isInteger(revision.id)).toBe(true);
    expect(revision.revisedAt).toMatch(ISO_TIMESTAMP);
    const moved = await get('indicators', indicator.id);
    expect(moved).toMatchObject({ targetValue: 60, targetDate: '2018-06-30', version: indicator.version + 1, baselineValue: 10 });
    const after = await rowCounts(t);
    expect(after.target_revisions).toBe(before.target_revisions + 1);
    expect(after.indicators).toBe(before.indicators);

    const revEvents = await auditOf('target-revisions', revision.id);
    expect(revEvents).toHaveLength(1);
    expect(revEvents[0]).toMatchObject({ action: 'create', changes: { newValue: { before: null, after: 60 }, reason: { before: null, after: 'Meer werkgevers doen mee' } } });
    const indEvents = await auditOf('indicators', indicator.id);
    expect(indEvents.map((e) => e.action)).toEqual(['create', 'update']);
    expect(indEvents[1].changes).toEqual({ targetValue: { before: 50, after: 60 }, targetDate: { before: '2017-12-31', after: '2018-06-30' } });
  });

  it('GET list and GET /:id work', async () => {
    const list = await t.http.get(`/api/target-revisions?${qs({ filter: { indicatorId: indicator.id } })}`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([revision]);
    expect(list.headers['content-range']).toBe('target-revisions 0-0/1');
    expect(await get('target-revisions', revision.id)).toEqual(revision);
  });

  it('PUT and DELETE answer 405 and change nothing', async () => {
    const before = await rowCounts(t);
    const put = await t.http.put(`/api/target-revisions/${revision.id}`).send({ ...revision, reason: 'Anders' });
    expect(put.status).toBe(405);
    expect(put.body.message).toEqual(expect.any(String));
    const del = await t.http.delete(`/api/target-revisions/${revision.id}`);
    expect(del.status).toBe(405);
    expect(await rowCounts(t)).toEqual(before);
    expect(await get('target-revisions', revision.id)).toEqual(revision);
  });

  it('the indicator as read before the revision is stale now: PUT answers 409', async () => {
    const before = await rowCounts(t);
    const res = await t.http.put(`/api/indicators/${indicator.id}`).send({ ...indicator, name: 'Te laat' });
    expect(res.status).toBe(409);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('an indicator PUT that changes a set targetValue answers 400 naming targetValue; nothing written', async () => {
    const current = await get('indicators', indicator.id);
    const before = await rowCounts(t);
    const res = await t.http.put(`/api/indicators/${indicator.id}`).send({ ...current, targetValue: 80, name: 'Stiekem' });
    expectFieldError(res, 'targetValue');
    expect(await get('indicators', indicator.id)).toEqual(current);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('an indicator PUT that sends the unchanged target back is accepted', async () => {
    const current = await get('indicators', indicator.id);
    const res = await t.http.put(`/api/indicators/${indicator.id}`).send({ ...current, name: 'Duurzame plaatsingen' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Duurzame plaatsingen', targetValue: 60, version: current.version + 1 });
  });

  it('an indicator without a target may get its first target through PUT', async () => {
    const open = await create(t, 'indicators', valid.indicator(fx.project.id, { targetValue: null, targetDate: null }));
    const res = await t.http.put(`/api/indicators/${open.id}`).send({ ...open, targetValue: 40, targetDate: '2017-06-30' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ targetValue: 40, targetDate: '2017-06-30', version: 2 });
  });

  it('a revision against the indicator\'s direction answers 400 naming newValue; nothing written', async () => {
    const before = await rowCounts(t);
    const res = await t.http.post('/api/target-revisions').send({ indicatorId: indicator.id, newValue: 5, effectiveFrom: '2017-Q1', reason: 'Lager' });
    expectFieldError(res, 'newValue');
    expect(await rowCounts(t)).toEqual(before);
  });

  it('a revision without a reason, or with an unknown field, answers 400; nothing written', async () => {
    const before = await rowCounts(t);
    expectFieldError(await t.http.post('/api/target-revisions').send({ indicatorId: indicator.id, newValue: 65, effectiveFrom: '2017-Q1' }), 'reason');
    expectFieldError(
      await t.http.post('/api/target-revisions').send({ indicatorId: indicator.id, newValue: 65, effectiveFrom: '2017-Q1', reason: 'x', oldValue: 1 }),
      'oldValue',
    );
    expect(await rowCounts(t)).toEqual(before);
  });

  it('a revision of an indicator that does not exist answers 422 naming indicatorId', async () => {
    const before = await rowCounts(t);
    const res = await t.http.post('/api/target-revisions').send({ indicatorId: 2147483000, newValue: 65, effectiveFrom: '2017-Q1', reason: 'x' });
    expectFieldError(res, 'indicatorId', 422);
    expect(await rowCounts(t)).toEqual(before);
  });
});

// ---- read-only resources --------------------------------------------------------------------------

describe('read-only resources', () => {
  beforeAll(async () => {
    // One gate decision so that phase-decisions has something to show.
    const res = await t.http.post(`/api/projects/${fx.project.id}/transition`).send({ to: 'experiment', decision: 'no_go', rationale: 'Nog geen trekker' });
    expect(res.status).toBe(200);
  });

  it('districts: the 8 stadsdelen from the migration', async () => {
    const res = await t.http.get(`/api/districts?${qs({ sort: ['id', 'ASC'] })}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('districts 0-7/8');
    expect(res.body.map((d: Body) => d.name)).toEqual(['Centrum', 'Nieuw-West', 'Noord', 'Oost', 'West', 'Zuid', 'Zuidoost', 'Weesp']);
    expect(res.body[0]).toEqual({ id: 1, code: 'centrum', name: 'Centrum' });
    expect(await get('districts', 3)).toEqual({ id: 3, code: 'noord', name: 'Noord' });
    const search = await t.http.get(`/api/districts?${qs({ filter: { q: 'zuid' }, sort: ['name', 'ASC'] })}`);
    expect(search.body.map((d: Body) => d.name)).toEqual(['Zuid', 'Zuidoost']);
    expect(search.headers['content-range']).toBe('districts 0-1/2');
  });

  it('phase-decisions: GET list and GET /:id show the decision', async () => {
    const res = await t.http.get(`/api/phase-decisions?${qs({ filter: { projectId: fx.project.id } })}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('phase-decisions 0-0/1');
    expect(res.body[0]).toMatchObject({ projectId: fx.project.id, fromPhase: 'scenario', toPhase: 'experiment', decision: 'no_go', rationale: 'Nog geen trekker' });
    expect(res.body[0].decidedAt).toMatch(ISO_TIMESTAMP);
    expect(await get('phase-decisions', res.body[0].id)).toEqual(res.body[0]);
  });

  it('audit-events: GET list (newest first) and GET /:id', async () => {
    // Every event, the security events (resource auth) included, which rowCounts leaves out.
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events');
    const res = await t.http.get(`/api/audit-events?${qs({ range: [0, 4] })}`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(5);
    expect(res.headers['content-range']).toBe(`audit-events 0-4/${n}`);
    const ids = res.body.map((e: Body) => e.id);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => b - a));
    expect(await get('audit-events', ids[0])).toEqual(res.body[0]);
  });

  const READ_ONLY = [
    { resource: 'districts', id: async () => 1 },
    { resource: 'phase-decisions', id: async () => (await t.http.get('/api/phase-decisions')).body[0].id },
    { resource: 'audit-events', id: async () => (await t.http.get('/api/audit-events')).body[0].id },
  ];

  it.each(READ_ONLY)('$resource: POST, PUT and DELETE answer 405 and change nothing', async ({ resource, id }) => {
    const recordId = await id();
    const record = await get(resource, recordId);
    const before = await rowCounts(t);
    const post = await t.http.post(`/api/${resource}`).send({ ...record, id: undefined });
    expect(post.status).toBe(405);
    expect(post.body).toMatchObject({ statusCode: 405, message: expect.any(String) });
    const put = await t.http.put(`/api/${resource}/${recordId}`).send({ ...record, version: 1 });
    expect(put.status).toBe(405);
    const del = await t.http.delete(`/api/${resource}/${recordId}`);
    expect(del.status).toBe(405);
    expect(await rowCounts(t)).toEqual(before);
    expect(await get(resource, recordId)).toEqual(record);
  });
});
