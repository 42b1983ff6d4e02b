import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { addDays, todayIso } from '@lab/domain';
import { create, experimentCriteria, valid } from '../support/factories';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

/**
 * The personal calendar feed: a secret, revocable ICS address per user with the due dates of their projects'
 * quarterly reports and their projects' open milestones. Read back with a real ICS parser (ical.js) and
 * compared with due dates worked out by hand here: a quarter's last day plus the lab's 30 due days.
 */
type Body = Record<string, any>;
const PASSWORD = 'calendar-feed-password';
const PUBLIC_URL = 'https://lab.example.org';
const DUE_DAYS = 30;

let t: TestApp;
const today = todayIso();

/** "2026-Q4" → the quarter `n` quarters on, worked out without the product's quarter arithmetic. */
function quarterOn(n: number): string {
  const [y, m] = today.split('-').map(Number);
  const index = y! * 4 + Math.floor((m! - 1) / 3) + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
/** The due date: the quarter's last day plus 30 days. */
function dueOf(period: string): string {
  const [y, q] = [Number(period.slice(0, 4)), Number(period.slice(6))];
  const lastDay = new Date(Date.UTC(y, q * 3, 0));
  return new Date(lastDay.getTime() + DUE_DAYS * 86_400_000).toISOString().slice(0, 10);
}

interface Event { uid: string; summary: string; date: string; allDay: boolean; url: string; description: string }

function parse(ics: string): { events: Event[]; calendar: ICAL.Component } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      summary: String(v.getFirstPropertyValue('summary')),
      date: start.toString(),
      allDay: start.isDate,
      url: String(v.getFirstPropertyValue('url')),
      description: String(v.getFirstPropertyValue('description')),
    };
  });
  return { events: events.sort((a, b) => a.uid.localeCompare(b.uid)), calendar };
}

async function user(role: string, personId: number | null = null): Promise<Http & { userId: number }> {
  const body = valid.user({ role, personId, password: PASSWORD });
  await create(t, 'users', body);
  return t.as(body.email as string, PASSWORD);
}

/** A project that went into the experiment today, with its team member's account and milestones. */
async function project(labId: number) {
  const p = await create(t, 'projects', valid.project(labId, { startDate: '2016-01-01', plannedEndDate: addDays(today, 800) }));
  const lead = await create(t, 'people', valid.person());
  await create(t, 'memberships', valid.membership(p.id, lead.id, 'lead'));
  const soon = await create(t, 'milestones', valid.milestone(p.id, { phase: 'experiment', dueDate: addDays(today, 10), title: 'Werkgevers benaderd' }));
  const late = await create(t, 'milestones', valid.milestone(p.id, { phase: 'experiment', dueDate: addDays(today, -30), status: 'in_progress', title: 'Intake klaar' }));
  await create(t, 'milestones', valid.milestone(p.id, { phase: 'experiment', dueDate: addDays(today, 5), status: 'done', completedDate: today }));
  await create(t, 'milestones', valid.milestone(p.id, { phase: 'experiment', dueDate: addDays(today, 6), status: 'cancelled' }));
  // Past the feed's window of a year: not in the feed.
  await create(t, 'milestones', valid.milestone(p.id, { phase: 'experiment', dueDate: addDays(today, 500) }));
  const indicator = await create(t, 'indicators', valid.indicator(p.id));
  const go = await t.http.post(`/api/projects/${p.id}/transition`).send({ to: 'experiment', decision: 'go', rationale: 'Klaar om te starten', ...(await experimentCriteria(t, p.id)) });
  expect(go.status).toBe(200);
  return { project: p, personId: lead.id as number, indicator, milestones: [soon, late] };
}

