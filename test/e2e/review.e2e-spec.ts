import { create, projectGraph, rowCounts, valid } from '../support/factories';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

/**
 * The review flow of a measurement over HTTP: draft → submitted → approved, or returned with a comment and
 * resubmitted; reopened with a reason for a correction. Every step, every role, the thread, the queues.
 */
type Body = Record<string, any>;
type Who = 'team' | 'outsider' | 'focus_team' | 'admin';

const PASSWORD = 'review-test-password';
let t: TestApp;
let graph: Awaited<ReturnType<typeof projectGraph>>;
const as = {} as Record<Who, Http & { userId: number }>;
let quarter = 0;

beforeAll(async () => {
  t = await createTestApp();
  graph = await projectGraph(t);
  // A second project, whose member is an outsider to the first.
  const other = await create(t, 'projects', valid.project(graph.lab.id));
  const outsider = await create(t, 'people', valid.person());
  await create(t, 'memberships', valid.membership(other.id, outsider.id));
  const users: Record<Exclude<Who, 'admin'>, Body> = {
    team: valid.user({ role: 'project_member', personId: graph.person.id, password: PASSWORD }),
    outsider: valid.user({ role: 'project_member', personId: outsider.id, password: PASSWORD }),
    focus_team: valid.user({ role: 'focus_team', password: PASSWORD }),
  };
  for (const [who, body] of Object.entries(users)) {
    await create(t, 'users', body);
    as[who as Who] = await t.as(body.email, PASSWORD);
  }
  as.admin = Object.assign(t.http, { userId: t.userId });
});
afterAll(async () => { await t?.close(); });

/** A fresh measurement of the graph's indicator, in a quarter of its own, brought to `status` through the API. */
async function measurement(status: 'draft' | 'submitted' | 'approved' | 'returned' = 'draft'): Promise<Body> {
  const n = quarter++;
  let m = await create(t, 'measurements', valid.measurement(graph.indicator.id, { period: `${2017 + Math.floor(n / 4)}-Q${(n % 4) + 1}`, value: 12 }));
  const step = async (action: string, comment?: string) => {
    const res = await as.focus_team.post(`/api/measurements/${m.id}/${action}`).send({ comment });
    expect(res.status).toBe(200);
    m = res.body;
  };
  if (status !== 'draft') await step('submit');
  if (status === 'approved') await step('approve');
  if (status === 'returned') await step('return', 'Bron ontbreekt.');
  return m;
}

const get = async (id: number) => (await t.http.get(`/api/measurements/${id}`)).body;
const thread = async (id: number) => (await t.http.get(`/api/measurements/${id}/comments`)).body as Body[];

describe('the whole flow', () => {
  it('goes draft → submitted → returned → fixed → resubmitted → approved → reopened, every step on record', async () => {
    const m = await measurement();
    expect(m).toMatchObject({ status: 'draft', submittedAt: null, projectId: graph.project.id });

    const submitted = await as.team.post(`/api/measurements/${m.id}/submit`).send({});
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', version: m.version + 1 });
    expect(submitted.body.submittedAt).not.toBeNull();

    const returned = await as.focus_team.post(`/api/measurements/${m.id}/return`).send({ comment: 'Het bewijs ontbreekt: voeg de presentielijst toe.' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', reviewComment: 'Het bewijs ontbreekt: voeg de presentielijst toe.', reviewedById: as.focus_team.userId });

    const fixed = await as.team.put(`/api/measurements/${m.id}`).send({ version: returned.body.version, value: 14, evidenceUrl: 'https://example.org/lijst.pdf' });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ status: 'returned', value: 14 });

    expect((await as.team.post(`/api/measurements/${m.id}/submit`).send({ comment: 'Lijst toegevoegd.' })).status).toBe(200);
    const approved = await as.focus_team.post(`/api/measurements/${m.id}/approve`).send({});
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', reviewComment: null, value: 14 });

    const reopened = await as.admin.post(`/api/measurements/${m.id}/reopen`).send({ comment: 'Telling bleek dubbel: correctie.' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'draft', reviewComment: 'Telling bleek dubbel: correctie.' });

    expect((await thread(m.id)).map((c) => [c.kind, c.authorId, c.body])).toEqual([
      ['submit', as.team.userId, null],
      ['return', as.focus_team.userId, 'Het bewijs ontbreekt: voeg de presentielijst toe.'],
      ['submit', as.team.userId, 'Lijst toegevoegd.'],
      ['approve', as.focus_team.userId, null],
      ['reopen', t.userId, 'Telling bleek dubbel: correctie.'],
    ]);
    const events = (await t.http.get(`/api/audit-events?filter={"resource":"measurements","recordId":${m.id}}&sort=["id","ASC"]`)).body as Body[];
    expect(events.map((e) => e.action)).toEqual(['create', 'submit', 'return', 'update', 'submit', 'approve', 'reopen']);
    expect(events[5].changes.status).toEqual({ before: 'submitted', after: 'approved' });
  });
});

