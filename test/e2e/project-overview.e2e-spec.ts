import { OVERVIEW_LIST_LIMIT, quarterOfDate, todayIso, type ProjectOverview } from '@lab/domain';
import { create, experimentCriteria, valid } from '../support/factories';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

/**
 * GET /api/projects/:id/overview: a project at a glance in one answer — the latest status update, overdue and
 * next milestones, each indicator against the target in force, open review items and the next gate's criteria —
 * read as the project itself is read.
 */
type Body = Record<string, any>;
const PASSWORD = 'overview-test-password';
let t: TestApp;
let project: Body;
let bare: Body;
let indicator: Body;
let second: Body;
const as = {} as Record<'team' | 'outsider' | 'focus_team', Http>;
const ids: Record<string, number> = {};

const step = async (id: number, action: string, comment?: string) => {
  const res = await t.http.post(`/api/measurements/${id}/${action}`).send({ comment });
  expect(res.status).toBe(200);
};

beforeAll(async () => {
  t = await createTestApp();
  const lab = await create(t, 'labs', valid.lab());
  project = await create(t, 'projects', valid.project(lab.id, { health: 'at_risk', plannedEndDate: '2028-12-31' }));
  bare = await create(t, 'projects', valid.project(lab.id));
  const lead = await create(t, 'people', valid.person());
  await create(t, 'memberships', valid.membership(project.id, lead.id, 'lead'));
  const outsider = await create(t, 'people', valid.person());
  await create(t, 'memberships', valid.membership(bare.id, outsider.id, 'lead'));

  // Seven overdue milestones (more than the overview lists), one done, and six ahead.
  for (let n = 1; n <= 7; n++) await create(t, 'milestones', valid.milestone(project.id, { title: `Achterstand ${n}`, dueDate: `2016-0${n}-15` }));
  await create(t, 'milestones', valid.milestone(project.id, { title: 'Klaar', dueDate: '2016-01-10', status: 'done', completedDate: '2016-01-09' }));
  for (let n = 1; n <= 6; n++) await create(t, 'milestones', valid.milestone(project.id, { title: `Komt eraan ${n}`, dueDate: `2027-0${n}-20` }));

  // Baseline 10, target 50; approved 2016-Q3 20 and 2016-Q4 10 add up to 30: halfway.
  indicator = await create(t, 'indicators', valid.indicator(project.id, { name: 'Mensen aan het werk', baselineValue: 10, targetValue: 50, targetDate: '2027-12-31' }));
  for (const [period, value] of [['2016-Q3', 20], ['2016-Q4', 10]] as const) {
    const m = await create(t, 'measurements', valid.measurement(indicator.id, { period, value }));
    await step(m.id, 'submit');
    await step(m.id, 'approve');
  }
  const waiting = await create(t, 'measurements', valid.measurement(indicator.id, { period: '2017-Q1', value: 5 }));
  await step(waiting.id, 'submit');
  ids.waiting = waiting.id;
  const returned = await create(t, 'measurements', valid.measurement(indicator.id, { period: '2017-Q2', value: 7 }));
  await step(returned.id, 'submit');
  await step(returned.id, 'return', 'De bron ontbreekt.');
  ids.returned = returned.id;
  // A decrease indicator whose target was revised from this quarter on: measured against the new one.
  second = await create(t, 'indicators', valid.indicator(project.id, {
    name: 'Wachttijd in weken', kind: 'output', direction: 'decrease', aggregation: 'latest', baselineValue: 20, targetValue: 10, targetDate: '2027-12-31',
  }));
  const revision = await t.http.post('/api/target-revisions').send({
    indicatorId: second.id, newValue: 5, effectiveFrom: quarterOfDate(todayIso()), reason: 'Aangescherpt na de eerste resultaten',
  });
  expect(revision.status).toBe(201);

  await create(t, 'status-updates', valid.statusUpdate(project.id, { period: '2016-Q3', health: 'on_track', narrative: 'Oud nieuws.' }));
  await create(t, 'status-updates', valid.statusUpdate(project.id, {
    period: '2017-Q1', health: 'at_risk',
    narrative: `Werving loopt achter.\nTwee partners haakten af.\n\nWe zoeken een nieuwe werkgever.\nDeze vierde regel staat niet in het overzicht.`,
  }));

  const users = {
    team: valid.user({ role: 'project_member', personId: lead.id, password: PASSWORD }),
    outsider: valid.user({ role: 'project_member', personId: outsider.id, password: PASSWORD }),
    focus_team: valid.user({ role: 'focus_team', password: PASSWORD }),
  };
  for (const [who, body] of Object.entries(users)) {
    await create(t, 'users', body);
    as[who as keyof typeof as] = await t.as(body.email as string, PASSWORD);
  }
});
afterAll(async () => { await t?.close(); });

const overview = async (id: number, http: Http = t.http): Promise<ProjectOverview> => {
  const res = await http.get(`/api/projects/${id}/overview`);
  expect(res.status).toBe(200);
  return res.body;
};

