import type { Response } from 'supertest';
import { create, rowCounts, valid } from '../support/factories';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

/**
 * Success criteria fixed before the experiment, over HTTP: the go into the experiment records the hypothesis
 * and a threshold per outcome indicator; a criterion then changes only through a revision with a reason
 * (flagged once approved results exist); the rollout gate judges each criterion from the approved figures and
 * a go against unmet ones is an override with its own rationale, on record. Every bad input: 400, nothing changed.
 */
type Body = Record<string, any>;
const PASSWORD = 'criteria-test-password';
const HYPOTHESIS = 'Met een vaste werkcoach vinden meer deelnemers betaald werk, en houden ze het langer vast.';

let t: TestApp;
let labId: number;
const as = {} as Record<'focus_team' | 'member', Http>;
let memberPersonId: number;

beforeAll(async () => {
  t = await createTestApp();
  labId = (await create(t, 'labs', valid.lab())).id;
  memberPersonId = (await create(t, 'people', valid.person())).id;
  const focus = valid.user({ role: 'focus_team', password: PASSWORD });
  const member = valid.user({ role: 'project_member', personId: memberPersonId, password: PASSWORD });
  await create(t, 'users', focus);
  await create(t, 'users', member);
  as.focus_team = await t.as(focus.email as string, PASSWORD);
  as.member = await t.as(member.email as string, PASSWORD);
});
afterAll(async () => { await t?.close(); });

const transition = (http: Http, id: number, body: Body) => http.post(`/api/projects/${id}/transition`).send(body);
const criteriaOf = async (projectId: number, http: Http = t.http) =>
  (await http.get(`/api/success-criteria?filter=${encodeURIComponent(JSON.stringify({ projectId }))}`)).body as Body[];

/** A project ready for the experiment: a lead (the member's person), a milestone, two outcome indicators and an output one. */
async function readyProject() {
  const project = await create(t, 'projects', valid.project(labId));
  await create(t, 'memberships', valid.membership(project.id, memberPersonId, 'lead'));
  await create(t, 'milestones', valid.milestone(project.id));
  const placed = await create(t, 'indicators', valid.indicator(project.id, { name: 'Betaald werk', baselineValue: 0, targetValue: 40 }));
  const retained = await create(t, 'indicators', valid.indicator(project.id, {
    name: 'Nog aan het werk', unit: 'percent', aggregation: 'latest', baselineValue: 40, targetValue: 70, evidenceDesign: 'before_after', evidenceSource: 'register',
  }));
  const output = await create(t, 'indicators', valid.indicator(project.id, { name: 'Gestart', kind: 'output' }));
  return { project, placed, retained, output };
}

const thresholds = (p: Awaited<ReturnType<typeof readyProject>>) => [
  { indicatorId: p.placed.id, value: 10, byDate: '2016-12-31' },
  { indicatorId: p.retained.id, value: 60, byDate: '2016-12-31' },
];
const intoExperiment = (p: Awaited<ReturnType<typeof readyProject>>, extra: Body = {}) =>
  ({ to: 'experiment', decision: 'go', hypothesis: HYPOTHESIS, criteria: thresholds(p), ...extra });

/** Approves a measurement through the review flow, as the focus team does. */
async function approved(indicatorId: number, period: string, value: number) {
  const m = await create(t, 'measurements', valid.measurement(indicatorId, { period, value }));
  expect((await as.focus_team.post(`/api/measurements/${m.id}/submit`).send({})).status).toBe(200);
  expect((await as.focus_team.post(`/api/measurements/${m.id}/approve`).send({})).status).toBe(200);
}

/** A 400 naming exactly these fields (each with its code, for the dashboard's words), and nothing written. */
async function expectBadInput(send: () => Promise<Response>, fields: string[]) {
  const before = await rowCounts(t);
  const res = await send();
  expect(`${res.status} ${JSON.stringify(res.body)}`).toMatch(/^400 /);
  expect(Object.keys(res.body.errors).sort()).toEqual([...fields].sort());
  for (const f of fields) expect(res.body.fieldCodes?.[f]?.code).toEqual(expect.any(String));
  expect(await rowCounts(t)).toEqual(before);
  return res;
}

