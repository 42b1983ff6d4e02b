import type { Page } from 'playwright-core';
import { addDays, quarterOfDate, reportingDueDate, todayIso } from '@lab/domain';
import { create, experimentCriteria, valid } from '../support/factories';
import { accessibilityViolations, DEMO_ACCOUNTS, DEMO_PASSWORD, screenshot, startHarness, type BrowserHarness } from './support';

// A team member of the demo lab (on the team of a new project in the experiment) receives the reminder before
// the running quarter's due date, follows the link in
// it without being signed in, signs in when asked and lands on the quarterly entry of exactly that project and
// quarter. The harness has no mail server, so the notice is read from the outbox (status "kept"), as the member
// sees it under Berichten.
let h: BrowserHarness;
let page: Page | null = null;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
afterEach(async () => {
  await page?.close();
  page = null;
  expect(h.problems()).toEqual([]);
});

type Body = Record<string, any>;

it('takes a team member from the reminder\'s link, through signing in, to the quarterly entry of that project and quarter', async () => {
  const member = await h.session('project_member');
  const [lab]: Body[] = (await h.t.http.get('/api/labs')).body;
  const period = quarterOfDate(todayIso());
  // A project of the member's that goes into the experiment today: the running quarter is due and nothing is in.
  const mine = await create(h.t, 'projects', valid.project(lab!.id, { startDate: '2016-01-01', plannedEndDate: addDays(todayIso(), 800) }));
  await create(h.t, 'memberships', valid.membership(mine.id, member.user.personId!, 'lead'));
  await create(h.t, 'milestones', valid.milestone(mine.id));
  await create(h.t, 'indicators', valid.indicator(mine.id));
  const go = await h.t.http.post(`/api/projects/${mine.id}/transition`)
    .send({ to: 'experiment', decision: 'go', rationale: 'Klaar om te starten', ...(await experimentCriteria(h.t, mine.id)) });
  expect(go.status).toBe(200);
  const day = addDays(reportingDueDate(period, lab!.reportingDueDays), -Math.min(3, lab!.reminderDays));
  const run = await h.t.http.post('/api/notifications/run-reminders').send({ on: day });
  expect(run.status).toBe(200);

  // The member's own notice, as the API lists it to them.
  const own = await h.t.anonymous.get('/api/notifications').query({ filter: JSON.stringify({ kind: 'reminder_before_due' }) })
    .set('Authorization', `Bearer ${member.token}`);
  expect(own.status).toBe(200);
  const notice = own.body.find((n: Body) => n.link?.endsWith(`#/projects/${mine.id}/quarters/${period}`));
  expect(notice).toBeDefined();
  expect(notice.userId).toBe(member.user.id);
  const projectId = String(mine.id);
  expect(notice.body).toContain(notice.link);
  const project: Body = (await h.t.http.get(`/api/projects/${projectId}`)).body;

  // The link points at PUBLIC_URL (the default, http://localhost:3000); the harness listens elsewhere, so the
  // link is followed with the harness's origin and the rest of it exactly as written.
  const link = new URL(notice.link);
  expect(link.hash).toBe(`#/projects/${projectId}/quarters/${period}`);
  page = await h.newPage(undefined, { as: null });
  await page.goto(`${h.baseUrl}${link.pathname}${link.search}${link.hash}`);
  await page.waitForURL(/#\/login/);
  await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
  await page.locator('input[name="email"]').fill(DEMO_ACCOUNTS.project_member);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();

  await page.waitForURL((url) => url.hash === `#/projects/${projectId}/quarters/${period}`);
  await page.getByRole('heading', { name: `Kwartaal ${period}`, level: 1 }).waitFor();
  await page.getByText(project.code).first().waitFor();
  await page.getByTestId('quarter-state').waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'reminder-link-quarter-entry');
  expect(new URL(page.url()).hash).toBe(`#/projects/${projectId}/quarters/${period}`);
});

it('turns the calendar subscription on, shows its address once, and revokes it, on the member\'s own settings page', async () => {
  page = await h.newPage(undefined, { as: 'project_member' });
  await page.goto(`${h.baseUrl}/#/account/notifications`);
  const section = page.getByTestId('calendar-feed');
  await section.getByRole('heading', { name: 'Agenda-abonnement' }).waitFor();
  await section.getByText('Uw agenda-abonnement staat uit.').waitFor();
  await section.getByRole('button', { name: 'Aanzetten' }).click();
  const address = section.getByLabel('Adres van uw agenda');
  await address.waitFor();
  const url = await address.inputValue();
  expect(url).toMatch(/\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
  const feed = await h.t.anonymous.get(new URL(url).pathname);
  expect(feed.status).toBe(200);
  expect(feed.text).toContain('BEGIN:VCALENDAR');
  await screenshot(page, 'calendar-feed-on');
  expect(await accessibilityViolations(page)).toEqual([]);
  await section.getByRole('button', { name: 'Intrekken' }).click();
  await section.getByText('Uw agenda-abonnement staat uit.').waitFor();
  expect((await h.t.anonymous.get(new URL(url).pathname)).status).toBe(404);
});