/** What the feed must hold for a project: its due dates from the current quarter on (an experiment since today) and the reported past quarter. */
function expectedEvents(p: Awaited<ReturnType<typeof project>>, reportedPast: string | null, language: 'nl' | 'en' = 'nl') {
  const quarters = [...(reportedPast ? [reportedPast] : []), ...[0, 1, 2, 3, 4].map(quarterOn)];
  const { id, code } = p.project;
  return [
    ...quarters.map((q) => ({
      uid: `report-${id}-${q}@lab.example.org`, date: dueOf(q), allDay: true, url: `${PUBLIC_URL}/#/projects/${id}/quarters/${q}`,
      summary: language === 'en' ? `Quarterly report ${code} ${q} due` : `Kwartaalrapportage ${code} ${q} inleveren`,
    })),
    ...p.milestones.map((m) => ({
      uid: `milestone-${m.id}@lab.example.org`, date: m.dueDate, allDay: true, url: `${PUBLIC_URL}/#/milestones/${m.id}/show`,
      summary: `${language === 'en' ? 'Milestone' : 'Mijlpaal'} ${code}: ${m.title}`,
    })),
  ].sort((a, b) => a.uid.localeCompare(b.uid));
}

const path = (url: string) => new URL(url).pathname;
const fetchFeed = (url: string) => t.anonymous.get(path(url)).buffer(true).parse((res, done) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (c: string) => { text += c; });
  res.on('end', () => done(null, text));
});

let lab: Body;
let mine: Awaited<ReturnType<typeof project>>;
let other: Awaited<ReturnType<typeof project>>;
let member: Http & { userId: number };
let focus: Http & { userId: number };

beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL } });
  lab = await create(t, 'labs', { ...valid.lab(), reportingDueDays: DUE_DAYS });
  mine = await project(lab.id);
  other = await project(lab.id);
  // A quarter the team reported on counts, whatever the phase it was in then.
  await create(t, 'measurements', valid.measurement(mine.indicator.id, { period: quarterOn(-2), value: 4 }));
  member = await user('project_member', mine.personId);
  focus = await user('focus_team');
});
afterAll(async () => { await t?.close(); });