describe('the go into the experiment fixes the hypothesis and the thresholds', () => {
  let p: Awaited<ReturnType<typeof readyProject>>;
  let foreign: Body;
  beforeAll(async () => {
    p = await readyProject();
    foreign = (await readyProject()).placed;
  });

  it.each<[string, (p: Awaited<ReturnType<typeof readyProject>>) => Body, string[]]>([
    ['no hypothesis', (p) => intoExperiment(p, { hypothesis: undefined }), ['hypothesis']],
    ['a blank hypothesis', (p) => intoExperiment(p, { hypothesis: '   ' }), ['hypothesis']],
    ['no criteria', (p) => intoExperiment(p, { criteria: undefined }), ['criteria']],
    ['a plain go, as before', () => ({ to: 'experiment', decision: 'go' }), ['hypothesis', 'criteria']],
    ['an outcome indicator without a threshold', (p) => intoExperiment(p, { criteria: thresholds(p).slice(0, 1) }), ['criteria']],
    ['a threshold without a value', (p) => intoExperiment(p, { criteria: [{ ...thresholds(p)[0], value: undefined }, thresholds(p)[1]] }), ['criteria.0.value']],
    ['a value that is text', (p) => intoExperiment(p, { criteria: [{ ...thresholds(p)[0], value: 'tien' }, thresholds(p)[1]] }), ['criteria.0.value']],
    ['a byDate that is no date', (p) => intoExperiment(p, { criteria: [thresholds(p)[0], { ...thresholds(p)[1], byDate: '31-12-2016' }] }), ['criteria.1.byDate']],
    ['an unknown field in a threshold', (p) => intoExperiment(p, { criteria: [{ ...thresholds(p)[0], note: 'x' }, thresholds(p)[1]] }), ['criteria.0.note']],
    ['a percentage over 100', (p) => intoExperiment(p, { criteria: [thresholds(p)[0], { ...thresholds(p)[1], value: 120 }] }), ['criteria.1.value']],
    ['a threshold on the wrong side of the baseline', (p) => intoExperiment(p, { criteria: [thresholds(p)[0], { ...thresholds(p)[1], value: 30 }] }), ['criteria.1.value']],
    ['an indicator of another project', (p) => intoExperiment(p, { criteria: [...thresholds(p), { indicatorId: foreign.id, value: 5, byDate: '2016-12-31' }] }), ['criteria.2.indicatorId']],
    ['an unknown indicator', (p) => intoExperiment(p, { criteria: [...thresholds(p), { indicatorId: 999999, value: 5, byDate: '2016-12-31' }] }), ['criteria.2.indicatorId']],
    ['an output indicator', (p) => intoExperiment(p, { criteria: [...thresholds(p), { indicatorId: p.output.id, value: 5, byDate: '2016-12-31' }] }), ['criteria.2.indicatorId']],
    ['the same indicator twice', (p) => intoExperiment(p, { criteria: [...thresholds(p), thresholds(p)[0]] }), ['criteria.2.indicatorId']],
    ['criteria that are not a list', () => ({ ...intoExperiment(p), criteria: 5 }), ['criteria']],
    ['an override into the experiment', (p) => intoExperiment(p, { override: true, overrideRationale: 'x' }), ['override']],
    ['a hypothesis on a no-go', () => ({ to: 'experiment', decision: 'no_go', hypothesis: HYPOTHESIS, rationale: 'Nog niet' }), ['hypothesis']],
  ])('%s: 400 naming the field, nothing changed', async (_name, body, fields) => {
    await expectBadInput(() => transition(as.focus_team, p.project.id, body(p)), fields);
    expect((await t.http.get(`/api/projects/${p.project.id}`)).body).toMatchObject({ phase: 'scenario', version: 1 });
    expect(await criteriaOf(p.project.id)).toEqual([]);
  });

  it('records them with the go, readable by everyone who can read the project', async () => {
    const res = await transition(as.focus_team, p.project.id, intoExperiment(p, { rationale: 'Plan staat' }));
    expect(res.status).toBe(200);
    expect(res.body.project.phase).toBe('experiment');
    expect(res.body.decision).toMatchObject({ hypothesis: HYPOTHESIS, override: false, overrideRationale: null });

    for (const http of [t.http, as.focus_team, as.member]) {
      const criteria = await criteriaOf(p.project.id, http);
      expect(criteria.map((c) => [c.indicatorId, c.value, c.byDate])).toEqual([[p.placed.id, 10, '2016-12-31'], [p.retained.id, 60, '2016-12-31']]);
      expect(criteria[0]).toMatchObject({
        projectId: p.project.id, phaseDecisionId: res.body.decision.id, version: 1, hypothesis: HYPOTHESIS, indicatorName: 'Betaald werk',
        changedAfterResults: false, revisions: [], judgement: { met: false, status: 'no_data', figure: null, quarters: 0 },
      });
    }
    const audit = (await t.http.get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'success-criteria' }))}`)).body as Body[];
    expect(audit.filter((a) => a.action === 'create').map((a) => a.changes.indicatorId.after).sort()).toEqual([p.placed.id, p.retained.id].sort());
    // The list takes the generic filters and sorting, and refuses unknown ones.
    expect((await t.http.get(`/api/success-criteria?filter={"indicatorId":${p.retained.id}}`)).body).toHaveLength(1);
    expect((await t.http.get('/api/success-criteria?filter={"value":10}')).status).toBe(400);
  });

  it('asks only for the hypothesis of a project without outcome indicators', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    await create(t, 'memberships', valid.membership(project.id, (await create(t, 'people', valid.person())).id, 'lead'));
    await create(t, 'milestones', valid.milestone(project.id));
    await create(t, 'indicators', valid.indicator(project.id, { kind: 'output' }));
    await expectBadInput(() => transition(t.http, project.id, { to: 'experiment', decision: 'go' }), ['hypothesis']);
    expect((await transition(t.http, project.id, { to: 'experiment', decision: 'go', hypothesis: HYPOTHESIS })).status).toBe(200);
  });

  it('still answers 422 for a gate whose own criteria are unmet, before looking at the thresholds', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    const res = await transition(t.http, project.id, { to: 'experiment', decision: 'go' });
    expect(res.status).toBe(422);
  });
});

describe('a fixed criterion changes only through a revision with a reason', () => {
  let p: Awaited<ReturnType<typeof readyProject>>;
  let criterion: Body;
  beforeAll(async () => {
    p = await readyProject();
    expect((await transition(as.focus_team, p.project.id, intoExperiment(p))).status).toBe(200);
    [criterion] = await criteriaOf(p.project.id);
  });
  const revise = (http: Http, id: number, body: Body) => http.post(`/api/success-criteria/${id}/revisions`).send(body);

  it('refuses a plain PUT of the value, saying to use a revision', async () => {
    const res = await expectBadInput(() => t.http.put(`/api/success-criteria/${criterion.id}`).send({ ...criterion, value: 5 }), ['value']);
    expect(res.body.errors.value).toContain(`/api/success-criteria/${criterion.id}/revisions`);
    await expectBadInput(() => t.http.put(`/api/success-criteria/${criterion.id}`).send({ byDate: '2017-06-30', version: 1 }), ['byDate']);
    expect((await t.http.delete(`/api/success-criteria/${criterion.id}`)).status).toBe(405);
    expect((await t.http.post('/api/success-criteria').send({ projectId: p.project.id, indicatorId: p.output.id, value: 1, byDate: '2016-12-31' })).status).toBe(405);
    expect((await t.http.get(`/api/success-criteria/${criterion.id}`)).body).toMatchObject({ value: 10, version: 1 });
  });

  it.each<[string, Body, string[]]>([
    ['no reason', { value: 12 }, ['reason']],
    ['a blank reason', { value: 12, reason: '  ' }, ['reason']],
    ['nothing to change', { reason: 'Bijstellen' }, ['value']],
    ['the same value', { value: 10, reason: 'Bijstellen' }, ['value']],
    ['a value that is text', { value: 'twaalf', reason: 'Bijstellen' }, ['value']],
    ['a negative count', { value: -3, reason: 'Bijstellen' }, ['value']],
    ['a byDate that is no date', { byDate: '2017-13-01', reason: 'Bijstellen' }, ['byDate']],
    ['an unknown field', { value: 12, reason: 'Bijstellen', indicatorId: 1 }, ['indicatorId']],
  ])('a revision with %s: 400 naming the field, nothing changed', async (_name, body, fields) => {
    await expectBadInput(() => revise(as.focus_team, criterion.id, body), fields);
  });

  it('is for the focus team and administrators: a project member of the team is refused (403), nothing changed', async () => {
    const before = await rowCounts(t);
    const res = await revise(as.member, criterion.id, { value: 12, reason: 'Wij willen het anders' });
    expect(res.status).toBe(403);
    expect((await as.member.put(`/api/success-criteria/${criterion.id}`).send({ value: 12, version: 1 })).status).toBe(403);
    expect(await rowCounts(t)).toEqual(before);
    expect((await revise(as.focus_team, 999999, { value: 12, reason: 'x' })).status).toBe(404);
  });

  it('records a revision with its reason on the criterion and on the audit trail; before results it is not flagged', async () => {
    const res = await revise(as.focus_team, criterion.id, { value: 12, reason: 'Werving loopt beter dan gedacht: lat omhoog.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ value: 12, byDate: '2016-12-31', version: 2, changedAfterResults: false });
    expect(res.body.revisions).toEqual([expect.objectContaining({
      oldValue: 10, newValue: 12, oldDate: '2016-12-31', newDate: '2016-12-31', reason: 'Werving loopt beter dan gedacht: lat omhoog.',
      changedAfterResults: false, approvedQuarters: 0, revisedById: as.focus_team.userId,
    })]);
    const audit = (await t.http.get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'success-criteria', recordId: criterion.id, action: 'update' }))}`)).body;
    expect(audit).toHaveLength(1);
    expect(audit[0].changes).toMatchObject({ value: { before: 10, after: 12 }, reason: { after: 'Werving loopt beter dan gedacht: lat omhoog.' }, changedAfterResults: { after: false } });
  });

  it('flags a revision made once approved measurements exist: "changed after results came in"', async () => {
    await approved(p.placed.id, '2016-Q3', 4);
    const res = await revise(t.http, criterion.id, { value: 6, byDate: '2017-06-30', reason: 'Instroom kwam later op gang.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ value: 6, byDate: '2017-06-30', version: 3, changedAfterResults: true });
    expect(res.body.revisions.map((r: Body) => [r.newValue, r.changedAfterResults, r.approvedQuarters])).toEqual([[6, true, 1], [12, false, 0]]);
    expect((await criteriaOf(p.project.id, as.member))[0]).toMatchObject({ changedAfterResults: true });
  });
});

