import type { MeasurementRecord } from '@lab/domain';
import { create, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * What a reviewer weighs a measurement against, answered with it in the queue and on its own page: the project
 * and indicator by name, the baseline, the target in force in the measurement's quarter, the quarter before.
 */
type Body = Record<string, any>;
let t: TestApp;
let project: Body;
let indicator: Body;
const m: Record<string, Body> = {};

const step = async (id: number, action: string, comment?: string) => {
  const res = await t.http.post(`/api/measurements/${id}/${action}`).send({ comment });
  expect(res.status).toBe(200);
  return res.body;
};

beforeAll(async () => {
  t = await createTestApp();
  const lab = await create(t, 'labs', valid.lab());
  project = await create(t, 'projects', valid.project(lab.id, { title: 'Werkplaats in de wijk' }));
  indicator = await create(t, 'indicators', valid.indicator(project.id, {
    name: 'Deelnemers met betaald werk', unit: 'percent', aggregation: 'latest', baselineValue: 12, baselineDate: '2016-01-01', targetValue: 30, targetDate: '2017-12-31',
  }));
  // From 2017-Q2 on the target is 40; 2017-Q1 is still measured against 30.
  const revision = await t.http.post('/api/target-revisions').send({ indicatorId: indicator.id, newValue: 40, effectiveFrom: '2017-Q2', reason: 'Sneller dan verwacht' });
  expect(revision.status).toBe(201);
  m.q4 = await create(t, 'measurements', valid.measurement(indicator.id, { period: '2016-Q4', value: 18 }));
  await step(m.q4.id, 'submit');
  await step(m.q4.id, 'approve');
  m.q1 = await create(t, 'measurements', valid.measurement(indicator.id, { period: '2017-Q1', value: 21 }));
  await step(m.q1.id, 'submit');
  m.q2 = await create(t, 'measurements', valid.measurement(indicator.id, { period: '2017-Q2', value: 25 }));
  await step(m.q2.id, 'submit');
  // A quarter with no quarter before it on record.
  m.q4b = await create(t, 'measurements', valid.measurement(indicator.id, { period: '2017-Q4', value: 27 }));
  await step(m.q4b.id, 'submit');
});
afterAll(async () => { await t?.close(); });

describe('the review queue', () => {
  it('gives each row the project and indicator by name, the baseline, the target in force then and the quarter before', async () => {
    const res = await t.http.get('/api/measurements?filter={"queue":"to_review"}&sort=["period","ASC"]&range=[0,24]');
    expect(res.status).toBe(200);
    const rows = res.body as MeasurementRecord[];
    expect(rows.map((r) => r.period)).toEqual(['2017-Q1', '2017-Q2', '2017-Q4']);
    const names = { projectCode: project.code, projectTitle: 'Werkplaats in de wijk', indicatorName: 'Deelnemers met betaald werk', unit: 'percent', smallNumberThreshold: 5 };
    expect(rows[0].context).toEqual({
      ...names,
      baseline: { value: 12, date: '2016-01-01' },
      target: { value: 30, date: '2017-12-31', revised: false },
      previous: { id: m.q4.id, period: '2016-Q4', value: 18, status: 'approved' },
    });
    expect(rows[1].context).toEqual({
      ...names,
      baseline: { value: 12, date: '2016-01-01' },
      target: { value: 40, date: '2017-12-31', revised: true },
      previous: { id: m.q1.id, period: '2017-Q1', value: 21, status: 'submitted' },
    });
    expect(rows[2].context!.previous).toBeNull();
  });

  it('gives the same context on the measurement\'s own page', async () => {
    const res = await t.http.get(`/api/measurements/${m.q2.id}`);
    expect(res.status).toBe(200);
    expect(res.body.context).toMatchObject({ indicatorName: 'Deelnemers met betaald werk', target: { value: 40, revised: true }, previous: { period: '2017-Q1', value: 21 } });
  });

  it('takes the context back from an edit form without complaint and keeps it out of the audit trail', async () => {
    const draft = await create(t, 'measurements', valid.measurement(indicator.id, { period: '2018-Q1', value: 28 }));
    const read = (await t.http.get(`/api/measurements/${draft.id}`)).body;
    const saved = await t.http.put(`/api/measurements/${draft.id}`).send({ ...read, value: 29 });
    expect(saved.status).toBe(200);
    expect(saved.body.value).toBe(29);
    const events = (await t.http.get(`/api/audit-events?filter={"resource":"measurements","recordId":${draft.id}}`)).body as Body[];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(Object.keys(e.changes)).not.toContain('context');
  });
});