describe('the overview of a project', () => {
  it('names the project, its phase and health, and the latest status update in its first lines', async () => {
    const o = await overview(project.id);
    expect(o.today).toBe(todayIso());
    expect(o.project).toEqual({ id: project.id, code: project.code, title: project.title, phase: 'scenario', health: 'at_risk', previousPhase: null });
    expect(o.lastStatusUpdate).toMatchObject({
      period: '2017-Q1', health: 'at_risk', narrativeCut: true, submittedAt: null,
      narrative: 'Werving loopt achter.\nTwee partners haakten af.\nWe zoeken een nieuwe werkgever.',
    });
    expect((await overview(bare.id)).lastStatusUpdate).toBeNull();
  });

  it('lists the overdue milestones oldest first and the next ones soonest first, at most five each, with the counts', async () => {
    const o = await overview(project.id);
    expect(o.milestones.overdue.map((m) => m.title)).toEqual(['Achterstand 1', 'Achterstand 2', 'Achterstand 3', 'Achterstand 4', 'Achterstand 5']);
    expect(o.milestones.overdue.every((m) => m.overdue)).toBe(true);
    expect(o.milestones.next.map((m) => m.title)).toEqual(['Komt eraan 1', 'Komt eraan 2', 'Komt eraan 3', 'Komt eraan 4', 'Komt eraan 5']);
    expect(o.milestones.next.some((m) => m.overdue)).toBe(false);
    expect(o.milestones.next).toHaveLength(OVERVIEW_LIST_LIMIT);
    expect(o.milestones.totals).toEqual({ open: 13, overdue: 7, done: 1, total: 14 });
  });

  it('measures each indicator\'s approved figure against the target in force now', async () => {
    const o = await overview(project.id);
    expect(o.indicators.map((i) => i.name)).toEqual(['Mensen aan het werk', 'Wachttijd in weken']);
    expect(o.indicators[0]).toMatchObject({ baseline: 10, target: 50, targetRevised: false, figure: 30, approved: 2, progress: 0.5, targetMet: false });
    expect(o.indicators[0].expected).toBeGreaterThan(0.5);
    expect(o.indicators[0].onTrack).toBe(false);
    // Nothing approved yet; the revised target applies from this quarter on.
    expect(o.indicators[1]).toMatchObject({ baseline: 20, target: 5, targetRevised: true, figure: null, approved: 0, progress: null, onTrack: null });
  });

  it('lists the measurements waiting for review and those returned to the team, named', async () => {
    const o = await overview(project.id);
    expect(o.reviews.totals).toEqual({ submitted: 1, returned: 1 });
    expect(o.reviews.submitted).toEqual([expect.objectContaining({
      id: ids.waiting, indicatorName: 'Mensen aan het werk', period: '2017-Q1', value: 5, unit: 'count', status: 'submitted',
    })]);
    expect(o.reviews.returned).toEqual([expect.objectContaining({ id: ids.returned, period: '2017-Q2', status: 'returned', reviewComment: 'De bron ontbreekt.' })]);
    expect(o.reviews.submitted[0].since).not.toBeNull();
  });

  it('shows the next gate and its criteria met so far, as the gate itself judges them', async () => {
    expect((await overview(project.id)).gate).toMatchObject({
      to: 'experiment', decisions: 0, latest: null,
      checks: [{ criterion: 'team_lead', met: true }, { criterion: 'milestone', met: true }, { criterion: 'indicator_target', met: true }],
    });
    // A project without milestones or indicators misses those two; its lead is there.
    expect((await overview(bare.id)).gate.checks).toEqual([
      { criterion: 'team_lead', met: true }, { criterion: 'milestone', met: false }, { criterion: 'indicator_target', met: false },
    ]);
    const go = await as.focus_team.post(`/api/projects/${project.id}/transition`).send({ to: 'experiment', decision: 'go', ...(await experimentCriteria(t, project.id)) });
    expect(go.status).toBe(200);
    const after = await overview(project.id);
    expect(after.project.phase).toBe('experiment');
    expect(after.gate).toMatchObject({
      to: 'rollout', decisions: 1, latest: { decision: 'go', fromPhase: 'scenario', toPhase: 'experiment' },
      // and each success criterion fixed by the go, judged from the approved figures (success-criteria.e2e-spec.ts)
      checks: [
        { criterion: 'approved_outcome_measurement', met: true }, { criterion: 'rationale', met: false },
        ...after.indicators.filter((i) => i.kind === 'outcome').map((i) => ({
          criterion: 'success_criterion', met: i.targetMet, successCriterion: { indicatorId: i.id, value: i.target, judgement: { figure: i.figure } },
        })),
      ],
    });
  });
});

describe('who reads the overview', () => {
  it('is read like the project itself: the team, another project\'s member and the focus team alike; only the team and staff may change', async () => {
    for (const [http, mayChange] of [[as.team, true], [as.outsider, false], [as.focus_team, true], [t.http, true]] as const) {
      const read = await http.get(`/api/projects/${project.id}`);
      const res = await http.get(`/api/projects/${project.id}/overview`);
      expect(res.status).toBe(read.status);
      expect(res.body.project.code).toBe(read.body.code);
      expect(res.body.mayChange).toBe(mayChange);
    }
    expect((await as.outsider.get(`/api/projects/${bare.id}/overview`)).body.mayChange).toBe(true);
  });

  it('answers 401 without a sign-in, 404 for a project that does not exist and 400 for an id that is not one, as a project read does', async () => {
    for (const [path, status] of [['999999', 404], ['abc', 400]] as const) {
      const read = await as.outsider.get(`/api/projects/${path}`);
      const res = await as.outsider.get(`/api/projects/${path}/overview`);
      expect(res.status).toBe(status);
      expect(read.status).toBe(status);
      expect(res.body.message).toEqual(expect.any(String));
    }
    const anonymous = await t.anonymous.get(`/api/projects/${project.id}/overview`);
    expect(anonymous.status).toBe(401);
  });
});
