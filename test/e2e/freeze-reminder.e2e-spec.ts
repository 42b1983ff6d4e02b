import { addDays, quarterOfDate, reportingDueDate, todayIso } from '@lab/domain';
import { create, experimentCriteria, valid } from '../support/factories';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../support/smtp-sink';
import { createTestApp, TEST_ADMIN, type Http, type TestApp } from '../support/test-app';

/**
 * The administrators' notice before a quarter's report is due to be frozen (its due date plus the lab's reminder
 * days), naming per project what is still pending, received on a real SMTP server started here: once to each
 * administrator, in their language, never again on a second run, not for a lab with nothing pending nor for a
 * quarter already frozen, and not to who turned it off.
 */
type Body = Record<string, any>;
const PASSWORD = 'freeze-reminder-password';
const DUE_DAYS = 30;
const REMINDER_DAYS = 7;

let smtp: SmtpSink;
let t: TestApp;
const period = quarterOfDate(todayIso());
const due = reportingDueDate(period, DUE_DAYS);
/** Worked out by hand: the due date plus the seven reminder days. */
const freezeDate = addDays(due, REMINDER_DAYS);
const to = (email: string) => (m: ReceivedMail) => m.to === email;

async function user(role: string, extra: Body = {}): Promise<Http & { userId: number; email: string }> {
  const body = valid.user({ role, password: PASSWORD, ...extra });
  await create(t, 'users', body);
  return Object.assign(await t.as(body.email as string, PASSWORD), { email: body.email as string });
}

/** A project in the experiment since today with two indicators and a team member's account. */
async function project(labId: number) {
  const p = await create(t, 'projects', valid.project(labId, { startDate: '2016-01-01', plannedEndDate: addDays(todayIso(), 800) }));
  const person = await create(t, 'people', valid.person());
  await create(t, 'memberships', valid.membership(p.id, person.id, 'lead'));
  await create(t, 'milestones', valid.milestone(p.id));
  const indicators = [await create(t, 'indicators', valid.indicator(p.id)), await create(t, 'indicators', valid.indicator(p.id))];
  const go = await t.http.post(`/api/projects/${p.id}/transition`).send({ to: 'experiment', decision: 'go', rationale: 'Klaar om te starten', ...(await experimentCriteria(t, p.id)) });
  expect(go.status).toBe(200);
  return { project: p, indicators, team: await user('project_member', { personId: person.id }) };
}

