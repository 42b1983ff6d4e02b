import { addDays, addQuarters, quarterOfDate, todayIso } from '@lab/domain';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ demoData: true }); });
afterAll(async () => { await t?.close(); });

const list = async (resource: string, filter: object) =>
  (await t.http.get(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`)).body as Record<string, unknown>[];

describe('GET /api/dashboard', () => {
  it('counts projects per phase as the project list does, and health over the running projects only', async () => {
    const res = await t.http.get('/api/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.projects.total).toBe(14);
    for (const phase of ['scenario', 'experiment', 'rollout', 'stopped']) {
      expect(res.body.projects.byPhase[phase]).toBe((await list('projects', { phase })).length);
    }
    const running = ['scenario', 'experiment', 'rollout'];
    for (const health of ['on_track', 'at_risk', 'off_track']) {
      // The same filter the home page's links open.
      expect(res.body.projects.byHealth[health]).toBe((await list('projects', { health, phase: running })).length);
    }
    const stopped = await list('projects', { phase: 'stopped' });
    expect(stopped.length).toBeGreaterThan(0);
    const counted = Object.values(res.body.projects.byHealth as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(counted).toBe(14 - stopped.length);
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

describe('a project member\'s home', () => {
  it('holds only the projects on whose team they are, their reports due and their overdue milestones', async () => {
    const member = await t.as('projectlid@meedoenwerkt.example', 'meedoen-werkt-demo');
    const me = (await member.get('/api/auth/me')).body;
    const res = await member.get('/api/dashboard');
    expect(res.status).toBe(200);
    const mine = res.body.mine;
    expect(mine.projects.map((p: { id: number }) => p.id).sort()).toEqual([...me.projectIds].sort());
    expect(mine.projects.map((p: { code: string }) => p.code)).toEqual(['MW-03', 'MW-09']);
    for (const d of mine.duties) expect(me.projectIds).toContain(d.projectId);
    expect(mine.period).toBe(addQuarters(quarterOfDate(todayIso()), -1));

    const overdue = await list('milestones', { overdue: true, projectId: me.projectIds });
    expect(mine.overdueMilestones.map((m: { id: number }) => m.id).sort()).toEqual(overdue.map((m) => m.id).sort());
    expect(mine.totals.overdueMilestones).toBe(overdue.length);
    const everyone = (await t.http.get('/api/dashboard')).body;
    expect(everyone.totals.overdueMilestones).toBeGreaterThan(overdue.length);
  });

  it('is not given to the focus team or administrators, who see what waits for them instead', async () => {
    const focus = await t.as('focusteam@meedoenwerkt.example', 'meedoen-werkt-demo');
    const res = await focus.get('/api/dashboard');
    expect(res.body.mine).toBeUndefined();
    expect(Array.isArray(res.body.gatesDue)).toBe(true);
    for (const p of res.body.gatesDue) expect(['scenario', 'experiment']).toContain(p.phase);
    expect((await t.http.get('/api/dashboard')).body.mine).toBeUndefined();
  });
});

describe('the milestone list, open first', () => {
  it('sorts open milestones by due day before the done and cancelled ones, the most recent of those first', async () => {
    const rows = (await t.http.get(`/api/milestones?sort=${encodeURIComponent('["openFirst","ASC"]')}&range=[0,999]`)).body as
      { status: string; dueDate: string; overdue: boolean }[];
    const open = (m: { status: string }) => m.status === 'planned' || m.status === 'in_progress';
    const firstClosed = rows.findIndex((m) => !open(m));
    expect(firstClosed).toBeGreaterThan(0);
    expect(rows.slice(firstClosed).every((m) => !open(m))).toBe(true);
    expect(rows[0].overdue).toBe(true);
    const openDates = rows.slice(0, firstClosed).map((m) => m.dueDate);
    expect([...openDates].sort()).toEqual(openDates);
    const closedDates = rows.slice(firstClosed).map((m) => m.dueDate);
    expect([...closedDates].sort().reverse()).toEqual(closedDates);
    expect((await t.http.get(`/api/milestones?sort=${encodeURIComponent('["openFirst","DESC"]')}&range=[0,0]`)).status).toBe(200);
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
