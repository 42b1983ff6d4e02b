import {
  addQuarters, dayWindow, labQuarterWindow, MAX_PAYMENT_ROWS, MAX_THREAD_REMARKS, quarterOfDate, quarterRange, quarterWindow, todayIso,
  type Window,
} from '@lab/domain';
import { MAX_PAGE_SIZE } from '../../apps/api/src/common/list-query';
import { create, rowCounts, valid } from '../support/factories';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

/**
 * No client can make the API walk an unbounded span or answer an unbounded collection. On main a project
 * member could date outcome contracts in 1900 and ask the payments through 2999-Q4: a row per contract per
 * quarter, some 100 MB of JSON, and the process died of heap exhaustion. Every day and quarter now lies in
 * one window (libs/domain spans.ts), a lab's reports, payments and calendar in the lab's own, and each
 * collection answer has a cap that answers 400 with the reason.
 */
type Body = Record<string, any>;
const DEMO = 'meedoen-werkt-demo';
const TODAY = todayIso();
const DAYS = dayWindow(TODAY);
const QUARTERS = quarterWindow(TODAY);
const YEAR_BEFORE = `${Number(DAYS.from.slice(0, 4)) - 1}`;
const YEAR_AFTER = `${Number(DAYS.to.slice(0, 4)) + 1}`;

let t: TestApp;
let member: Http;
let own: Body;
let labId: number;
let labWindow: Window;
let organisationId: number;
let contract: Body;
let indicator: Body;

beforeAll(async () => {
  t = await createTestApp({ demoData: true });
  member = await t.as('projectlid@meedoenwerkt.example', DEMO);
  [own] = (await t.http.get('/api/projects?filter={"code":"MW-03"}')).body;
  labId = own.labId;
  labWindow = labQuarterWindow((await t.http.get(`/api/labs/${labId}`)).body, TODAY);
  organisationId = (await t.http.get('/api/organisations?range=[0,0]')).body[0].id;
  [indicator] = (await t.http.get(`/api/indicators?filter={"projectId":${own.id},"kind":"outcome"}&sort=["id","ASC"]`)).body;
  // Outcome terms are the focus team's to set: the contract on the member's project is made by an administrator.
  contract = await create(t, 'agreements', valid.agreement(own.id, organisationId, {
    kind: 'outcome_contract', status: 'active', startDate: '2024-01-01', indicatorId: indicator.id,
    pricePerUnitCents: 10_000, maxPaymentCents: 1_000_000, contributionCents: null,
  }));
}, 120_000);
afterAll(async () => { await t?.close(); });

/** A 400 naming exactly `fields`, each with the range it must lie in. */
function expectRange(res: { status: number; body: Body }, fields: string[], window: Window, kind: 'date' | 'quarter') {
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('VALIDATION_FAILED');
  expect(Object.keys(res.body.errors).sort()).toEqual([...fields].sort());
  for (const f of fields) expect(res.body.errors[f]).toContain(`must be a ${kind} from ${window.from} to ${window.to}`);
}

