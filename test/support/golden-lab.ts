import { createHash } from 'node:crypto';
import { jest } from '@jest/globals';
import type { Response } from 'superagent';
import { create, experimentCriteria, valid } from './factories';
import { createTestApp, type TestApp } from './test-app';

// The golden lab of the quarterly report tests: small enough to work out every figure of 2016-Q3 by hand
// (the expected report lives in report.e2e-spec.ts, with the arithmetic beside it), built through the API
// like a user would, except the moment of the gate decisions, which only the clock can set.

export const GOLDEN_QUARTER = '2016-Q3';

type Rec = Awaited<ReturnType<typeof create>>;

async function ok(t: TestApp, method: 'post' | 'put', url: string, body: object = {}) {
  const res = await t.http[method](url).send(body);
  if (res.status >= 300) throw new Error(`${method.toUpperCase()} ${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A measurement taken through the review flow to `status`. */
async function measure(t: TestApp, indicatorId: number, period: string, value: number, status: 'draft' | 'submitted' | 'approved' | 'returned'): Promise<Rec> {
  const m = await create(t, 'measurements', valid.measurement(indicatorId, { period, value, note: null }));
  if (status === 'draft') return m;
  await ok(t, 'post', `/api/measurements/${m.id}/submit`);
  if (status === 'approved') await ok(t, 'post', `/api/measurements/${m.id}/approve`);
  if (status === 'returned') await ok(t, 'post', `/api/measurements/${m.id}/return`, { comment: 'Bron ontbreekt; voeg de telling toe.' });
  return m;
}

export async function buildGoldenLab(t: TestApp) {
  // Its figures are small hand-computed counts: a threshold of 1 shows them all (small-numbers.e2e-spec.ts hides them).
  const lab = await create(t, 'labs', {
    name: 'Gouden lab', city: 'Amsterdam', facilitator: 'Perspectivity', startDate: '2015-10-01', endDate: '2015-12-18', smallNumberThreshold: 1,
  });
  const org = await create(t, 'organisations', { name: 'Stichting Gouden Kans', perspective: 'welfare_organisation', website: 'https://example.org' });
  const person = await create(t, 'people', valid.person({ organisationId: org.id }));

  const a = await create(t, 'projects', valid.project(lab.id, { code: 'GA-01', title: 'Werk in de wijk', health: 'on_track' }));
  const b = await create(t, 'projects', valid.project(lab.id, { code: 'GA-02', title: 'Korte wachttijd', health: 'on_track' }));
  const c = await create(t, 'projects', valid.project(lab.id, { code: 'GA-03', title: 'Bereik in beeld', health: 'off_track' }));
  await create(t, 'memberships', valid.membership(a.id, person.id, 'lead'));

  const milestone = (projectId: number, title: string, dueDate: string, status: string, completedDate: string | null = null) =>
    create(t, 'milestones', { projectId, title, phase: 'scenario', dueDate, status, completedDate });
  const m1 = await milestone(a.id, 'M1 op tijd gereed', '2016-08-31', 'done', '2016-08-20');
  const m2 = await milestone(a.id, 'M2 te laat gereed', '2016-09-15', 'done', '2016-09-25');
  const m3 = await milestone(a.id, 'M3 open op de laatste dag', '2016-09-30', 'planned');
  const m4 = await milestone(a.id, 'M4 open uit Q2', '2016-05-31', 'in_progress');
  const m5 = await milestone(a.id, 'M5 later', '2016-12-31', 'planned');
  const m6 = await milestone(b.id, 'M6 vervallen', '2016-07-15', 'cancelled');
  const m7 = await milestone(b.id, 'M7 na het kwartaal gereed', '2016-08-10', 'done', '2016-10-05');

  const indicator = (projectId: number, extra: object) => create(t, 'indicators', valid.indicator(projectId, extra));
  const i1 = await indicator(a.id, { name: 'Plaatsingen', aggregation: 'sum', direction: 'increase', unit: 'count', baselineValue: 0, baselineDate: '2016-01-01', targetValue: 20, targetDate: '2017-12-31' });
  const i2 = await indicator(a.id, { name: 'Tevredenheid', kind: 'output', aggregation: 'average', direction: 'increase', unit: 'score', baselineValue: 6, baselineDate: '2016-01-01', targetValue: 8, targetDate: '2016-12-31' });
  const i3 = await indicator(b.id, { name: 'Wachttijd', aggregation: 'latest', direction: 'decrease', unit: 'count', baselineValue: 40, baselineDate: '2016-01-01', targetValue: 20, targetDate: '2017-12-31' });
  const i4 = await indicator(b.id, { name: 'Deelnemers', kind: 'output', aggregation: 'sum', direction: 'increase', unit: 'count', baselineValue: 0, baselineDate: '2016-01-01', targetValue: 100, targetDate: '2017-12-31' });
  const i5 = await indicator(c.id, { name: 'Bereik', kind: 'output', aggregation: 'sum', baselineValue: null, baselineDate: null, targetValue: null, targetDate: null });

  const revision = await create(t, 'target-revisions', { indicatorId: i2.id, newValue: 7.5, newDate: '2016-12-31', effectiveFrom: '2016-Q3', reason: 'Bijgesteld na de nulmeting.' });

  const ms = {
    i1q1: await measure(t, i1.id, '2016-Q1', 3, 'approved'),
    i1q2: await measure(t, i1.id, '2016-Q2', 4, 'approved'),
    i1q3: await measure(t, i1.id, '2016-Q3', 5, 'approved'),
    i1q4: await measure(t, i1.id, '2016-Q4', 6, 'approved'), // after the quarter: must not count
    i2q1: await measure(t, i2.id, '2016-Q1', 6.5, 'approved'),
    i2q2: await measure(t, i2.id, '2016-Q2', 7, 'approved'),
    i2q3: await measure(t, i2.id, '2016-Q3', 7.3, 'submitted'),
    i3q2: await measure(t, i3.id, '2016-Q2', 35, 'approved'),
    i3q3: await measure(t, i3.id, '2016-Q3', 30, 'approved'),
    i4q2: await measure(t, i4.id, '2016-Q2', 10, 'approved'),
    i4q3: await measure(t, i4.id, '2016-Q3', 9, 'returned'),
    i5q3: await measure(t, i5.id, '2016-Q3', 250, 'draft'),
  };

  const agreement = (projectId: number, extra: object) => create(t, 'agreements', valid.agreement(projectId, org.id, extra));
  const contract = await agreement(a.id, {
    title: 'Resultaatafspraak plaatsingen', kind: 'outcome_contract', status: 'active', signedDate: '2016-03-20', startDate: '2016-04-01',
    endDate: '2017-12-31', contributionCents: null, indicatorId: i1.id, pricePerUnitCents: 25_000, maxPaymentCents: 200_000,
  });
  const cooperation = await agreement(a.id, { title: 'Samenwerking werkgevers', kind: 'cooperation', status: 'signed', signedDate: '2016-08-01', contributionCents: 50_000 });
  const ended = await agreement(b.id, { title: 'Convenant voorjaar', kind: 'covenant', status: 'ended', signedDate: '2015-12-01', startDate: '2016-01-01', endDate: '2016-06-30' });
  const future = await agreement(b.id, {
    title: 'Resultaatafspraak wachttijd', kind: 'outcome_contract', status: 'signed', signedDate: '2016-11-01', startDate: '2017-01-01',
    contributionCents: null, indicatorId: i3.id, pricePerUnitCents: 10_000, maxPaymentCents: 100_000,
  });
  const negotiating = await agreement(c.id, { title: 'Intentie bereik', kind: 'letter_of_intent', status: 'negotiating' });

  const statusA = await create(t, 'status-updates', { projectId: a.id, period: '2016-Q3', health: 'on_track', narrative: 'Vijf plaatsingen dit kwartaal.' });
  const statusB = await create(t, 'status-updates', { projectId: b.id, period: '2016-Q3', health: 'at_risk', narrative: 'Wachttijd daalt langzaam.' });

  const go = (await ok(t, 'post', `/api/projects/${a.id}/transition`, {
    to: 'experiment', decision: 'go', rationale: 'Team en doelen staan.', ...(await experimentCriteria(t, a.id)),
  })).decision;
  const noGo = (await ok(t, 'post', `/api/projects/${b.id}/transition`, { to: 'experiment', decision: 'no_go', rationale: 'Eerst een trekker.' })).decision;
  // Gate decisions are stamped with the moment they are taken; put them in the golden quarter.
  await t.dataSource.query(`UPDATE phase_decisions SET decided_at = '2016-08-15T10:00:00Z' WHERE id = $1`, [go.id]);
  await t.dataSource.query(`UPDATE phase_decisions SET decided_at = '2016-09-20T14:30:00Z' WHERE id = $1`, [noGo.id]);

  return {
    lab, org, projects: { a, b, c }, milestones: { m1, m2, m3, m4, m5, m6, m7 }, indicators: { i1, i2, i3, i4, i5 }, revision, measurements: ms,
    agreements: { contract, cooperation, ended, future, negotiating }, statusUpdates: { a: statusA, b: statusB }, decisions: { go, noGo },
  };
}

export type GoldenLab = Awaited<ReturnType<typeof buildGoldenLab>>;

/**
 * For a whole test file: a fresh app with the golden lab, built before its tests (handed to `ready`) and
 * closed after them. jest's testTimeout is a global option: when the unit and e2e projects run together
 * the 5 s default applies, so the file's timeout is raised here too.
 */
export function withGoldenLab(ready: (t: TestApp, g: GoldenLab) => void): void {
  jest.setTimeout(60_000);
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await createTestApp();
    ready(app, await buildGoldenLab(app));
  }, 120_000);
  afterAll(async () => { await app?.close(); }, 60_000);
}

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A supertest parser that keeps a download's bytes exactly as sent. */
export const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
