import { addDays, quarterOfDate, reportingDueDate, todayIso } from '@lab/domain';
import { create, experimentCriteria, valid } from '../support/factories';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../support/smtp-sink';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

/**
 * Notices that reach people, and never twice: the outbox, sent by pg-boss jobs over a real SMTP server started
 * here. Each kind reaches the right people once; a second run, a restart and a refusing mail server send
 * nothing twice; preferences and the language of each user are honoured; without SMTP_URL notices are kept.
 */
type Body = Record<string, any>;
const PASSWORD = 'notify-test-password';
const DUE_DAYS = 30;
// Fast polling and retries, so that a job and its retries run within seconds.
const JOBS = { JOBS_POLLING_SECONDS: '0.5', MAIL_RETRY_LIMIT: '2', MAIL_RETRY_DELAY_SECONDS: '1', PUBLIC_URL: 'https://lab.example.org' };

let smtp: SmtpSink;
let t: TestApp;
const env = () => ({ ...JOBS, SMTP_URL: smtp.url, MAIL_FROM: 'Meedoen Werkt <noreply@lab.example.org>' });

/** A lab with one reporting project (an experiment since today, two indicators) and its team of signed-in users. */
interface World {
  project: Body;
  indicators: Body[];
  lead: Http & { userId: number; email: string };
  member: Http & { userId: number; email: string };
  focus: Http & { userId: number; email: string };
}

async function user(app: TestApp, role: string, personId: number | null = null) {
  const body = valid.user({ role, personId, password: PASSWORD });
  await create(app, 'users', body);
  return Object.assign(await app.as(body.email as string, PASSWORD), { email: body.email as string });
}

async function world(app: TestApp, reminderDays = 7): Promise<World> {
  const lab = await create(app, 'labs', { ...valid.lab(), reportingDueDays: DUE_DAYS, reminderDays });
  const project = await create(app, 'projects', valid.project(lab.id, { startDate: '2016-01-01', plannedEndDate: addDays(todayIso(), 800) }));
  const leadPerson = await create(app, 'people', valid.person());
  const memberPerson = await create(app, 'people', valid.person());
  await create(app, 'memberships', valid.membership(project.id, leadPerson.id, 'lead'));
  await create(app, 'memberships', valid.membership(project.id, memberPerson.id, 'member'));
  await create(app, 'milestones', valid.milestone(project.id));
  const indicators = [await create(app, 'indicators', valid.indicator(project.id)), await create(app, 'indicators', valid.indicator(project.id))];
  const go = await app.http.post(`/api/projects/${project.id}/transition`).send({ to: 'experiment', decision: 'go', rationale: 'Klaar om te starten', ...(await experimentCriteria(app, project.id)) });
  expect(go.status).toBe(200);
  return {
    project, indicators,
    lead: await user(app, 'project_member', leadPerson.id),
    member: await user(app, 'project_member', memberPerson.id),
    focus: await user(app, 'focus_team'),
  };
}

const period = quarterOfDate(todayIso());
/** A day within the reminder window of the running quarter's due date. */
const reminderDay = addDays(reportingDueDate(period, DUE_DAYS), -3);
const to = (email: string) => (m: ReceivedMail) => m.to === email;