describe('who may take which step', () => {
  const steps: [string, 'draft' | 'submitted' | 'approved' | 'returned', string | undefined][] = [
    ['submit', 'draft', undefined],
    ['submit', 'returned', undefined],
    ['approve', 'submitted', undefined],
    ['return', 'submitted', 'Klopt niet.'],
    ['reopen', 'approved', 'Correctie nodig.'],
  ];
  const allowed: Record<string, Who[]> = {
    submit: ['team', 'focus_team', 'admin'],
    approve: ['focus_team', 'admin'],
    return: ['focus_team', 'admin'],
    reopen: ['focus_team', 'admin'],
  };
  const to: Record<string, string> = { submit: 'submitted', approve: 'approved', return: 'returned', reopen: 'draft' };
  const cases = steps.flatMap(([action, from, comment]) =>
    (['team', 'outsider', 'focus_team', 'admin'] as Who[]).map((who) => [action, from, who, comment] as const));

  it.each(cases)('%s from %s by %s', async (action, from, who, comment) => {
    const m = await measurement(from);
    const before = await rowCounts(t);
    const res = await as[who].post(`/api/measurements/${m.id}/${action}`).send({ comment });
    if (allowed[action].includes(who)) {
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(to[action]);
    } else {
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect(await get(m.id)).toEqual(m);
      expect(await rowCounts(t)).toEqual(before);
    }
  });
});

