import { addQuarters, quarterOfDate, quarterRange, todayIso } from '@lab/domain';
import { create, experimentCriteria, rowCounts, valid } from '../support/factories';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

/**
 * The rules of the quarterly entry: a submitted status update is locked like a measurement (changed only by
 * reopening, on record), and what was due in a quarter is judged by the phase the project was in then, the same
 * way in the calendar, the quarterly entry, the project's quarters and the home page.
 */
type Body = Record<string, any>;

const PASSWORD = 'quarter-rules-password';
const current = quarterOfDate(todayIso());

describe('on a factory lab', () => {
  let t: TestApp;
  let lab: Body;
  let team: Http;
  let focus: Http;
  let lead: Body;

  beforeAll(async () => {
    t = await createTestApp();
    lab = await create(t, 'labs', { ...valid.lab(), reportingDueDays: 30 });
    lead = await create(t, 'people', valid.person());
    const users = [valid.user({ role: 'project_member', personId: lead.id, password: PASSWORD }), valid.user({ role: 'focus_team', password: PASSWORD })];
    for (const u of users) await create(t, 'users', u);
    [team, focus] = await Promise.all(users.map((u) => t.as(u.email as string, PASSWORD)));
  });
  afterAll(async () => { await t?.close(); });

  /** A project with a lead (the team user), a milestone and indicators with a target: ready for its experiment. */
  async function project(extra: Body = {}, indicators = 1) {
    const p = await create(t, 'projects', valid.project(lab.id, extra));
    await create(t, 'memberships', valid.membership(p.id, lead.id, 'lead'));
    await create(t, 'milestones', valid.milestone(p.id));
    const made: Body[] = [];
    for (let n = 0; n < indicators; n++) made.push(await create(t, 'indicators', valid.indicator(p.id)));
    return { project: p, indicators: made };
  }
  const go = async (projectId: number, to: string) => {
    const res = await t.http.post(`/api/projects/${projectId}/transition`).send({
      to, decision: 'go', rationale: 'Besloten in het focusteamoverleg.', ...(to === 'experiment' ? await experimentCriteria(t, projectId) : {}),
    });
    expect(res.status).toBe(200);
  };
  /** Dates the project's gate decisions (oldest first) as they were taken in the past. */
  const dateDecisions = async (projectId: number, days: string[]) => {
    const ids: { id: number }[] = await t.dataSource.query('SELECT id FROM phase_decisions WHERE project_id = $1 ORDER BY id', [projectId]);
    for (const [n, { id }] of ids.entries()) await t.dataSource.query(`UPDATE phase_decisions SET decided_at = $2::date + time '14:00' WHERE id = $1`, [id, days[n]]);
  };
  const calendarRow = async (projectId: number, from: string, to: string) => {
    const res = await t.http.get(`/api/reports/calendar?lab=${lab.id}&from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    return (res.body.projects as Body[]).find((p) => p.id === projectId)!.cells as Body[];
  };

  describe('a submitted status update is locked like a measurement', () => {
    let p: Body;
    let indicator: Body;
    let update: Body;
    const period = '2016-Q2';
    const entry = (id = p.id) => `/api/projects/${id}/quarters/${period}`;
    const narrative = 'Twaalf deelnemers gestart; de werving loopt volgens plan.';

    beforeAll(async () => {
      ({ project: p, indicators: [indicator] } = await project());
      const submitted = await team.put(entry()).send({
        statusUpdate: { health: 'on_track', narrative }, measurements: [{ indicatorId: indicator.id, value: 12 }], submit: true,
      });
      expect(submitted.status).toBe(200);
      update = submitted.body.statusUpdate;
      expect(update.submittedAt).not.toBeNull();
    });

    it('refuses a changed narrative or health through the quarterly entry with 409, naming the field and saying to reopen first', async () => {
      const before = await rowCounts(t);
      for (const changed of [{ health: 'on_track', narrative: 'Een andere tekst.' }, { health: 'at_risk', narrative }]) {
        const res = await team.put(entry()).send({ statusUpdate: changed });
        expect(res.status).toBe(409);
        const field = changed.narrative === narrative ? 'statusUpdate.health' : 'statusUpdate.narrative';
        expect(res.body.errors).toEqual({ [field]: expect.stringMatching(/submitted.*reopen the status update first/) });
        expect(res.body.message).toMatch(/reopen the status update first/);
      }
      // "Opslaan als concept" with the update as it was is fine: nothing is written.
      const same = await team.put(entry()).send({ statusUpdate: { health: 'on_track', narrative } });
      expect(same.status).toBe(200);
      expect(same.body.statusUpdate).toEqual(update);
      expect(await rowCounts(t)).toEqual(before);
    });

    it('refuses it through PUT /api/status-updates/:id too, for everyone, and a delete', async () => {
      const stored = (await t.http.get(`/api/status-updates/${update.id}`)).body;
      for (const who of [team, focus, t.http]) {
        const res = await who.put(`/api/status-updates/${update.id}`).send({ ...stored, narrative: 'Overschreven.' });
        expect(res.status).toBe(409);
        expect(res.body.errors).toEqual({ narrative: expect.stringMatching(/reopen the status update first/) });
      }
      // The record as it was, sent back whole (react-admin's edit form), is not a change.
      expect((await team.put(`/api/status-updates/${update.id}`).send(stored)).status).toBe(200);
      const removed = await t.http.delete(`/api/status-updates/${update.id}`);
      expect(removed.status).toBe(409);
      expect(removed.body.message).toMatch(/reopen it first/);
      expect((await t.http.get(`/api/status-updates/${update.id}`)).body).toMatchObject({ narrative, submittedAt: update.submittedAt });
    });

    it('is reopened by the focus team with a reason, on record, back to a draft the team can change and submit again', async () => {
      const reopen = (who: Http, body: Body) => who.post(`/api/status-updates/${update.id}/reopen`).send(body);
      const byTeam = await reopen(team, { comment: 'Graag aanpassen' });
      expect(byTeam.status).toBe(403);
      const noReason = await reopen(focus, {});
      expect(noReason.status).toBe(422);
      expect(noReason.body.unmet.map((u: Body) => u.criterion)).toEqual(['comment']);
      expect((await reopen(focus, { comment: 'x', version: update.version + 5 })).status).toBe(409);

      const reason = 'Het aantal deelnemers is verkeerd overgenomen; het team corrigeert de toelichting.';
      const reopened = await reopen(focus, { comment: reason });
      expect(reopened.status).toBe(200);
      expect(reopened.body).toMatchObject({ id: update.id, narrative, submittedAt: null, version: update.version + 1 });
      const again = await reopen(focus, { comment: reason });
      expect(again.status).toBe(422);
      expect(again.body.unmet.map((u: Body) => u.criterion)).toEqual(['status']);

      const events = (await t.http.get(`/api/audit-events?filter={"resource":"status-updates","recordId":${update.id}}&sort=["id","ASC"]`)).body as Body[];
      expect(events.map((e) => e.action)).toEqual(['create', 'submit', 'reopen']);
      expect(events[2]).toMatchObject({
        userId: focus.userId ?? expect.any(Number),
        changes: { submittedAt: { before: update.submittedAt, after: null }, reopenReason: { before: null, after: reason } },
      });

      // The calendar follows: the update is a draft again, so the quarter is no longer handed in.
      expect((await calendarRow(p.id, period, period))[0]).toMatchObject({ statusUpdate: 'draft' });
      const fixed = await team.put(entry()).send({ statusUpdate: { health: 'on_track', narrative: 'Tien deelnemers gestart.' }, submit: true });
      expect(fixed.status).toBe(200);
      expect(fixed.body.statusUpdate).toMatchObject({ narrative: 'Tien deelnemers gestart.', submittedAt: expect.any(String) });
      expect((await team.put(entry()).send({ statusUpdate: { health: 'on_track', narrative } })).status).toBe(409);
    });

    it('answers 404 for a status update that does not exist', async () => {
      expect((await focus.post('/api/status-updates/999999/reopen').send({ comment: 'Correctie' })).status).toBe(404);
    });
  });

  describe('what was due is judged by the phase the project was in then', () => {
    it('a go decided today does not turn the earlier quarters late', async () => {
      const { project: p } = await project({ startDate: '2016-01-01', plannedEndDate: null });
      const from = addQuarters(current, -8);
      const before = await calendarRow(p.id, from, current);
      expect(before.every((c) => c.state === 'none')).toBe(true);
      await go(p.id, 'experiment');

      const after = await calendarRow(p.id, from, current);
      expect(after.map((c) => c.state)).toEqual([...Array(8).fill('none'), 'not_due']);
      for (const cell of after) {
        const res = await t.http.get(`/api/projects/${p.id}/quarters/${cell.period}`);
        expect(res.body).toMatchObject({ state: cell.state, overdue: false });
        expect(res.body.phase).toBe(cell.period === current ? 'experiment' : 'scenario');
      }
      expect((await t.http.get(`/api/projects/${p.id}/quarters/2017-Q2`)).body).toMatchObject({ state: 'none', phase: 'scenario', overdue: false });
    });

    it('a project that ran and stopped years ago still owed the quarters it ran, and its entry opens on the first one open', async () => {
      const { project: p, indicators: [indicator] } = await project({ startDate: '2016-01-01', plannedEndDate: '2017-12-31' });
      await go(p.id, 'experiment');
      await go(p.id, 'stopped');
      await dateDecisions(p.id, ['2016-03-15', '2017-02-10']);
      // 2016-Q1 and Q2 handed in and approved; Q3 missing: late.
      for (const period of ['2016-Q1', '2016-Q2']) {
        const res = await team.put(`/api/projects/${p.id}/quarters/${period}`).send({
          statusUpdate: { health: 'on_track', narrative: `Verslag ${period}.` }, measurements: [{ indicatorId: indicator.id, value: 5 }], submit: true,
        });
        expect(res.status).toBe(200);
        await focus.post(`/api/measurements/${res.body.indicators[0].measurement.id}/approve`).send({});
      }
      expect((await calendarRow(p.id, '2015-Q4', '2017-Q3')).map((c) => c.state)).toEqual([
        'none', 'approved', 'approved', 'overdue', 'overdue', 'none', 'none', 'none',
      ]);

      const quarters = await t.http.get(`/api/projects/${p.id}/quarters`);
      expect(quarters.status).toBe(200);
      expect(quarters.body).toMatchObject({ projectId: p.id, projectCode: p.code, dueDays: 30, firstOpen: '2016-Q3' });
      expect(quarters.body.quarters.map((c: Body) => c.period)).toEqual(quarterRange('2016-Q1', '2017-Q4'));
      expect(quarters.body.quarters.map((c: Body) => c.phase)).toEqual([
        'experiment', 'experiment', 'experiment', 'experiment', 'stopped', 'stopped', 'stopped', 'stopped',
      ]);
      const calendar = await calendarRow(p.id, '2016-Q1', '2017-Q4');
      expect(quarters.body.quarters.map(({ phase: _phase, ...cell }: Body) => cell)).toEqual(calendar);

      // Once everything is handed in, the entry opens on the last quarter it reported on.
      for (const period of ['2016-Q3', '2016-Q4']) {
        await team.put(`/api/projects/${p.id}/quarters/${period}`).send({
          statusUpdate: { health: 'on_track', narrative: `Verslag ${period}.` }, measurements: [{ indicatorId: indicator.id, value: 5 }], submit: true,
        });
      }
      expect((await t.http.get(`/api/projects/${p.id}/quarters`)).body.firstOpen).toBe('2016-Q4');
    });

    it('answers 404 for the quarters of a project that does not exist', async () => {
      expect((await t.http.get('/api/projects/999999/quarters')).status).toBe(404);
    });
  });
});

describe('on the demo lab', () => {
  let t: TestApp;
  let calendar: Body;

  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    const { window } = (await t.http.get('/api/reports/calendar')).body;
    const from = addQuarters(current, -39) < window.from ? window.from : addQuarters(current, -39);
    calendar = (await t.http.get(`/api/reports/calendar?from=${from}&to=${current}`)).body;
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  it('the calendar and the quarterly entry say the same word on every cell', async () => {
    expect(calendar.projects.length).toBe(14);
    const disagreements: string[] = [];
    let cells = 0;
    for (const p of calendar.projects as Body[]) {
      const run = (await t.http.get(`/api/projects/${p.id}/quarters`)).body;
      const inRun = new Map((run.quarters as Body[]).map((c) => [c.period, c]));
      for (const cell of p.cells as Body[]) {
        const entry = (await t.http.get(`/api/projects/${p.id}/quarters/${cell.period}`)).body;
        cells++;
        if (entry.state !== cell.state || entry.overdue !== (cell.state === 'overdue') || entry.dueDate !== cell.dueDate) {
          disagreements.push(`${p.code} ${cell.period}: calendar ${cell.state}, entry ${entry.state}`);
        }
        const own = inRun.get(cell.period);
        if (own && own.state !== cell.state) disagreements.push(`${p.code} ${cell.period}: calendar ${cell.state}, project quarters ${own.state}`);
      }
    }
    expect(cells).toBeGreaterThan(14 * 8);
    expect(disagreements).toEqual([]);
  }, 120_000);

  it("a team's home says what the calendar says for the quarter due now", async () => {
    const member = await t.as('projectlid@meedoenwerkt.example', 'meedoen-werkt-demo');
    const { mine } = (await member.get('/api/dashboard')).body;
    expect(mine.duties.length).toBeGreaterThan(0);
    for (const duty of mine.duties as Body[]) {
      const cell = (calendar.projects as Body[]).find((p) => p.id === duty.projectId)!.cells.find((c: Body) => c.period === duty.period);
      expect([duty.projectCode, duty.state]).toEqual([duty.projectCode, cell.state]);
    }
  });

  it('every project opens on a quarter of its run that is still open, or its last handed-in one', async () => {
    for (const p of calendar.projects as Body[]) {
      const run = (await t.http.get(`/api/projects/${p.id}/quarters`)).body;
      const first = (run.quarters as Body[]).find((c) => ['returned', 'overdue', 'open'].includes(c.state));
      if (first) expect([p.code, run.firstOpen]).toEqual([p.code, first.period]);
      expect(run.quarters.map((c: Body) => c.period)).toContain(run.firstOpen);
    }
  });
});