async function outbox(app: TestApp, where = 'true'): Promise<Body[]> {
  return app.dataSource.query(`SELECT id, user_id AS "userId", kind, status, attempts, last_error AS "lastError", idempotency_key AS key, sent_at AS "sentAt" FROM notifications WHERE ${where} ORDER BY id`);
}

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ env: env() });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('a measurement returned in review', () => {
  it('reaches each member of the team once, with the comment and a link to the quarterly entry, in their language', async () => {
    const w = await world(t);
    expect((await w.member.put('/api/notification-preferences').send({ language: 'en' })).status).toBe(200);
    const m = await create(t, 'measurements', valid.measurement(w.indicators[0].id, { period, value: 12 }));
    expect((await w.lead.post(`/api/measurements/${m.id}/submit`).send({})).status).toBe(200);
    const returned = await w.focus.post(`/api/measurements/${m.id}/return`).send({ comment: 'De presentielijst ontbreekt.' });
    expect(returned.status).toBe(200);

    const [lead] = await smtp.waitFor(to(w.lead.email), 1);
    const [member] = await smtp.waitFor(to(w.member.email), 1);
    expect(smtp.mails.filter(to(w.lead.email))).toHaveLength(1);
    expect(smtp.mails.filter(to(w.member.email))).toHaveLength(1);
    expect(smtp.mails.filter(to(w.focus.email))).toHaveLength(0);
    const link = `https://lab.example.org/#/projects/${w.project.id}/quarters/${period}`;
    expect(lead.subject).toContain('teruggestuurd');
    expect(lead.text).toContain('De presentielijst ontbreekt.');
    expect(lead.text).toContain(link);
    expect(member.subject).toContain('returned');
    expect(member.text).toContain('De presentielijst ontbreekt.');

    // On record: the member sees their own notice, the administrator all of them.
    const own = await w.member.get('/api/notifications');
    expect(own.status).toBe(200);
    expect(own.body).toEqual([expect.objectContaining({ userId: w.member.userId, kind: 'measurement_returned', status: 'sent', attempts: 1, language: 'en' })]);
    expect(own.body[0].sentAt).not.toBeNull();
    expect(own.headers['content-range']).toBe('notifications 0-0/1');
    const all = await t.http.get('/api/notifications').query({ filter: JSON.stringify({ kind: 'measurement_returned' }) });
    expect(all.body.map((n: Body) => n.userId).sort()).toEqual([w.lead.userId, w.member.userId].sort());
    expect((await w.lead.get(`/api/notifications/${own.body[0].id}`)).status).toBe(404);
  });

  it('reaches nobody who turned that kind off, and gathers it into the daily digest for who chose that', async () => {
    const w = await world(t);
    expect((await w.lead.put('/api/notification-preferences').send({ measurementReturned: 'off' })).status).toBe(200);
    expect((await w.member.put('/api/notification-preferences').send({ measurementReturned: 'daily_digest' })).status).toBe(200);
    expect((await w.member.get('/api/notification-preferences')).body).toEqual({
      language: 'nl', measurementReturned: 'daily_digest', reminderBeforeDue: 'at_once', reminderAfterDue: 'at_once', valuesSubmitted: 'at_once', freezeReminder: 'at_once',
    });
    const m = await create(t, 'measurements', valid.measurement(w.indicators[0].id, { period, value: 12 }));
    await w.lead.post(`/api/measurements/${m.id}/submit`).send({});
    expect((await w.focus.post(`/api/measurements/${m.id}/return`).send({ comment: 'Graag de bron.' })).status).toBe(200);

    expect(await smtp.waitFor(to(w.member.email), 1, 2500)).toHaveLength(0);
    expect(smtp.mails.filter(to(w.lead.email))).toHaveLength(0);
    expect(await outbox(t, `user_id = ${w.lead.userId}`)).toEqual([]);
    expect(await outbox(t, `user_id = ${w.member.userId}`)).toEqual([expect.objectContaining({ status: 'queued' })]);

    expect((await w.lead.post('/api/notifications/run-digest').send({})).status).toBe(403);
    expect((await t.http.post('/api/notifications/run-digest').send({})).body.sent).toBeGreaterThanOrEqual(1);
    const [digest] = await smtp.waitFor(to(w.member.email), 1);
    expect(digest.subject).toBe('Meedoen Werkt: 1 bericht van vandaag');
    expect(digest.text).toContain('Graag de bron.');
    expect(await outbox(t, `user_id = ${w.member.userId}`)).toEqual([expect.objectContaining({ status: 'sent' })]);
    // A second digest run has nothing left to send.
    await t.http.post('/api/notifications/run-digest').send({});
    expect(await smtp.waitFor(to(w.member.email), 2, 1500)).toHaveLength(1);
  });

  it('refuses a bad preference with the field named, and changes nothing', async () => {
    const w = await world(t);
    const res = await w.lead.put('/api/notification-preferences').send({ measurementReturned: 'weekly', language: 'de' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['language', 'measurementReturned']);
    expect((await w.lead.get('/api/notification-preferences')).body).toMatchObject({ language: 'nl', measurementReturned: 'at_once' });
  });
});

describe('the reminder before a quarter is due', () => {
  it('names exactly what is missing, reaches each team member once, and never again on a second run', async () => {
    const w = await world(t);
    await w.member.put('/api/notification-preferences').send({ language: 'en' });
    // One day before the window: nothing yet.
    const early = await t.http.post('/api/notifications/run-reminders').send({ on: addDays(reminderDay, -5) });
    expect(early.status).toBe(200);
    expect(early.body.reminded.filter((r: Body) => r.projectId === w.project.id)).toEqual([]);

    const run = await t.http.post('/api/notifications/run-reminders').send({ on: reminderDay });
    expect(run.status).toBe(200);
    expect(run.body.reminded.filter((r: Body) => r.projectId === w.project.id)).toEqual([
      { labId: w.project.labId, projectId: w.project.id, period, when: 'before', week: null, outstanding: { indicators: 2, statusUpdate: true }, recipients: 2 },
    ]);
    const [lead] = await smtp.waitFor(to(w.lead.email), 1);
    const [member] = await smtp.waitFor(to(w.member.email), 1);
    expect(lead.text).toContain(`${period}: 2 indicatoren, de kwartaalupdate`);
    expect(lead.text).toContain(`https://lab.example.org/#/projects/${w.project.id}/quarters/${period}`);
    expect(member.text).toContain(`${period}: 2 indicators, the status update`);
    expect(smtp.mails.filter(to(w.focus.email))).toHaveLength(0);
    expect(lead.key).toBe(`reminder:${w.project.id}:${period}:${w.lead.userId}:before`);

    const again = await t.http.post('/api/notifications/run-reminders').send({ on: addDays(reminderDay, 1) });
    expect(again.body.written).toBe(0);
    expect(await smtp.waitFor(to(w.lead.email), 2, 1500)).toHaveLength(1);
    expect(smtp.mails.filter(to(w.member.email))).toHaveLength(1);
  });

  it('counts only what is still missing, and is for administrators to run', async () => {
    const w = await world(t);
    const m = await create(t, 'measurements', valid.measurement(w.indicators[0].id, { period, value: 12 }));
    await w.lead.post(`/api/measurements/${m.id}/submit`).send({});
    expect((await w.lead.post('/api/notifications/run-reminders').send({ on: reminderDay })).status).toBe(403);
    expect((await t.http.post('/api/notifications/run-reminders').send({ on: 'gisteren' })).status).toBe(400);
    const run = await t.http.post('/api/notifications/run-reminders').send({ on: reminderDay });
    expect(run.body.reminded.find((r: Body) => r.projectId === w.project.id).outstanding).toEqual({ indicators: 1, statusUpdate: true });
    const [lead] = await smtp.waitFor(to(w.lead.email), 1);
    expect(lead.text).toContain(`${period}: 1 indicator, de kwartaalupdate`);
  });
});

describe('the reminder after the due date', () => {
  const due = reportingDueDate(period, DUE_DAYS);
  it('comes weekly to the team, with the focus team in copy from the second week', async () => {
    const w = await world(t);
    const mine = (r: Body) => r.projectId === w.project.id;
    const week1 = await t.http.post('/api/notifications/run-reminders').send({ on: addDays(due, 1) });
    expect(week1.body.reminded.filter(mine)).toEqual([expect.objectContaining({ when: 'after', week: 1, recipients: 2 })]);
    const [late] = await smtp.waitFor(to(w.lead.email), 1);
    expect(late.subject).toBe(`${w.project.code} is te laat met ${period} (uiterlijk ${due})`);
    expect(late.text).toContain(`${period}: 2 indicatoren, de kwartaalupdate`);
    expect(smtp.mails.filter(to(w.focus.email))).toHaveLength(0);

    // Later in the same week: nothing new.
    await t.http.post('/api/notifications/run-reminders').send({ on: addDays(due, 6) });
    expect(await outbox(t, `user_id = ${w.lead.userId} AND kind = 'reminder_after_due'`)).toHaveLength(1);

    const week2 = await t.http.post('/api/notifications/run-reminders').send({ on: addDays(due, 8) });
    expect(week2.body.reminded.filter(mine)).toEqual([expect.objectContaining({ when: 'after', week: 2 })]);
    expect(await smtp.waitFor(to(w.lead.email), 2)).toHaveLength(2);
    // The focus team's copy: one per lab and week, listing the late project with what it misses.
    const copy = (m: ReceivedMail) => m.to === w.focus.email && m.key === `reminder:lab:${w.project.labId}:${period}:${w.focus.userId}:after:2`;
    const copies = await smtp.waitFor(copy, 1);
    expect(copies).toHaveLength(1);
    expect(copies[0].subject).toBe(`Kopie: 1 project is te laat met ${period} (week 2)`);
    expect(copies[0].text).toContain(`- ${w.project.code} ${w.project.title}: 2 indicatoren, de kwartaalupdate`);
    await t.http.post('/api/notifications/run-reminders').send({ on: addDays(due, 9) });
    expect(await smtp.waitFor(copy, 2, 1500)).toHaveLength(1);
  });
});

describe('values submitted for review', () => {
  it('reach the focus team as one notice for the day, not a mail per value, and once', async () => {
    const w = await world(t);
    for (const indicator of w.indicators) {
      const m = await create(t, 'measurements', valid.measurement(indicator.id, { period, value: 12 }));
      expect((await w.lead.post(`/api/measurements/${m.id}/submit`).send({})).status).toBe(200);
    }
    expect((await w.lead.post('/api/notifications/run-submitted').send({})).status).toBe(403);
    const run = await t.http.post('/api/notifications/run-submitted').send({ on: todayIso() });
    expect(run.status).toBe(200);
    expect(run.body.projects).toEqual(expect.arrayContaining([{ projectId: w.project.id, code: w.project.code, values: 2 }]));
    const [mail] = await smtp.waitFor(to(w.focus.email), 1);
    expect(mail.subject).toMatch(/^Ingediend op \d{4}-\d\d-\d\d: \d+ waarden te beoordelen$/);
    expect(mail.text).toContain(`- ${w.project.code} ${w.project.title}: 2 waarden`);
    expect(mail.text).toContain('https://lab.example.org/#/reviews/to-review');
    expect(smtp.mails.filter(to(w.lead.email))).toHaveLength(0);
    expect((await t.http.post('/api/notifications/run-submitted').send({ on: todayIso() })).body.written).toBe(0);
    expect(await smtp.waitFor(to(w.focus.email), 2, 1500)).toHaveLength(1);
  });
});

describe('a mail server that fails', () => {
  it('is retried with back-off until the mail is sent, the failed attempts on record', async () => {
    const w = await world(t);
    await w.member.put('/api/notification-preferences').send({ reminderBeforeDue: 'off' });
    smtp.refuse(2, w.lead.email);
    await t.http.post('/api/notifications/run-reminders').send({ on: reminderDay });
    const mails = await smtp.waitFor(to(w.lead.email), 1, 30_000);
    expect(mails).toHaveLength(1);
    const [row] = await until(() => outbox(t, `user_id = ${w.lead.userId}`), (rows) => rows[0]?.status === 'sent');
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    expect(row.lastError).toMatch(/451/);
    expect(smtp.mails.filter(to(w.member.email))).toHaveLength(0);
  });

  it('after the last retry leaves the notice failed, with the reason', async () => {
    const w = await world(t);
    await w.member.put('/api/notification-preferences').send({ reminderBeforeDue: 'off' });
    smtp.refuseAll(true);
    try {
      await t.http.post('/api/notifications/run-reminders').send({ on: reminderDay });
      const [row] = await until(() => outbox(t, `user_id = ${w.lead.userId}`), (rows) => rows[0]?.status === 'failed', 30_000);
      expect(row).toMatchObject({ status: 'failed', attempts: 3, sentAt: null });
      expect(row.lastError).toMatch(/451.*try again later/i);
      const listed = await t.http.get('/api/notifications').query({ filter: JSON.stringify({ userId: w.lead.userId, status: 'failed' }) });
      expect(listed.body).toEqual([expect.objectContaining({ status: 'failed', lastError: row.lastError })]);
    } finally {
      smtp.refuseAll(false);
    }
  });
});

describe('a restart of the app mid-run', () => {
  it('sends what was queued once, after the restart, and writes nothing twice', async () => {
    const w = await world(t);
    smtp.refuseAll(true);
    await t.http.post('/api/notifications/run-reminders').send({ on: reminderDay });
    const queued = await outbox(t, `user_id IN (${w.lead.userId}, ${w.member.userId})`);
    expect(queued.map((n) => n.status)).toEqual(['queued', 'queued']);
    // The app stops while its mails wait for a retry; another starts on the same database.
    await t.close({ keepDatabase: true });
    smtp.refuseAll(false);
    t = await createTestApp({ env: env(), databaseUrl: t.databaseUrl });
    const again = await t.http.post('/api/notifications/run-reminders').send({ on: reminderDay });
    expect(again.status).toBe(200);
    expect(again.body.reminded.find((r: Body) => r.projectId === w.project.id)).toBeDefined();

    expect(await smtp.waitFor(to(w.lead.email), 1, 30_000)).toHaveLength(1);
    expect(await smtp.waitFor(to(w.member.email), 1, 30_000)).toHaveLength(1);
    const rows = await until(() => outbox(t, `user_id IN (${w.lead.userId}, ${w.member.userId})`), (r) => r.every((n) => n.status === 'sent'));
    expect(rows.map((n) => n.status)).toEqual(['sent', 'sent']);
  });
});

describe('two replicas on one database', () => {
  it('running the same reminders at the same moment send each notice once', async () => {
    const w = await world(t);
    const replica = await createTestApp({ env: env(), databaseUrl: t.databaseUrl });
    try {
      const runs = await Promise.all([t.http, replica.http, t.http, replica.http].map((http) =>
        http.post('/api/notifications/run-reminders').send({ on: reminderDay })));
      expect(runs.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect(runs.reduce((n, r) => n + r.body.reminded.filter((x: Body) => x.projectId === w.project.id).length, 0)).toBeGreaterThanOrEqual(1);
      expect(await smtp.waitFor(to(w.lead.email), 1)).toHaveLength(1);
      expect(await smtp.waitFor(to(w.member.email), 1)).toHaveLength(1);
      expect(await outbox(t, `user_id IN (${w.lead.userId}, ${w.member.userId})`)).toHaveLength(2);
    } finally {
      await replica.close({ keepDatabase: true });
    }
  });
});

describe('without SMTP_URL', () => {
  it('keeps each notice in the outbox, on record and never sent', async () => {
    const kept = await createTestApp({ env: JOBS });
    try {
      const w = await world(kept);
      const before = smtp.mails.length;
      const run = await kept.http.post('/api/notifications/run-reminders').send({ on: reminderDay });
      expect(run.body.written).toBe(2);
      const listed = await kept.http.get('/api/notifications');
      expect(listed.body.map((n: Body) => n.status)).toEqual(['kept', 'kept']);
      expect((await w.lead.get('/api/notifications')).body).toEqual([expect.objectContaining({ userId: w.lead.userId, status: 'kept', sentAt: null })]);
      await new Promise((r) => setTimeout(r, 1500));
      expect(smtp.mails.length).toBe(before);
    } finally {
      await kept.close();
    }
  });
});