describe('refused steps change nothing', () => {
  it.each([
    ['approve', 'draft', undefined, ['status']],
    ['return', 'approved', 'Nee.', ['status']],
    ['submit', 'submitted', undefined, ['status']],
    ['submit', 'approved', undefined, ['status']],
    ['reopen', 'submitted', 'Waarom?', ['status']],
    ['return', 'submitted', undefined, ['comment']],
    ['return', 'submitted', '   ', ['comment']],
    ['reopen', 'approved', undefined, ['comment']],
    ['approve', 'returned', undefined, ['status']],
  ] as const)('%s of a %s measurement (comment %p): 422 naming %p', async (action, from, comment, unmet) => {
    const m = await measurement(from);
    const before = await rowCounts(t);
    const res = await as.focus_team.post(`/api/measurements/${m.id}/${action}`).send({ comment });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INVALID_TRANSITION');
    expect(res.body.unmet.map((u: Body) => u.criterion)).toEqual(unmet);
    expect(res.body.message).toMatch(/\S/);
    expect(await get(m.id)).toEqual(m);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('answers 404 for an unknown step or measurement, 400 for a bad body, 409 for a stale version', async () => {
    const m = await measurement('submitted');
    const before = await rowCounts(t);
    expect((await as.focus_team.post(`/api/measurements/${m.id}/publish`).send({})).status).toBe(404);
    expect((await as.focus_team.post('/api/measurements/999999/approve').send({})).status).toBe(404);
    const long = await as.focus_team.post(`/api/measurements/${m.id}/return`).send({ comment: 'x'.repeat(4001) });
    expect(long.status).toBe(400);
    expect(Object.keys(long.body.errors)).toEqual(['comment']);
    const wrongType = await as.focus_team.post(`/api/measurements/${m.id}/approve`).send({ comment: 12 });
    expect(wrongType.status).toBe(400);
    const stale = await as.focus_team.post(`/api/measurements/${m.id}/approve`).send({ version: m.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(await get(m.id)).toEqual(m);
    expect(await rowCounts(t)).toEqual(before);
    expect((await as.focus_team.post(`/api/measurements/${m.id}/approve`).send({ version: m.version })).status).toBe(200);
  });
});

describe('what the team may still change', () => {
  it.each(['submitted', 'approved'] as const)('a %s measurement keeps its value, note and evidence', async (status) => {
    const m = await measurement(status);
    for (const change of [{ value: 99 }, { note: 'anders' }, { evidenceUrl: 'https://example.org/x' }, { period: '2035-Q1' }]) {
      for (const who of ['team', 'admin'] as const) {
        const res = await as[who].put(`/api/measurements/${m.id}`).send({ version: m.version, ...change });
        expect(res.status).toBe(409);
        expect(Object.keys(res.body.errors)).toEqual(Object.keys(change));
        expect(res.body.message).toMatch(status === 'approved' ? /reopen/ : /review/);
      }
    }
    // Sending the stored values back unchanged (as react-admin's form does) is not a change.
    expect((await as.team.put(`/api/measurements/${m.id}`).send({ ...m })).status).toBe(200);
    expect(await get(m.id)).toEqual(m);
  });

  it('an approved measurement cannot be deleted until it is reopened', async () => {
    const m = await measurement('approved');
    const refused = await as.admin.delete(`/api/measurements/${m.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual({ status: expect.stringMatching(/reopen/) });
    const reopened = await as.focus_team.post(`/api/measurements/${m.id}/reopen`).send({ comment: 'Dubbel ingevoerd.' });
    expect((await as.team.delete(`/api/measurements/${m.id}`)).status).toBe(200);
    expect(reopened.body.status).toBe('draft');
    expect((await t.http.get(`/api/measurements/${m.id}`)).status).toBe(404);
  });
});

describe('the thread', () => {
  it('takes remarks from the team and the focus team, not from outsiders, and never an empty one', async () => {
    const m = await measurement('submitted');
    const mine = await as.team.post(`/api/measurements/${m.id}/comments`).send({ body: '  Zie bijlage.  ' });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ measurementId: m.id, authorId: as.team.userId, kind: 'comment', body: 'Zie bijlage.' });
    expect(mine.body.authorName).toMatch(/Gebruiker/);
    expect((await as.focus_team.post(`/api/measurements/${m.id}/comments`).send({ body: 'Dank.' })).status).toBe(201);

    const before = await rowCounts(t);
    expect((await as.outsider.post(`/api/measurements/${m.id}/comments`).send({ body: 'Ik ook.' })).status).toBe(403);
    for (const body of [{}, { body: '' }, { body: '   ' }, { body: 'x'.repeat(4001) }, { body: 3 }]) {
      const res = await as.team.post(`/api/measurements/${m.id}/comments`).send(body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)).toEqual(['body']);
    }
    expect((await as.team.get('/api/measurements/999999/comments')).status).toBe(404);
    expect(await rowCounts(t)).toEqual(before);
    expect((await thread(m.id)).map((c) => [c.kind, c.body])).toEqual([['submit', null], ['comment', 'Zie bijlage.'], ['comment', 'Dank.']]);
  });
});

describe('the queues', () => {
  it('show the focus team what to review and each team what came back to it, with the same counts on the home page', async () => {
    await measurement('submitted');
    await measurement('returned');
    const ids = (res: { body: Body[] }) => res.body.map((m) => m.id).sort((a, b) => a - b);
    const all = (await t.http.get('/api/measurements?range=[0,999]')).body as Body[];
    const submitted = all.filter((m) => m.status === 'submitted').map((m) => m.id).sort((a, b) => a - b);
    const returned = all.filter((m) => m.status === 'returned' && m.projectId === graph.project.id).map((m) => m.id).sort((a, b) => a - b);
    expect(submitted.length).toBeGreaterThan(0);
    expect(returned.length).toBeGreaterThan(0);

    const toReview = await as.focus_team.get('/api/measurements?filter={"queue":"to_review"}&range=[0,999]');
    expect(ids(toReview)).toEqual(submitted);
    expect(toReview.headers['content-range']).toMatch(new RegExp(`/${submitted.length}$`));
    expect(ids(await as.team.get('/api/measurements?filter={"queue":"returned_to_me"}&range=[0,999]'))).toEqual(returned);
    expect(ids(await as.outsider.get('/api/measurements?filter={"queue":"returned_to_me"}'))).toEqual([]);
    expect(ids(await as.focus_team.get('/api/measurements?filter={"queue":"returned_to_me"}'))).toEqual([]);

    expect((await as.focus_team.get('/api/dashboard')).body.reviews).toEqual({ toReview: submitted.length, returnedToMe: 0 });
    expect((await as.team.get('/api/dashboard')).body.reviews).toEqual({ toReview: submitted.length, returnedToMe: returned.length });
    expect((await as.outsider.get('/api/dashboard')).body.reviews).toEqual({ toReview: submitted.length, returnedToMe: 0 });

    const bad = await as.team.get('/api/measurements?filter={"queue":"mine"}');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors)).toEqual(['filter.queue']);
  });
});

describe('at the same time', () => {
  it('ten reviewers approving one measurement: one approval, nine refusals, one entry in the thread', async () => {
    const m = await measurement('submitted');
    const answers = await Promise.all(Array.from({ length: 10 }, () => as.focus_team.post(`/api/measurements/${m.id}/approve`).send({})));
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(9).fill(422)]);
    expect((await get(m.id)).status).toBe('approved');
    expect((await thread(m.id)).map((c) => c.kind)).toEqual(['submit', 'approve']);
  });

  it('an approval racing a return: exactly one wins, and the measurement agrees with its thread', async () => {
    const m = await measurement('submitted');
    const [a, r] = await Promise.all([
      as.focus_team.post(`/api/measurements/${m.id}/approve`).send({}),
      as.admin.post(`/api/measurements/${m.id}/return`).send({ comment: 'Nee.' }),
    ]);
    expect([a.status, r.status].sort()).toEqual([200, 422]);
    const winner = a.status === 200 ? 'approve' : 'return';
    expect((await get(m.id)).status).toBe(winner === 'approve' ? 'approved' : 'returned');
    expect((await thread(m.id)).map((c) => c.kind)).toEqual(['submit', winner]);
  });
});