/** The team hands in the quarter (both values, the status update with `statusUpdate`) and the focus team approves `approve` of the values. */
async function handIn(w: Awaited<ReturnType<typeof project>>, focus: Http, approve: number, statusUpdate = true) {
  const res = await w.team.put(`/api/projects/${w.project.id}/quarters/${period}`).send({
    ...(statusUpdate ? { statusUpdate: { health: 'on_track', narrative: 'Op schema.' } } : {}),
    measurements: w.indicators.map((i) => ({ indicatorId: i.id, value: 10 })), submit: statusUpdate,
  });
  expect(res.status).toBe(200);
  for (const i of res.body.indicators.slice(0, approve)) {
    if (!statusUpdate) expect((await w.team.post(`/api/measurements/${i.measurement.id}/submit`).send({})).status).toBe(200);
    expect((await focus.post(`/api/measurements/${i.measurement.id}/approve`).send({})).status).toBe(200);
  }
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({
    env: { JOBS_POLLING_SECONDS: '0.5', PUBLIC_URL: 'https://lab.example.org', SMTP_URL: smtp.url, MAIL_FROM: 'Meedoen Werkt <noreply@lab.example.org>' },
  });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('the reminder before a report is due to be frozen', () => {
  it('reaches each administrator once, naming per project what is pending; not for nothing pending, nor a frozen quarter, nor who turned it off', async () => {
    const focus = await user('focus_team');
    const english = await user('admin');
    expect((await english.put('/api/notification-preferences').send({ language: 'en' })).status).toBe(200);
    const quiet = await user('admin');
    expect((await quiet.put('/api/notification-preferences').send({ freezeReminder: 'off' })).status).toBe(200);

    // A lab with pending work: one project with a value not yet approved and no status update, one with a draft
    // status update and nothing approved, one with everything approved (not listed).
    const lab = await create(t, 'labs', { ...valid.lab(), reportingDueDays: DUE_DAYS, reminderDays: REMINDER_DAYS });
    const [partly, nothing, done] = [await project(lab.id), await project(lab.id), await project(lab.id)];
    await handIn(partly, focus, 1, false);
    await handIn(done, focus, 2);
    // A lab with nothing pending, and one already frozen for the quarter.
    const doneLab = await create(t, 'labs', { ...valid.lab(), reportingDueDays: DUE_DAYS, reminderDays: REMINDER_DAYS });
    await handIn(await project(doneLab.id), focus, 2);
    const frozenLab = await create(t, 'labs', { ...valid.lab(), reportingDueDays: DUE_DAYS, reminderDays: REMINDER_DAYS });
    await project(frozenLab.id);
    expect((await t.http.post('/api/reports/quarterly/freeze').send({ lab: frozenLab.id, quarter: period })).status).toBe(201);

    expect((await focus.post('/api/notifications/run-freeze-reminders').send({ on: due })).status).toBe(403);
    expect((await t.http.post('/api/notifications/run-freeze-reminders').send({ on: 'morgen' })).status).toBe(400);
    // The day before the window (the report's own due date is its first day): nothing.
    const early = await t.http.post('/api/notifications/run-freeze-reminders').send({ on: addDays(due, -1) });
    expect(early.body).toEqual({ on: addDays(due, -1), reminded: [], written: 0 });

    const run = await t.http.post('/api/notifications/run-freeze-reminders').send({ on: addDays(due, 3) });
    expect(run.status).toBe(200);
    expect(run.body.reminded).toEqual([{
      labId: lab.id, period, freezeDate, recipients: 3,
      projects: [
        { projectId: partly.project.id, code: partly.project.code, pending: { measurements: 1, statusUpdate: true } },
        { projectId: nothing.project.id, code: nothing.project.code, pending: { measurements: 2, statusUpdate: true } },
      ].sort((a, b) => a.code.localeCompare(b.code)),
    }]);
    expect(run.body.written).toBe(2);

    const [mail] = await smtp.waitFor(to(TEST_ADMIN.email), 1);
    expect(mail.key).toBe(`freeze:${lab.id}:${period}:${t.userId}:before`);
    expect(mail.subject).toBe(`${lab.name}: rapportage ${period} moet uiterlijk ${freezeDate} bevroren worden; bij 2 projecten staat nog iets open`);
    expect(mail.text).toContain(`- ${partly.project.code} ${partly.project.title}: 1 meting nog niet goedgekeurd, de kwartaalupdate nog niet ingediend`);
    expect(mail.text).toContain(`- ${nothing.project.code} ${nothing.project.title}: 2 metingen nog niet goedgekeurd, de kwartaalupdate nog niet ingediend`);
    expect(mail.text).toContain(`https://lab.example.org/#/reports?lab=${lab.id}&quarter=${period}`);
    expect(mail.text).not.toContain(done.project.code);
    const [en] = await smtp.waitFor(to(english.email), 1);
    expect(en.subject).toBe(`${lab.name}: the report of ${period} is due to be frozen on ${freezeDate}; 2 projects have work pending`);
    expect(en.text).toContain(`- ${partly.project.code} ${partly.project.title}: 1 measurement not yet approved, the status update not yet submitted`);
    expect(smtp.mails.filter(to(quiet.email))).toHaveLength(0);
    expect(smtp.mails.filter(to(focus.email))).toHaveLength(0);
    expect(smtp.mails.filter(to(partly.team.email))).toHaveLength(0);
    expect(smtp.mails.filter((m) => m.key.startsWith(`freeze:${doneLab.id}:`) || m.key.startsWith(`freeze:${frozenLab.id}:`))).toEqual([]);

    // On record as its own kind.
    const record = await t.http.get('/api/notifications').query({ filter: JSON.stringify({ kind: 'freeze_reminder' }) });
    expect(record.body.map((n: Body) => n.userId).sort()).toEqual([t.userId, english.userId].sort());

    // A second run, later in the window and on its last day: nothing new.
    for (const day of [addDays(due, 4), freezeDate]) {
      const again = await t.http.post('/api/notifications/run-freeze-reminders').send({ on: day });
      expect(again.body.written).toBe(0);
    }
    expect(await smtp.waitFor(to(TEST_ADMIN.email), 2, 1500)).toHaveLength(1);
    // Past the freeze date: no longer reminded.
    expect((await t.http.post('/api/notifications/run-freeze-reminders').send({ on: addDays(freezeDate, 1) })).body.reminded).toEqual([]);
  });

  it('stops once the quarter is frozen, even with work still pending', async () => {
    const lab = await create(t, 'labs', { ...valid.lab(), reportingDueDays: DUE_DAYS, reminderDays: REMINDER_DAYS });
    await project(lab.id);
    const before = await t.http.post('/api/notifications/run-freeze-reminders').send({ on: due });
    expect(before.body.reminded.map((r: Body) => r.labId)).toContain(lab.id);
    expect((await t.http.post('/api/reports/quarterly/freeze').send({ lab: lab.id, quarter: period })).status).toBe(201);
    const after = await t.http.post('/api/notifications/run-freeze-reminders').send({ on: addDays(due, 1) });
    expect(after.body.reminded.map((r: Body) => r.labId)).not.toContain(lab.id);
  });
});
