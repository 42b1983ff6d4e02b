import { addQuarters, quarterOfDate, todayIso } from '@lab/domain';
import { create, rowCounts, valid } from '../support/factories';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

/** Quarterly entry (one screen's worth of values and the status update, saved at once) and the reporting calendar. */
type Body = Record<string, any>;

const PASSWORD = 'quarter-test-password';
let t: TestApp;
let lab: Body;
let project: Body;
let count: Body;
let percent: Body;
let euro: Body;
let team: Http;
let outsider: Http;
let focus: Http;

beforeAll(async () => {
  t = await createTestApp();
  lab = await create(t, 'labs', { ...valid.lab(), reportingDueDays: 45 });
  project = await create(t, 'projects', valid.project(lab.id));
  count = await create(t, 'indicators', valid.indicator(project.id, { name: 'Deelnemers aan het werk', unit: 'count', baselineValue: 0, targetValue: 40 }));
  percent = await create(t, 'indicators', valid.indicator(project.id, { name: 'Tevredenheid', unit: 'percent', aggregation: 'latest', baselineValue: 50, targetValue: 70 }));
  euro = await create(t, 'indicators', valid.indicator(project.id, { name: 'Besparing', unit: 'euro', baselineValue: 0, targetValue: 10000 }));
  const person = await create(t, 'people', valid.person());
  await create(t, 'memberships', valid.membership(project.id, person.id));
  const other = await create(t, 'projects', valid.project(lab.id));
  const stranger = await create(t, 'people', valid.person());
  await create(t, 'memberships', valid.membership(other.id, stranger.id));
  const users = [
    valid.user({ role: 'project_member', personId: person.id, password: PASSWORD }),
    valid.user({ role: 'project_member', personId: stranger.id, password: PASSWORD }),
    valid.user({ role: 'focus_team', password: PASSWORD }),
  ];
  for (const u of users) await create(t, 'users', u);
  [team, outsider, focus] = await Promise.all(users.map((u) => t.as(u.email, PASSWORD)));
});
afterAll(async () => { await t?.close(); });

const url = (period: string, id = project.id) => `/api/projects/${id}/quarters/${period}`;

describe('GET a quarter', () => {
  it('lists every indicator with the target in force that quarter, and nothing entered yet', async () => {
    await create(t, 'target-revisions', { indicatorId: count.id, newValue: 60, effectiveFrom: '2017-Q1', reason: 'Meer instroom dan verwacht.' });
    const before = await t.http.get(url('2016-Q4'));
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      projectId: project.id, projectCode: project.code, period: '2016-Q4', dueDate: '2017-02-14', statusUpdate: null,
      // Still a scenario then (and now): nothing was due, as the calendar says too.
      phase: 'scenario', state: 'none', overdue: false,
    });
    expect(before.body.indicators.map((i: Body) => [i.name, i.unit, i.baselineValue, i.targetValue, i.measurement, i.editable])).toEqual([
      ['Deelnemers aan het werk', 'count', 0, 40, null, true],
      ['Tevredenheid', 'percent', 50, 70, null, true],
      ['Besparing', 'euro', 0, 10000, null, true],
    ]);
    expect((await t.http.get(url('2017-Q1'))).body.indicators[0].targetValue).toBe(60);
  });

  it.each([
    ['2016-Q5', 400], ['2016Q1', 400], ['latest', 400],
  ])('refuses the period %s with %i naming it', async (period, status) => {
    const res = await t.http.get(url(period));
    expect(res.status).toBe(status);
    expect(Object.keys(res.body.errors)).toEqual(['period']);
  });

  it('answers 404 for a project that does not exist', async () => {
    expect((await t.http.get(url('2016-Q1', 999999))).status).toBe(404);
  });
});