describe('the rollout gate judges the criteria; a go against unmet ones is an override', () => {
  let p: Awaited<ReturnType<typeof readyProject>>;
  beforeAll(async () => {
    p = await readyProject();
    expect((await transition(as.focus_team, p.project.id, intoExperiment(p))).status).toBe(200);
    await approved(p.placed.id, '2016-Q3', 6);
    await approved(p.placed.id, '2016-Q4', 5); // 11 by the end of 2016: over the 10
    await approved(p.placed.id, '2017-Q1', 50); // after the date: does not count
    await approved(p.retained.id, '2016-Q4', 55); // under the 60
  });

  it('lists each criterion on the gate checklist, met or not from approved data, with its evidence level', async () => {
    const overview = (await as.member.get(`/api/projects/${p.project.id}/overview`)).body;
    const checks = overview.gate.checks.filter((c: Body) => c.criterion === 'success_criterion');
    expect(checks.map((c: Body) => [c.successCriterion.indicatorId, c.met, c.successCriterion.judgement.figure])).toEqual([
      [p.placed.id, true, 11], [p.retained.id, false, 55],
    ]);
    expect(checks[0].successCriterion.judgement.evidence).toMatchObject({ level: 1, label: { nl: expect.any(String), en: expect.any(String) } });
    expect(checks[1].successCriterion.judgement.evidence.level).toBe(2);
  });

  it('refuses a plain go with the unmet criteria named (422), and writes nothing', async () => {
    const before = await rowCounts(t);
    const res = await transition(as.focus_team, p.project.id, { to: 'rollout', decision: 'go', rationale: 'Het werkt' });
    expect(res.status).toBe(422);
    expect(res.body.unmet.map((u: Body) => u.criterion)).toEqual(['success_criteria']);
    expect(await rowCounts(t)).toEqual(before);
  });

  it.each<[string, Body, string[]]>([
    ['an override without its rationale', { override: true }, ['overrideRationale']],
    ['an override with a blank rationale', { override: true, overrideRationale: '  ' }, ['overrideRationale']],
    ['override that is not true or false', { override: 'ja', overrideRationale: 'x' }, ['override']],
    ['thresholds at the rollout gate', { override: true, overrideRationale: 'x', criteria: [] }, ['criteria']],
  ])('%s: 400 naming the field, nothing changed', async (_name, extra, fields) => {
    await expectBadInput(() => transition(as.focus_team, p.project.id, { to: 'rollout', decision: 'go', rationale: 'Het werkt', ...extra }), fields);
  });

  it('records a go with override: true and its rationale as an override, shown in the phase decisions list', async () => {
    const res = await transition(as.focus_team, p.project.id, {
      to: 'rollout', decision: 'go', rationale: 'Plaatsingen ruim boven de drempel.', override: true,
      overrideRationale: 'Behoud blijft net onder 60%, maar het stadsdeel neemt de aanpak over en meet verder.',
    });
    expect(res.status).toBe(200);
    expect(res.body.project.phase).toBe('rollout');
    const list = (await as.member.get(`/api/phase-decisions?filter=${encodeURIComponent(JSON.stringify({ projectId: p.project.id, override: true }))}`)).body;
    expect(list).toEqual([expect.objectContaining({
      fromPhase: 'experiment', toPhase: 'rollout', decision: 'go', override: true, unmetCriteria: 1,
      overrideRationale: 'Behoud blijft net onder 60%, maar het stadsdeel neemt de aanpak over en meet verder.',
    })]);
    const audit = (await t.http.get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'projects', recordId: p.project.id, action: 'transition' }))}&sort=["id","DESC"]`)).body;
    expect(audit[0].changes.override).toEqual({ before: null, after: true });
  });

  it('needs no override when every criterion is met, and then refuses one', async () => {
    const q = await readyProject();
    expect((await transition(t.http, q.project.id, intoExperiment(q))).status).toBe(200);
    await approved(q.placed.id, '2016-Q4', 10);
    await approved(q.retained.id, '2016-Q4', 61);
    await expectBadInput(() => transition(t.http, q.project.id, { to: 'rollout', decision: 'go', rationale: 'Gehaald', override: true, overrideRationale: 'x' }), ['override']);
    const res = await transition(t.http, q.project.id, { to: 'rollout', decision: 'go', rationale: 'Gehaald' });
    expect(res.status).toBe(200);
    expect(res.body.decision).toMatchObject({ override: false, overrideRationale: null, unmetCriteria: 0 });
  });

  it('records a no-go against unmet criteria without an override', async () => {
    const q = await readyProject();
    expect((await transition(t.http, q.project.id, intoExperiment(q))).status).toBe(200);
    const res = await transition(t.http, q.project.id, { to: 'rollout', decision: 'no_go', rationale: 'Nog geen resultaten' });
    expect(res.status).toBe(200);
    expect(res.body.decision).toMatchObject({ override: false, unmetCriteria: null });
    await expectBadInput(() => transition(t.http, q.project.id, { to: 'rollout', decision: 'no_go', rationale: 'x', override: true, overrideRationale: 'x' }), ['override']);
  });
});