describe("the member's attack: outcome contracts from 1900, payments through 2999-Q4", () => {
  it('answers 400 naming the field and the range, and changes nothing', async () => {
    const before = await rowCounts(t);
    const dated1900 = { startDate: '1900-01-01', signedDate: '1900-01-01' };
    expectRange(await member.post('/api/agreements').send(valid.agreement(own.id, organisationId, {
      kind: 'outcome_contract', status: 'active', ...dated1900, contributionCents: null,
    })), ['signedDate', 'startDate'], DAYS, 'date');
    expectRange(await member.put(`/api/agreements/${contract.id}`).send({ ...contract, ...dated1900, endDate: null }), ['signedDate', 'startDate'], DAYS, 'date');

    expectRange(await member.get(`/api/reports/payments?lab=${labId}&through=2999-Q4`), ['through'], QUARTERS, 'quarter');
    expectRange(await member.get(`/api/reports/payments?lab=${labId}&through=1900-Q1`), ['through'], QUARTERS, 'quarter');
    // Inside the window any request may name, but beyond the lab's own.
    expectRange(await member.get(`/api/reports/payments?lab=${labId}&through=${QUARTERS.to}`), ['through'], labWindow, 'quarter');
    expectRange(await member.get(`/api/reports/quarterly?lab=${labId}&quarter=2999-Q4`), ['quarter'], QUARTERS, 'quarter');
    expectRange(await member.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTERS.from}&format=pdf`), ['quarter'], labWindow, 'quarter');
    expectRange(await member.get(`/api/reports/calendar?lab=${labId}&from=1900-Q1&to=1901-Q1`), ['to'], QUARTERS, 'quarter');
    expectRange(await member.get(`/api/reports/calendar?lab=${labId}&from=${QUARTERS.from}&to=${addQuarters(QUARTERS.from, 4)}`), ['from', 'to'], labWindow, 'quarter');
    expectRange(await t.http.post('/api/reports/quarterly/freeze').send({ lab: labId, quarter: '2999-Q4' }), ['quarter'], QUARTERS, 'quarter');
    expectRange(await t.http.post('/api/reports/quarterly/freeze').send({ lab: labId, quarter: QUARTERS.to }), ['quarter'], labWindow, 'quarter');

    expect(await rowCounts(t)).toEqual(before);
    expect((await t.http.get(`/api/agreements/${contract.id}`)).body).toEqual(contract);
  });

  it('still answers a lab that does not exist with 404, and a malformed quarter with the format', async () => {
    expect((await member.get('/api/reports/payments?lab=999999&through=2016-Q1')).status).toBe(404);
    expect((await member.get(`/api/reports/payments?lab=${labId}&through=2016-Q5`)).body.errors.through).toMatch(/such as 2016-Q3/);
  });
});

describe('dates and quarters on records', () => {
  const cases: [string, string, string, () => Body][] = [
    ['agreements', 'endDate', `${YEAR_AFTER}-01-01`, () => valid.agreement(own.id, organisationId, { contributionCents: null })],
    ['milestones', 'dueDate', `${YEAR_BEFORE}-12-31`, () => valid.milestone(own.id)],
    ['milestones', 'dueDate', `${YEAR_AFTER}-01-01`, () => valid.milestone(own.id)],
    ['milestones', 'completedDate', '1900-01-01', () => valid.milestone(own.id, { status: 'done' })],
    ['measurements', 'period', `${YEAR_BEFORE}-Q4`, () => valid.measurement(indicator.id)],
    ['measurements', 'period', `${YEAR_AFTER}-Q1`, () => valid.measurement(indicator.id)],
    ['status-updates', 'period', '2999-Q4', () => valid.statusUpdate(own.id)],
    ['indicators', 'targetDate', '2999-12-31', () => valid.indicator(own.id)],
    ['indicators', 'baselineDate', '1900-01-01', () => valid.indicator(own.id)],
    ['lessons', 'date', '1999-12-31', () => valid.lesson(own.id)],
    ['target-revisions', 'effectiveFrom', '2999-Q4', () => ({ indicatorId: indicator.id, newValue: 1e6, reason: 'Ver weg' })],
    ['target-revisions', 'newDate', '2999-12-31', () => ({ indicatorId: indicator.id, newValue: 1e6, effectiveFrom: '2024-Q1', reason: 'Ver weg' })],
  ];

  it.each(cases)('creating %s with %s %s answers 400 naming it with the range', async (resource, field, value, body) => {
    const before = await rowCounts(t);
    const kind = /period|effectiveFrom/.test(field) ? 'quarter' : 'date';
    expectRange(await member.post(`/api/${resource}`).send({ ...body(), [field]: value }), [field], kind === 'quarter' ? QUARTERS : DAYS, kind);
    expect(await rowCounts(t)).toEqual(before);
  });

  it("refuses to move a milestone or the member's project out of the window", async () => {
    const milestone = await create(t, 'milestones', valid.milestone(own.id));
    const before = await rowCounts(t);
    expectRange(await member.put(`/api/milestones/${milestone.id}`).send({ ...milestone, dueDate: '1900-01-01' }), ['dueDate'], DAYS, 'date');
    const project = (await t.http.get(`/api/projects/${own.id}`)).body;
    expectRange(await member.put(`/api/projects/${own.id}`).send({ ...project, plannedEndDate: '2999-12-31' }), ['plannedEndDate'], DAYS, 'date');
    expectRange(await member.put(`/api/projects/${own.id}/quarters/2999-Q4`).send({ measurements: [{ indicatorId: indicator.id, value: 1 }] }), ['period'], QUARTERS, 'quarter');
    expectRange(await member.get(`/api/projects/${own.id}/quarters/1900-Q1`), ['period'], QUARTERS, 'quarter');
    expect(await rowCounts(t)).toEqual(before);
  });

  it('accepts the first and the last day and quarter of the window', async () => {
    for (const dueDate of [DAYS.from, DAYS.to]) expect((await member.post('/api/milestones').send(valid.milestone(own.id, { dueDate }))).status).toBe(201);
    for (const period of [QUARTERS.from, QUARTERS.to]) expect((await member.post('/api/measurements').send(valid.measurement(indicator.id, { period }))).status).toBe(201);
    expect((await member.put(`/api/agreements/${contract.id}`).send({ ...contract, startDate: DAYS.from })).status).toBe(200);
    expect((await member.get(`/api/projects/${own.id}/quarters/${QUARTERS.from}`)).status).toBe(200);
  });
});

describe('sensible spans still work', () => {
  it("serves the payments, reports and calendar across the lab's whole window", async () => {
    const payments = await member.get(`/api/reports/payments?lab=${labId}`);
    expect(payments.status).toBe(200);
    expect(payments.body.through).toBe(addQuarters(quarterOfDate(TODAY), -1));
    const widest = await member.get(`/api/reports/payments?lab=${labId}&through=${labWindow.to}`);
    expect(widest.status).toBe(200);
    // The contract the member moved to 2000-01-01 runs from there through the end of the lab's window.
    const moved = widest.body.contracts.find((c: Body) => c.agreementId === contract.id);
    expect(moved.rows.map((r: Body) => r.period)).toEqual(quarterRange(QUARTERS.from, labWindow.to));
    const one = await member.get(`/api/reports/payments?lab=${labId}&through=${labWindow.to}&agreement=${contract.id}`);
    expect(one.body.contracts).toEqual([moved]);

    for (const quarter of [labWindow.from, labWindow.to]) expect((await member.get(`/api/reports/quarterly?lab=${labId}&quarter=${quarter}`)).status).toBe(200);
    const calendar = await member.get(`/api/reports/calendar?lab=${labId}`);
    expect(calendar.status).toBe(200);
    expect(calendar.body.window).toEqual(labWindow);
    const earliest = await member.get(`/api/reports/calendar?lab=${labId}&from=${labWindow.from}&to=${addQuarters(labWindow.from, 7)}`);
    expect(earliest.body.quarters).toEqual(quarterRange(labWindow.from, addQuarters(labWindow.from, 7)));
  });
});

describe('capped collections', () => {
  it(`answers payments of more than ${MAX_PAYMENT_ROWS} quarter rows with 400 naming through and the reason`, async () => {
    // A lab without dates has the widest window that does not reach past next year.
    const lab = await create(t, 'labs', { name: 'Breed lab', city: 'Amsterdam' });
    const window = labQuarterWindow({}, TODAY);
    const quarters = quarterRange(window.from, window.to).length;
    const project = await create(t, 'projects', valid.project(lab.id, { startDate: null, plannedEndDate: null }));
    const paid = await create(t, 'indicators', valid.indicator(project.id));
    const contracts = Math.floor(MAX_PAYMENT_ROWS / quarters) + 1;
    const ids: number[] = [];
    for (let n = 0; n < contracts; n++) {
      ids.push((await create(t, 'agreements', valid.agreement(project.id, organisationId, {
        kind: 'outcome_contract', status: 'active', startDate: DAYS.from, indicatorId: paid.id, pricePerUnitCents: 100, maxPaymentCents: 10_000, contributionCents: null,
      }))).id);
    }
    const res = await member.get(`/api/reports/payments?lab=${lab.id}&through=${window.to}`);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual(['through']);
    expect(res.body.errors.through).toContain(`${contracts * quarters} quarter rows, more than the ${MAX_PAYMENT_ROWS}`);

    // Fewer quarters, or one agreement, fit.
    const shorter = addQuarters(window.from, Math.floor(MAX_PAYMENT_ROWS / contracts) - 1);
    expect((await member.get(`/api/reports/payments?lab=${lab.id}&through=${shorter}`)).status).toBe(200);
    const one = await member.get(`/api/reports/payments?lab=${lab.id}&through=${window.to}&agreement=${ids[0]}`);
    expect(one.status).toBe(200);
    expect(one.body.contracts.map((c: Body) => c.rows.length)).toEqual([quarters]);
    // The quarterly report keeps one row per contract whatever their span.
    const report = await member.get(`/api/reports/quarterly?lab=${lab.id}&quarter=${window.to}`);
    expect(report.status).toBe(200);
    expect(report.body.payments).toHaveLength(contracts);
  }, 120_000);

  it(`answers a list of more than ${MAX_PAGE_SIZE} records asked without range with 400 naming range`, async () => {
    const project = await create(t, 'projects', valid.project(labId));
    await t.dataSource.query(
      `INSERT INTO lessons (project_id, kind, text, date) SELECT $1, 'insight', 'Les ' || n, '2024-05-01' FROM generate_series(1, $2::int) n`,
      [project.id, MAX_PAGE_SIZE + 1],
    );
    const filter = encodeURIComponent(JSON.stringify({ projectId: project.id }));
    const unpaged = await member.get(`/api/lessons?filter=${filter}`);
    expect(unpaged.status).toBe(400);
    expect(Object.keys(unpaged.body.errors)).toEqual(['range']);
    expect(unpaged.body.errors.range).toContain(`more than ${MAX_PAGE_SIZE} records match`);

    const page = await member.get(`/api/lessons?filter=${filter}&range=[0,${MAX_PAGE_SIZE - 1}]`);
    expect(page.status).toBe(200);
    expect(page.body).toHaveLength(MAX_PAGE_SIZE);
    expect(page.headers['content-range']).toBe(`lessons 0-${MAX_PAGE_SIZE - 1}/${MAX_PAGE_SIZE + 1}`);
    expect((await member.get(`/api/lessons?filter=${filter}&range=[0,${MAX_PAGE_SIZE}]`)).body.errors).toEqual({ range: expect.stringContaining(`at most ${MAX_PAGE_SIZE}`) });

    // getMany: every id asked for, at most a page's worth of ids.
    const ids = page.body.map((l: Body) => l.id);
    const many = await member.get(`/api/lessons?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}`);
    expect(many.status).toBe(200);
    expect(many.body).toHaveLength(MAX_PAGE_SIZE);
    const tooMany = await member.get(`/api/lessons?filter=${encodeURIComponent(JSON.stringify({ id: [...ids, ids[0] + 1_000_000] }))}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual({ 'filter.id': `may list at most ${MAX_PAGE_SIZE} values` });
  });

  it(`takes at most ${MAX_THREAD_REMARKS} remarks in a measurement's thread`, async () => {
    const m = await create(t, 'measurements', valid.measurement(indicator.id, { period: '2012-Q1' }));
    await t.dataSource.query(
      `INSERT INTO measurement_comments (measurement_id, kind, body) SELECT $1, 'comment', 'Opmerking ' || n FROM generate_series(1, $2::int) n`,
      [m.id, MAX_THREAD_REMARKS - 1],
    );
    expect((await member.post(`/api/measurements/${m.id}/comments`).send({ body: 'De laatste' })).status).toBe(201);
    const before = await rowCounts(t);
    const res = await member.post(`/api/measurements/${m.id}/comments`).send({ body: 'Nog een' });
    expect(res.status).toBe(400);
    expect(res.body.errors.body).toContain(`holds ${MAX_THREAD_REMARKS} remarks`);
    expect(await rowCounts(t)).toEqual(before);
    // Review steps still go on the record.
    expect((await member.post(`/api/measurements/${m.id}/submit`).send({})).status).toBe(200);
    expect((await member.get(`/api/measurements/${m.id}/comments`)).body).toHaveLength(MAX_THREAD_REMARKS + 1);
  });

  it('answers a calendar of more than 40 quarters with 400 naming from', async () => {
    const lab = await create(t, 'labs', { name: 'Lab zonder data', city: 'Weesp' });
    const from = labQuarterWindow({}, TODAY).from;
    expect((await member.get(`/api/reports/calendar?lab=${lab.id}&from=${from}&to=${addQuarters(from, 39)}`)).status).toBe(200);
    const res = await member.get(`/api/reports/calendar?lab=${lab.id}&from=${from}&to=${addQuarters(from, 40)}`);
    expect(res.status).toBe(400);
    expect(res.body.errors.from).toMatch(/at most 40/);
  });

  it('keeps the home page to 50 milestones a list, with the full counts', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    await t.dataSource.query(
      `INSERT INTO milestones (project_id, title, phase, due_date, status) SELECT $1, 'Oud ' || n, 'scenario', DATE '2001-01-01' + n, 'planned'
         FROM generate_series(1, 500) n`,
      [project.id],
    );
    const res = await member.get(`/api/dashboard?lab=${labId}`);
    expect(res.status).toBe(200);
    expect(res.body.overdueMilestones).toHaveLength(50);
    const due = res.body.overdueMilestones.map((m: Body) => m.dueDate);
    expect(due).toEqual([...due].sort());
    expect(res.body.overdueMilestones.map((m: Body) => m.title)).toContain('Oud 1');
    expect(res.body.totals.overdueMilestones).toBeGreaterThanOrEqual(500);
  });
});