describe('PUT a quarter', () => {
  it('saves every value and the status update at once, then submits them together', async () => {
    const saved = await team.put(url('2016-Q3')).send({
      statusUpdate: { health: 'at_risk', narrative: 'Werving liep achter; twee werkgevers erbij.' },
      measurements: [
        { indicatorId: count.id, value: 12, note: 'Telling uit het registratiesysteem' },
        { indicatorId: percent.id, value: 64.5 },
        { indicatorId: euro.id, value: 2500.25, evidenceUrl: 'https://example.org/besparing.pdf' },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.statusUpdate).toMatchObject({ health: 'at_risk', submittedAt: null });
    expect(saved.body.indicators.map((i: Body) => [i.measurement.value, i.measurement.status, i.editable])).toEqual([
      [12, 'draft', true], [64.5, 'draft', true], [2500.25, 'draft', true],
    ]);
    const teamUser = (await team.get('/api/auth/me')).body.id;
    expect((await t.http.get(`/api/measurements/${saved.body.indicators[0].measurement.id}`)).body.recordedById).toBe(teamUser);

    const submitted = await team.put(url('2016-Q3')).send({
      measurements: [{ indicatorId: percent.id, value: 65 }], submit: true,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.statusUpdate.submittedAt).not.toBeNull();
    expect(submitted.body.indicators.map((i: Body) => [i.measurement.value, i.measurement.status, i.editable])).toEqual([
      [12, 'submitted', false], [65, 'submitted', false], [2500.25, 'submitted', false],
    ]);
    // The team member's own changes; their sign-in is on record too, as a security event of its own.
    const events = ((await t.http.get(`/api/audit-events?filter={"userId":${teamUser}}&sort=["id","ASC"]&range=[0,99]`)).body as Body[])
      .filter((e) => e.resource !== 'auth');
    expect(events.map((e) => `${e.resource}:${e.action}`)).toEqual([
      'measurements:create', 'measurements:create', 'measurements:create', 'status-updates:create',
      'measurements:update', 'measurements:submit', 'measurements:submit', 'measurements:submit', 'status-updates:submit',
    ]);
    // The review queue now holds them, and the calendar says so.
    const queue = (await focus.get(`/api/measurements?filter={"queue":"to_review","projectId":${project.id}}`)).body as Body[];
    expect(queue.map((m) => m.period)).toEqual(['2016-Q3', '2016-Q3', '2016-Q3']);
    const calendar = (await t.http.get(`/api/reports/calendar?lab=${lab.id}&from=2016-Q3&to=2016-Q3`)).body;
    expect(calendar.projects.find((p: Body) => p.id === project.id).cells[0]).toMatchObject({
      state: 'submitted', statusUpdate: 'submitted', measurements: { expected: 3, missing: 0, submitted: 3 },
    });
  });

  it('names every bad value at once and saves nothing', async () => {
    const before = await rowCounts(t);
    const res = await team.put(url('2016-Q2')).send({
      statusUpdate: { health: 'fine', narrative: '' },
      measurements: [
        { indicatorId: count.id, value: 2.5 },
        { indicatorId: percent.id, value: 101 },
        { indicatorId: count.id, value: 3 },
        { indicatorId: 999999, value: 1 },
        { indicatorId: euro.id },
      ],
    });
    expect(res.status).toBe(400);
    // Shape errors come first (class-validator); the unit rules follow once the shape is right.
    expect(Object.keys(res.body.errors).sort()).toEqual(['measurements.4.value', 'statusUpdate.health', 'statusUpdate.narrative']);
    expect(await rowCounts(t)).toEqual(before);

    const rules = await team.put(url('2016-Q2')).send({
      statusUpdate: { health: 'on_track', narrative: 'Goed kwartaal.' },
      measurements: [
        { indicatorId: count.id, value: 2.5 },
        { indicatorId: percent.id, value: 101 },
        { indicatorId: count.id, value: 3 },
        { indicatorId: 999999, value: 1 },
        { indicatorId: euro.id, value: -5 },
        { indicatorId: percent.id, value: -1 },
      ],
    });
    expect(rules.status).toBe(400);
    expect(rules.body.errors).toEqual({
      'measurements.0.value': 'is a count: a whole number, not negative',
      'measurements.1.value': 'is a percentage: between 0 and 100',
      'measurements.2.indicatorId': 'appears twice: one value per indicator and quarter',
      'measurements.3.indicatorId': `is not an indicator of project ${project.code}`,
      'measurements.5.indicatorId': 'appears twice: one value per indicator and quarter',
      'measurements.5.value': 'is a percentage: between 0 and 100',
    });
    expect(await rowCounts(t)).toEqual(before);
  });

  it('will not submit without a status update, and then keeps none of the values either', async () => {
    const before = await rowCounts(t);
    const res = await team.put(url('2016-Q1')).send({ measurements: [{ indicatorId: count.id, value: 3 }], submit: true });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual(['statusUpdate']);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('leaves approved values alone: resending them is fine, changing them is refused', async () => {
    const entry = (await t.http.get(url('2016-Q3'))).body;
    const approvedId = entry.indicators[0].measurement.id;
    expect((await focus.post(`/api/measurements/${approvedId}/approve`).send({})).status).toBe(200);
    const same = await team.put(url('2016-Q3')).send({ measurements: [{ indicatorId: count.id, value: 12, note: 'Telling uit het registratiesysteem' }] });
    expect(same.status).toBe(200);
    const before = await rowCounts(t);
    const changed = await team.put(url('2016-Q3')).send({ measurements: [{ indicatorId: count.id, value: 13 }] });
    expect(changed.status).toBe(409);
    expect(changed.body.errors).toEqual({ 'measurements.0.value': expect.stringMatching(/approved.*reopen/) });
    expect(await rowCounts(t)).toEqual(before);
    expect((await t.http.get(`/api/measurements/${approvedId}`)).body.value).toBe(12);
  });

  it('is for the project team, the focus team and administrators only', async () => {
    const body = { statusUpdate: { health: 'on_track', narrative: 'Prima.' } };
    const before = await rowCounts(t);
    const refused = await outsider.put(url('2017-Q2')).send(body);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await rowCounts(t)).toEqual(before);
    expect((await focus.put(url('2017-Q2')).send(body)).status).toBe(200);
    expect((await t.anonymous.put(url('2017-Q2')).send(body)).status).toBe(401);
  });

  it.each([
    [[], 'The request body must be a JSON object'],
    [{ measurements: 'twelve' }, 'measurements'],
    [{ measurements: [{ indicatorId: 'x', value: 1 }] }, 'measurements.0.indicatorId'],
    [{ measurements: [{ indicatorId: 1, value: 1, extra: true }] }, 'measurements.0.extra'],
    [{ submit: 'yes' }, 'submit'],
    [{ statusUpdate: 'ok' }, 'statusUpdate'],
    [{ project: 1 }, 'project'],
  ])('answers 400 to %j', async (body, field) => {
    const before = await rowCounts(t);
    const res = await team.put(url('2016-Q1')).send(body as never);
    expect(res.status).toBe(400);
    if (field.includes(' ')) expect(res.body.message).toMatch(field);
    else expect(Object.keys(res.body.errors ?? {})).toContain(field);
    expect(await rowCounts(t)).toEqual(before);
  });
});

describe('the reporting calendar', () => {
  it('shows per project and quarter what is due, handed in, approved, returned or overdue', async () => {
    const calLab = await create(t, 'labs', { ...valid.lab(), reportingDueDays: 30 });
    const p = await create(t, 'projects', valid.project(calLab.id));
    const scenario = await create(t, 'projects', valid.project(calLab.id));
    const [a, b] = [
      await create(t, 'indicators', valid.indicator(p.id)),
      await create(t, 'indicators', valid.indicator(p.id)),
    ];
    await create(t, 'indicators', valid.indicator(scenario.id));
    const value = async (indicatorId: number, period: string, ...steps: [string, string?][]) => {
      const m = await create(t, 'measurements', { indicatorId, period, value: 5 });
      for (const [action, comment] of steps) expect((await t.http.post(`/api/measurements/${m.id}/${action}`).send({ comment })).status).toBe(200);
    };
    const update = (period: string, submit: boolean) =>
      t.http.put(`/api/projects/${p.id}/quarters/${period}`).send({ statusUpdate: { health: 'on_track', narrative: 'Verslag.' }, submit });

    // 2016-Q1 all approved; Q2 one awaiting review; Q3 one returned; Q4 a draft only: overdue.
    await value(a.id, '2016-Q1'); await value(b.id, '2016-Q1');
    expect((await update('2016-Q1', true)).status).toBe(200);
    for (const m of (await t.http.get(`/api/measurements?filter={"projectId":${p.id},"period":"2016-Q1"}`)).body) {
      await t.http.post(`/api/measurements/${m.id}/approve`).send({});
    }
    await value(a.id, '2016-Q2', ['submit'], ['approve']); await value(b.id, '2016-Q2', ['submit']);
    expect((await update('2016-Q2', true)).status).toBe(200);
    await value(a.id, '2016-Q3', ['submit'], ['return', 'Bron ontbreekt.']);
    await value(a.id, '2016-Q4');

    const current = quarterOfDate(todayIso());
    const res = await t.http.get(`/api/reports/calendar?lab=${calLab.id}&from=2016-Q1&to=2017-Q1`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ labId: calLab.id, dueDays: 30, quarters: ['2016-Q1', '2016-Q2', '2016-Q3', '2016-Q4', '2017-Q1'] });
    const row = (id: number) => res.body.projects.find((x: Body) => x.id === id).cells.map((c: Body) => c.state);
    // 2017-Q1 has nothing yet, and a project still in its scenario phase is not expected to report.
    expect(row(p.id)).toEqual(['approved', 'submitted', 'returned', 'overdue', 'none']);
    expect(row(scenario.id)).toEqual(['none', 'none', 'none', 'none', 'none']);
    const q4 = res.body.projects.find((x: Body) => x.id === p.id).cells[3];
    expect(q4).toEqual({
      period: '2016-Q4', dueDate: '2017-01-30', state: 'overdue', statusUpdate: 'missing',
      measurements: { expected: 2, missing: 1, draft: 1, submitted: 0, returned: 0, approved: 0 },
    });

    // Defaults: the first lab; the eight quarters up to the one after the lab's latest report, at most the current one.
    expect((await t.http.get('/api/reports/calendar')).body.labId).toBe(lab.id);
    const archived = (await t.http.get(`/api/reports/calendar?lab=${calLab.id}`)).body;
    expect(archived.quarters).toEqual(['2015-Q2', '2015-Q3', '2015-Q4', '2016-Q1', '2016-Q2', '2016-Q3', '2016-Q4', '2017-Q1']);
    await value(b.id, current);
    const live = (await t.http.get(`/api/reports/calendar?lab=${calLab.id}`)).body;
    expect(live.quarters).toHaveLength(8);
    expect(live.quarters.at(-1)).toBe(current);
    expect(live.quarters[0]).toBe(addQuarters(current, -7));
    const running = (await t.http.get(`/api/reports/calendar?lab=${calLab.id}&from=${current}&to=${current}`)).body;
    expect(running.projects.find((x: Body) => x.id === p.id).cells[0].state).toBe('not_due');
  });

  it.each([
    ['lab=abc', 'lab'], ['lab=0', 'lab'], ['from=2016-Q9', 'from'], ['to=soon', 'to'],
    ['from=2017-Q1&to=2016-Q1', 'to'], ['from=2000-Q1&to=2016-Q1', 'from'],
  ])('answers 400 to ?%s naming %s', async (query, field) => {
    const res = await t.http.get(`/api/reports/calendar?${query}`);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });

  it('answers 404 for a lab that does not exist', async () => {
    expect((await t.http.get('/api/reports/calendar?lab=999999')).status).toBe(404);
  });
});