describe('managing your feed', () => {
  it('needs signing in: 401 without a token, for each way of managing it', async () => {
    for (const method of ['get', 'post', 'delete', 'put', 'patch'] as const) {
      const res = await t.anonymous[method]('/api/calendar-feeds/mine').send({});
      expect([method, res.status]).toEqual([method, 401]);
    }
    expect((await t.anonymous.post('/api/calendar-feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics').send({})).status).toBe(401);
    // Signed in, a method these paths do not take is a 405.
    expect((await member.put('/api/calendar-feeds/mine').send({})).status).toBe(405);
    expect((await member.delete('/api/calendar-feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics').send({})).status).toBe(405);
    expect((await member.get('/api/calendar-feeds/mine')).body).toEqual({ enabled: false, createdAt: null });
  });

  it('is documented in the OpenAPI document: GET, POST and DELETE on mine, GET on the feed', async () => {
    const { paths } = (await t.http.get('/api/docs-json')).body;
    expect(Object.keys(paths['/api/calendar-feeds/mine']).sort()).toEqual(['delete', 'get', 'post']);
    expect(Object.keys(paths['/api/calendar-feeds/{file}'])).toEqual(['get']);
  });

  it('is off until turned on; turning it on answers the address once and keeps only its hash', async () => {
    expect((await member.get('/api/calendar-feeds/mine')).body).toEqual({ enabled: false, createdAt: null });
    const on = await member.post('/api/calendar-feeds/mine').send({});
    expect(on.status).toBe(201);
    expect(on.body.url).toMatch(/^https:\/\/lab\.example\.org\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = path(on.body.url).split('/').pop()!.replace(/\.ics$/, '');
    const [row] = await t.dataSource.query('SELECT token_hash FROM calendar_feeds WHERE user_id = $1', [member.userId]);
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const status = await member.get('/api/calendar-feeds/mine');
    expect(status.body).toEqual({ enabled: true, createdAt: on.body.createdAt });
    expect(JSON.stringify(status.body)).not.toContain(token);
    await member.delete('/api/calendar-feeds/mine');
    // Turning it on and revoking it are on record, without the token.
    const events: Body[] = await t.dataSource.query(
      `SELECT changes FROM audit_events WHERE resource = 'users' AND record_id = $1 AND changes ? 'calendarFeed' ORDER BY id`, [member.userId],
    );
    expect(events.map((e) => e.changes.calendarFeed)).toEqual([{ before: null, after: on.body.createdAt }, { before: on.body.createdAt, after: null }]);
    expect(JSON.stringify(events)).not.toContain(token);
  });
});

describe('the feed', () => {
  it('holds exactly the due dates of your projects\' reports and their open milestones, as all-day events with links', async () => {
    const { url } = (await member.post('/api/calendar-feeds/mine').send({})).body;
    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { events, calendar } = parse(res.body as string);
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Amsterdam');
    expect(events.map(({ description: _, ...e }) => e)).toEqual(expectedEvents(mine, quarterOn(-2)));
    // The other team's project is not in it.
    expect(res.body).not.toContain(other.project.code);
    const report = events.find((e) => e.uid === `report-${mine.project.id}-${quarterOn(1)}@lab.example.org`)!;
    expect(report.description).toContain(`moet uiterlijk ${dueOf(quarterOn(1))} binnen zijn`);
    expect(report.description).toContain(`${PUBLIC_URL}/#/projects/${mine.project.id}/quarters/${quarterOn(1)}`);
    // Fetched again: the same events under the same UIDs.
    expect(parse((await fetchFeed(url)).body as string).events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('speaks English to who chose English', async () => {
    expect((await member.put('/api/notification-preferences').send({ language: 'en' })).status).toBe(200);
    const { url } = (await member.post('/api/calendar-feeds/mine').send({})).body;
    const { events } = parse((await fetchFeed(url)).body as string);
    expect(events.map(({ description: _, ...e }) => e)).toEqual(expectedEvents(mine, quarterOn(-2), 'en'));
    await member.put('/api/notification-preferences').send({ language: 'nl' });
  });

  it('gives the focus team every project of the lab', async () => {
    const { url } = (await focus.post('/api/calendar-feeds/mine').send({})).body;
    const { events } = parse((await fetchFeed(url)).body as string);
    expect(events.map(({ description: _, ...e }) => e)).toEqual(
      [...expectedEvents(mine, quarterOn(-2)), ...expectedEvents(other, null)].sort((a, b) => a.uid.localeCompare(b.uid)),
    );
  });

  it('stops answering at the old address once turned on again, and at any address once revoked', async () => {
    const first = (await member.post('/api/calendar-feeds/mine').send({})).body.url;
    const second = (await member.post('/api/calendar-feeds/mine').send({})).body.url;
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await member.delete('/api/calendar-feeds/mine')).status).toBe(204);
    const gone = await fetchFeed(second);
    expect(gone.status).toBe(404);
    expect((await member.get('/api/calendar-feeds/mine')).body).toEqual({ enabled: false, createdAt: null });
    // Revoking what is off is fine.
    expect((await member.delete('/api/calendar-feeds/mine')).status).toBe(204);
  });

  it('answers 404, never 500, to a malformed or unknown address', async () => {
    for (const file of ['abc.ics', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics', `${'A'.repeat(43)}`, `${'A'.repeat(5000)}.ics`, '%00.ics', '..%2F..%2Fetc.ics', "x'%20OR%201=1.ics", '.ics']) {
      const res = await t.anonymous.get(`/api/calendar-feeds/${file}`);
      expect([file, res.status]).toEqual([file, 404]);
    }
  });

  it('answers 404 for a deactivated account', async () => {
    const leaving = await user('focus_team');
    const { url } = (await leaving.post('/api/calendar-feeds/mine').send({})).body;
    expect((await fetchFeed(url)).status).toBe(200);
    const record = (await t.http.get(`/api/users/${leaving.userId}`)).body;
    expect((await t.http.put(`/api/users/${leaving.userId}`).send({ ...record, active: false })).status).toBe(200);
    expect((await fetchFeed(url)).status).toBe(404);
  });
});

describe('the feed\'s address', () => {
  it('is limited per client address like every route: past the limit, 429 with Retry-After', async () => {
    // Four a minute, of which the test admin's sign-in at start-up spent one.
    const limited = await createTestApp({ env: { PUBLIC_URL }, settings: { rateLimitPerMinute: 4 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.anonymous.get(`/api/calendar-feeds/${'B'.repeat(43)}.ics`)).status);
      expect(statuses).toEqual([404, 404, 404, 429]);
      expect((await limited.anonymous.get(`/api/calendar-feeds/${'B'.repeat(43)}.ics`)).headers['retry-after']).toMatch(/^\d+$/);
    } finally {
      await limited.close();
    }
  });
});
