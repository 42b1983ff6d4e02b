import { create, experimentCriteria, rowCounts, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let labId: number;
beforeAll(async () => {
  t = await createTestApp();
  labId = (await create(t, 'labs', valid.lab())).id;
});
afterAll(async () => { await t?.close(); });

const transition = (id: number, body: Record<string, unknown>) => t.http.post(`/api/projects/${id}/transition`).send(body);
/** A go into the experiment with the hypothesis and thresholds it records (success-criteria.e2e-spec.ts tests those). */
const goIntoExperiment = async (id: number, body: Record<string, unknown> = {}) =>
  transition(id, { to: 'experiment', decision: 'go', ...(await experimentCriteria(t, id)), ...body });
const decisions = async (projectId: number) =>
  (await t.http.get(`/api/phase-decisions?filter=${encodeURIComponent(JSON.stringify({ projectId }))}&sort=["id","ASC"]`)).body;

/** Meets the entry criteria for `experiment`: a lead, a milestone, an indicator with a target. */
async function readyForExperiment(projectId: number) {
  const person = await create(t, 'people', valid.person());
  await create(t, 'memberships', valid.membership(projectId, person.id, 'lead'));
  await create(t, 'milestones', valid.milestone(projectId));
  return create(t, 'indicators', valid.indicator(projectId, { kind: 'outcome' }));
}

describe('into experiment', () => {
  it('refuses a go with every unmet criterion listed, and writes nothing', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    const before = await rowCounts(t);
    const res = await transition(project.id, { to: 'experiment', decision: 'go', rationale: 'Klaar om te starten' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('PHASE_GATE_UNMET');
    expect(res.body.unmet.map((u: { criterion: string }) => u.criterion).sort()).toEqual(['indicator_target', 'milestone', 'team_lead']);
    expect(res.body.unmet.every((u: { message: string }) => u.message.length > 10)).toBe(true);
    expect(await rowCounts(t)).toEqual(before);
    expect((await t.http.get(`/api/projects/${project.id}`)).body).toMatchObject({ phase: 'scenario', version: 1 });
  });

  it('lists only what is still missing', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    await create(t, 'milestones', valid.milestone(project.id));
    await create(t, 'indicators', valid.indicator(project.id, { targetValue: null, targetDate: null }));
    const res = await transition(project.id, { to: 'experiment', decision: 'go' });
    expect(res.status).toBe(422);
    expect(res.body.unmet.map((u: { criterion: string }) => u.criterion).sort()).toEqual(['indicator_target', 'team_lead']);
  });

  it('records a no-go even when criteria are unmet, and keeps the phase', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    const res = await transition(project.id, { to: 'experiment', decision: 'no_go', rationale: 'Nog geen trekker', conditions: 'Trekker aanwijzen' });
    expect(res.status).toBe(200);
    expect(res.body.project).toMatchObject({ phase: 'scenario', version: 1 });
    expect(res.body.decision).toMatchObject({ projectId: project.id, fromPhase: 'scenario', toPhase: 'experiment', decision: 'no_go', conditions: 'Trekker aanwijzen' });
    expect(await decisions(project.id)).toHaveLength(1);
  });

  it('moves the project on a go once the criteria are met, in one transaction with its decision', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    await readyForExperiment(project.id);
    const res = await goIntoExperiment(project.id, { rationale: 'Alles staat klaar' });
    expect(res.status).toBe(200);
    expect(res.body.project).toMatchObject({ phase: 'experiment', version: 2 });
    const [decision] = await decisions(project.id);
    expect(decision).toMatchObject({ fromPhase: 'scenario', toPhase: 'experiment', decision: 'go', rationale: 'Alles staat klaar' });
    expect(new Date(decision.decidedAt).toISOString()).toBe(decision.decidedAt);
    const audit = (await t.http.get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'projects', recordId: project.id, action: 'transition' }))}`)).body;
    expect(audit).toHaveLength(1);
    expect(audit[0].changes.phase).toEqual({ before: 'scenario', after: 'experiment' });
  });
});

describe('structural rules', () => {
  it.each([
    ['scenario', 'rollout', 'no_skipping'],
    ['scenario', 'scenario', 'same_phase'],
  ])('from %s to %s is refused (%s)', async (_from, to, criterion) => {
    const project = await create(t, 'projects', valid.project(labId));
    const before = await rowCounts(t);
    const res = await transition(project.id, { to, decision: 'go', rationale: 'x' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INVALID_TRANSITION');
    expect(res.body.unmet.map((u: { criterion: string }) => u.criterion)).toContain(criterion);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('refuses going back from experiment to scenario', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    await readyForExperiment(project.id);
    expect((await goIntoExperiment(project.id)).status).toBe(200);
    const res = await transition(project.id, { to: 'scenario', decision: 'go', rationale: 'terug' });
    expect(res.status).toBe(422);
    expect(res.body.unmet.map((u: { criterion: string }) => u.criterion)).toContain('no_going_back');
  });
});

describe('into rollout and stopped', () => {
  it('needs an approved outcome measurement and a rationale for rollout', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    const indicator = await readyForExperiment(project.id);
    await goIntoExperiment(project.id);

    const refused = await transition(project.id, { to: 'rollout', decision: 'go' });
    expect(refused.status).toBe(422);
    expect(refused.body.unmet.map((u: { criterion: string }) => u.criterion).sort()).toEqual(['approved_outcome_measurement', 'rationale', 'success_criteria']);

    // A draft measurement does not count; an approved one does (reaching the success threshold, the target of 50).
    const measurement = await create(t, 'measurements', valid.measurement(indicator.id, { value: 50 }));
    expect((await transition(project.id, { to: 'rollout', decision: 'go', rationale: 'Werkt' })).status).toBe(422);
    await t.dataSource.query(`UPDATE measurements SET status = 'approved' WHERE id = $1`, [measurement.id]);
    const res = await transition(project.id, { to: 'rollout', decision: 'go', rationale: 'Bewezen effect' });
    expect(res.status).toBe(200);
    expect(res.body.project.phase).toBe('rollout');
  });

  it('stops with a rationale and remembers the phase it left', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    const refused = await transition(project.id, { to: 'stopped', decision: 'go', rationale: '   ' });
    expect(refused.status).toBe(422);
    expect(refused.body.unmet.map((u: { criterion: string }) => u.criterion)).toEqual(['rationale']);

    const res = await transition(project.id, { to: 'stopped', decision: 'go', rationale: 'Geen partners gevonden' });
    expect(res.status).toBe(200);
    expect(res.body.project).toMatchObject({ phase: 'stopped', previousPhase: 'scenario' });
    const moveOn = await transition(project.id, { to: 'experiment', decision: 'go', rationale: 'toch door' });
    expect(moveOn.status).toBe(422);
  });
});

describe('requests', () => {
  it.each([
    [{ to: 'somewhere', decision: 'go' }, 'to'],
    [{ to: 'experiment', decision: 'maybe' }, 'decision'],
    [{ decision: 'go' }, 'to'],
    [{ to: 'experiment', decision: 'go', extra: 1 }, 'extra'],
  ])('%j is a 400 naming %s', async (body, field) => {
    const project = await create(t, 'projects', valid.project(labId));
    const res = await transition(project.id, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toContain(field);
  });

  it('answers 404 for a project that does not exist', async () => {
    const res = await transition(999999, { to: 'experiment', decision: 'go' });
    expect(res.status).toBe(404);
  });

  it('lets only one of two concurrent go decisions move the project', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    await readyForExperiment(project.id);
    const answers = await Promise.all([
      goIntoExperiment(project.id, { rationale: 'a' }),
      goIntoExperiment(project.id, { rationale: 'b' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
    expect(await decisions(project.id)).toHaveLength(1);
    expect((await t.http.get(`/api/projects/${project.id}`)).body).toMatchObject({ phase: 'experiment', version: 2 });
  });
});
