import { addDays, todayIso } from '@lab/domain';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ demoData: true }); });
afterAll(async () => { await t?.close(); });

const list = async (resource: string, filter: object) =>
  (await t.http.get(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`)).body as Record<string, unknown>[];

describe('GET /api/dashboard', () => {
  it('counts projects per phase and health as the project list does', async () => {
    const res = await t.http.get('/api/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.projects.total).toBe(14);
    for (const phase of ['scenario', 'experiment', 'rollout', 'stopped']) {
      expect(res.body.projects.byPhase[phase]).toBe((await list('projects', { phase })).length);
    }
    for (const health of ['on_track', 'at_risk', 'off_track']) {
      expect(res.body.projects.byHealth[health]).toBe((await list('projects', { health })).length);
    }
    expect(res.body.pipeline.map((p: { code: string }) => p.code)).toEqual(Array.from({ length: 14 }, (_, i) => `MW-${String(i + 1).padStart(2, '0')}`));
  });

  it('lists the overdue milestones the milestones list calls overdue, and those due within 30 days', async () => {
    const res = await t.http.get('/api/dashboard');
    const overdue = await list('milestones', { overdue: true });
    expect(res.body.overdueMilestones.map((m: { id: number }) => m.id).sort()).toEqual(overdue.map((m) => m.id).sort());
    const today = todayIso();
    const soon = await list('milestones', { status: ['planned', 'in_progress'], dueDate_gte: today, dueDate_lte: addDays(today, 30) });
    expect(res.body.dueSoonMilestones.map((m: { id: number }) => m.id).sort()).toEqual(soon.map((m) => m.id).sort());
    expect(soon.length).toBeGreaterThan(0);
  });

  it('names indicators behind target with their progress below what time allows', async () => {
    const res = await t.http.get('/api/dashboard');
    expect(res.body.indicatorsBehind.length).toBeGreaterThan(0);
    for (const i of res.body.indicatorsBehind) expect(i.progress).toBeLessThan(i.expected - 0.1 + 1e-9);
  });

  it('shows the latest gate decisions first', async () => {
    const res = await t.http.get('/api/dashboard');
    const times = res.body.latestDecisions.map((d: { decidedAt: string }) => d.decidedAt);
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by lab, and refuses a malformed lab id', async () => {
    const [lab] = (await t.http.get('/api/labs')).body;
    expect((await t.http.get(`/api/dashboard?lab=${lab.id}`)).body.projects.total).toBe(14);
    expect((await t.http.get('/api/dashboard?lab=999')).body.projects.total).toBe(0);
    expect((await t.http.get('/api/dashboard?lab=1e3')).status).toBe(400);
  });
});

describe('figures kept between requests', () => {
  it('follow every change at once: a write moves the change counter and the next request counts again', async () => {
    const first = (await t.http.get('/api/dashboard')).body;
    const again = (await t.http.get('/api/dashboard')).body;
    expect(again).toEqual(first);

    const [project] = (await t.http.get('/api/projects?filter={"health":"on_track"}&range=[0,0]')).body;
    const changed = await t.http.put(`/api/projects/${project.id}`).send({ version: project.version, health: 'off_track' });
    expect(changed.status).toBe(200);
    const after = (await t.http.get('/api/dashboard')).body;
    expect(after.projects.byHealth.on_track).toBe(first.projects.byHealth.on_track - 1);
    expect(after.projects.byHealth.off_track).toBe(first.projects.byHealth.off_track + 1);

    const milestone = (await t.http.get('/api/milestones?filter={"overdue":true}&range=[0,0]')).body[0];
    await t.http.put(`/api/milestones/${milestone.id}`).send({ version: milestone.version, status: 'done', completedDate: '2016-01-01' });
    const later = (await t.http.get('/api/dashboard')).body;
    expect(later.overdueMilestones.map((m: { id: number }) => m.id)).not.toContain(milestone.id);
    expect(later.overdueMilestones).toHaveLength(after.overdueMilestones.length - 1);
  });
});

describe('at scale', () => {
  it('shows at most 50 rows of a list, with how many there are', async () => {
    const [project] = (await t.http.get('/api/projects?filter={"code":"MW-04"}')).body;
    const before = (await t.http.get('/api/dashboard')).body;
    for (let i = 0; i < 60; i++) {
      const res = await t.http.post('/api/milestones').send({ projectId: project.id, title: `Achterstand ${i}`, phase: 'experiment', dueDate: '2020-01-01' });
      expect(res.status).toBe(201);
    }
    const overdueList = await t.http.get('/api/milestones?filter={"overdue":true}&range=[0,0]');
    const total = Number(overdueList.headers['content-range'].split('/')[1]);
    expect(total).toBe(before.totals.overdueMilestones + 60);
    const after = (await t.http.get('/api/dashboard')).body;
    expect(after.overdueMilestones).toHaveLength(50);
    expect(after.totals.overdueMilestones).toBe(total);
    // The first rows in due-date order: the oldest overdue first.
    const dates = after.overdueMilestones.map((m: { dueDate: string }) => m.dueDate);
    expect([...dates].sort()).toEqual(dates);
  });
});
