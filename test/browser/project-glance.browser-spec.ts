// A project at a glance: the overview tab shows phase and health with the latest status update, the next gate
// with its criteria met so far and its buttons, overdue and coming milestones, open reviews and each indicator
// against its target, all from GET /api/projects/:id/overview.
import type { Page } from 'playwright-core';
import type { ProjectOverview } from '@lab/domain';
import { accessibilityViolations, screenshot, startHarness, type BrowserHarness, type Role } from './support';

let h: BrowserHarness;
let page: Page;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
afterEach(async () => {
  await page?.close();
  expect(h.problems()).toEqual([]);
});

const PHASE: Record<string, string> = { scenario: 'Scenario', experiment: 'Experiment', rollout: 'Uitrol', stopped: 'Gestopt' };
const api = async (path: string, role: Role = 'admin') =>
  (await h.t.http.get(path).set('Authorization', `Bearer ${(await h.session(role)).token}`)).body;
const projectByCode = async (code: string) => (await api(`/api/projects?filter=${encodeURIComponent(JSON.stringify({ code }))}`))[0];
const pct = (share: number) => new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(share);

async function openOverview(projectId: number, role: Role): Promise<Page> {
  page = await h.newPage({ width: 1366, height: 900 }, { as: role });
  await page.goto(`${h.baseUrl}/#/projects/${projectId}/show`);
  await page.getByTestId('project-glance').waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

/** The demo project that shows the most at once: running, with a status update, overdue milestones, progress and reviews waiting. */
async function richProject(): Promise<ProjectOverview> {
  const projects = (await api('/api/projects?range=[0,99]')) as { id: number }[];
  const overviews = (await Promise.all(projects.map((p) => api(`/api/projects/${p.id}/overview`)))) as ProjectOverview[];
  const score = (o: ProjectOverview) =>
    Number(o.project.phase === 'experiment') * 4 + Number(o.lastStatusUpdate !== null) + Number(o.milestones.overdue.length > 0) +
    Number(o.milestones.next.length > 0) + Number(o.reviews.totals.submitted > 0) * 2 + o.indicators.filter((i) => i.progress !== null).length;
  return overviews.sort((a, b) => score(b) - score(a))[0];
}

it('shows phase, health and the latest update, milestones, open reviews, indicators against target and the next gate first', async () => {
  const o = await richProject();
  expect(o.project.phase).toBe('experiment');
  expect(o.lastStatusUpdate).not.toBeNull();
  expect(o.indicators.some((i) => i.progress !== null)).toBe(true);
  await openOverview(o.project.id, 'focus_team');

  // The glance comes before the record's fields.
  const glanceTop = (await page.getByTestId('project-glance').boundingBox())!.y;
  const detailsTop = (await page.getByRole('heading', { name: 'Projectgegevens' }).boundingBox())!.y;
  expect(glanceTop).toBeLessThan(detailsTop);

  const status = page.getByTestId('glance-status');
  await expect(status.getByTestId('glance-phase').innerText()).resolves.toBe(PHASE[o.project.phase]);
  await status.getByTestId('glance-health').getByText(/Op koers|Risico|Uit koers/).waitFor();
  await status.getByText(`Laatste kwartaalupdate: ${o.lastStatusUpdate!.period}`).waitFor();
  const firstLine = o.lastStatusUpdate!.narrative.split('\n')[0];
  await expect(status.getByTestId('glance-update').innerText()).resolves.toContain(firstLine.slice(0, 40));

  const milestones = page.getByTestId('glance-milestones');
  await milestones.getByText(`${o.milestones.totals.open} open · ${o.milestones.totals.overdue} te laat · ${o.milestones.totals.done} afgerond`).waitFor();
  for (const m of o.milestones.overdue) await milestones.getByTestId('glance-overdue').getByText(m.title, { exact: true }).waitFor();
  for (const m of o.milestones.next) await milestones.getByTestId('glance-next').getByText(m.title, { exact: true }).waitFor();

  for (const i of o.indicators) {
    const row = page.getByTestId(`glance-indicator-${i.id}`);
    await row.getByRole('link', { name: i.name }).waitFor();
    await expect(row.getByTestId('glance-indicator-progress').innerText()).resolves.toBe(i.progress === null ? '—' : pct(i.progress));
  }

  const reviews = page.getByTestId('glance-reviews');
  if (o.reviews.totals.submitted > 0) {
    await reviews.getByText(`Wacht op het focusteam (${o.reviews.totals.submitted})`).waitFor();
    for (const r of o.reviews.submitted) {
      await reviews.getByRole('link', { name: `${r.indicatorName} · ${r.period}:` }).waitFor();
    }
  }

  const gate = page.getByTestId('glance-gate');
  await gate.getByText(`Volgend fasebesluit: Naar ${PHASE[o.gate.to!]}`).waitFor();
  const met = o.gate.checks.filter((c) => c.met).length;
  await expect(gate.getByTestId('glance-gate-count').innerText()).resolves.toBe(`${met} van ${o.gate.checks.length} voorwaarden vervuld`);
  for (const c of o.gate.checks) await expect(gate.getByTestId(`gate-check-${c.criterion}`).getAttribute('data-met')).resolves.toBe(String(c.met));
  await gate.getByRole('button', { name: `Besluit: naar ${PHASE[o.gate.to!]}` }).waitFor();

  // Nothing to scroll sideways at 1366 pixels: the nine tabs scroll within the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'project-glance');
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('takes a gate decision from the overview, and the overview shows the new phase and the gate after it', async () => {
  const project = await projectByCode('MW-10');
  expect(project.phase).toBe('scenario');
  const before = (await api(`/api/projects/${project.id}/overview`)) as ProjectOverview;
  expect(before.gate.checks.every((c) => c.met)).toBe(true);
  await openOverview(project.id, 'focus_team');

  const gate = page.getByTestId('glance-gate');
  await expect(gate.getByTestId('glance-gate-count').innerText()).resolves.toBe('3 van 3 voorwaarden vervuld');
  await gate.getByRole('button', { name: 'Besluit: naar Experiment' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Go', { exact: true }).check();
  // The go into the experiment fixes the hypothesis; each outcome indicator's threshold starts at its target.
  await dialog.getByTestId('gate-hypothesis').fill('Vrijwilligerswerk via de buurt brengt deelnemers een stap verder.');
  await dialog.getByLabel('Onderbouwing').fill('Team, mijlpalen en indicator staan klaar.');
  await dialog.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Go vastgelegd').first().waitFor();

  expect((await api(`/api/projects/${project.id}`)).phase).toBe('experiment');
  await page.getByTestId('glance-phase').getByText('Experiment', { exact: true }).waitFor();
  await gate.getByText('Volgend fasebesluit: Naar Uitrol').waitFor();
  await gate.getByText(/Laatste besluit: Go Scenario → Experiment/).waitFor();
  await gate.getByRole('button', { name: 'Besluit: naar Uitrol' }).waitFor();
  await screenshot(page, 'project-glance-after-gate');
});

it('shows a project member another team\'s project at a glance, without gate buttons', async () => {
  const { user } = await h.session('project_member');
  const projects = (await api('/api/projects?range=[0,99]')) as { id: number; phase: string }[];
  const other = projects.find((p) => !user.projectIds.includes(p.id) && p.phase !== 'stopped')!;
  await openOverview(other.id, 'project_member');
  const gate = page.getByTestId('glance-gate');
  await gate.getByText('Alleen het focusteam en beheerders nemen fasebesluiten.').waitFor();
  await expect(gate.getByRole('button').count()).resolves.toBe(0);
  await page.getByTestId('glance-indicators').waitFor();
});
