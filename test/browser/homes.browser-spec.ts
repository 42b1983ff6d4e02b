// Each role's own home: what it shows first, the menu without what the role cannot use, and counts that
// open the filtered list behind them.
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot, startHarness, type BrowserHarness, type Role } from './support';

let h: BrowserHarness;
let page: Page;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
afterEach(async () => {
  await page?.close();
  expect(h.problems()).toEqual([]);
});

const menuItem = (p: Page, name: string) => p.getByRole('menuitem', { name, exact: true });
const api = async (path: string, role: Role = 'admin') =>
  (await h.t.http.get(path).set('Authorization', `Bearer ${(await h.session(role)).token}`)).body;

async function home(role: Role): Promise<Page> {
  page = await h.newPage({ width: 1366, height: 900 }, { as: role });
  await page.goto(`${h.baseUrl}/#/`);
  await page.getByRole('heading', { name: 'Overzicht', level: 1 }).waitFor();
  await menuItem(page, 'Projecten').waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

async function menuHas(p: Page, shown: string[], hidden: string[]) {
  for (const name of shown) await expect(menuItem(p, name).count()).resolves.toBe(1);
  for (const name of hidden) await expect(menuItem(p, name).count()).resolves.toBe(0);
}

/** The app bar's title, the page heading and the menu item name the page alike. */
async function oneName(p: Page) {
  await expect(p.locator('#react-admin-title').innerText()).resolves.toBe('Overzicht');
  await expect(menuItem(p, 'Overzicht').count()).resolves.toBe(1);
}

describe('a project member\'s home', () => {
  it('shows their projects, what they have to hand in and their overdue milestones, and a menu of their own work', async () => {
    const figures = await api('/api/dashboard', 'project_member');
    const { user } = await h.session('project_member');
    await home('project_member');
    await oneName(page);

    const mine = page.getByTestId('my-projects');
    await mine.getByText('MW-03').waitFor();
    await expect(mine.getByRole('link').count()).resolves.toBe(user.projectIds.length);
    await expect(mine.getByText('MW-01', { exact: true }).count()).resolves.toBe(0);
    await page.getByRole('heading', { name: `In te leveren over ${figures.mine.period}` }).waitFor();
    for (const d of figures.mine.duties) {
      const link = page.getByTestId('my-duties').getByRole('link', { name: new RegExp(`: ${d.projectCode} ${d.period}$`) });
      await expect(link.getAttribute('href')).resolves.toBe(`#/projects/${d.projectId}/quarters/${d.period}`);
    }
    // Every project of theirs is named there, also one with nothing to hand in.
    for (const p of figures.mine.projects) await page.getByTestId('my-duties').getByText(p.code, { exact: true }).waitFor();
    await expect(page.getByTestId('reviews-returned-count').innerText()).resolves.toBe(String(figures.reviews.returnedToMe));
    await page.getByRole('heading', { name: 'Mijn mijlpalen over de datum' }).waitFor();
    const rows = Math.min(figures.mine.overdueMilestones.length, 6);
    await expect(page.getByTestId('overdue').getByRole('link').count()).resolves.toBe(rows + (figures.mine.totals.overdueMilestones > rows ? 1 : 0));
    // Not the lab-wide cards of the focus team.
    await expect(page.getByRole('heading', { name: 'Projecten per fase' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Wacht op u' }).count()).resolves.toBe(0);

    await menuHas(page, ['Projecten', 'Mijlpalen', 'Indicatoren', 'Teruggestuurd'],
      ['Te beoordelen', 'Organisaties', 'Mensen', 'Labs', 'Thema\'s', 'Stadsdelen', 'Fasebesluiten', 'Gebruikers', 'Logboek']);
    await screenshot(page, 'home-project-member');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('the focus team\'s home', () => {
  it('shows what waits for them first, then the lab, and a menu without the administrator\'s screens', async () => {
    const figures = await api('/api/dashboard', 'focus_team');
    await home('focus_team');
    await oneName(page);
    await page.getByRole('heading', { name: 'Wacht op u' }).waitFor();
    await expect(page.getByTestId('reviews-to_review-count').innerText()).resolves.toBe(String(figures.reviews.toReview));
    await expect(page.getByTestId('gates-due-count').innerText()).resolves.toBe(String(figures.gatesDue.length));
    await expect(page.getByTestId('overdue-lab-count').innerText()).resolves.toBe(String(figures.totals.overdueMilestones));
    // What waits comes before the lab-wide cards.
    const waitingTop = (await page.getByRole('heading', { name: 'Wacht op u' }).boundingBox())!.y;
    const labTop = (await page.getByRole('heading', { name: 'Projecten per fase' }).boundingBox())!.y;
    expect(waitingTop).toBeLessThan(labTop);
    await expect(page.getByTestId('admin').count()).resolves.toBe(0);
    await expect(page.getByTestId('my-projects').count()).resolves.toBe(0);

    await menuHas(page, ['Projecten', 'Te beoordelen', 'Fasebesluiten', 'Organisaties', 'Logboek'], ['Gebruikers', 'Teruggestuurd', 'Stadsdelen']);
    await screenshot(page, 'home-focus-team');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('opens the projects at risk from their count, running projects only, exactly those', async () => {
    const figures = await api('/api/dashboard', 'focus_team');
    const projects = (await api('/api/projects?range=[0,99]')) as { code: string; health: string; phase: string }[];
    const atRisk = projects.filter((p) => p.health === 'at_risk' && p.phase !== 'stopped').map((p) => p.code).sort();
    expect(atRisk.length).toBe(figures.projects.byHealth.at_risk);
    expect(atRisk.length).toBeGreaterThan(0);

    await home('focus_team');
    await expect(page.getByTestId('health-at_risk').innerText()).resolves.toBe(String(atRisk.length));
    await page.getByRole('link', { name: new RegExp(`^${atRisk.length}\\s*Risico$`) }).click();
    await page.waitForURL(/#\/projects\?filter=/);
    await page.locator('table tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const codes = await page.locator('table tbody tr td.column-code').allInnerTexts();
    expect(codes.sort()).toEqual(atRisk);
    await screenshot(page, 'home-health-at-risk-list');
  });

  it('opens the milestone list with open and overdue milestones first', async () => {
    page = await h.newPage(undefined, { as: 'focus_team' });
    await page.goto(`${h.baseUrl}/#/milestones`);
    await page.locator('table tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const first = await page.locator('table tbody tr').first().innerText();
    expect(first).toMatch(/Te laat/);
    expect(first).not.toMatch(/Afgerond|Vervallen/);
  });
});

describe('an administrator\'s home', () => {
  it('is the focus team\'s, plus what an administrator does, with every screen in the menu', async () => {
    await home('admin');
    await oneName(page);
    await page.getByRole('heading', { name: 'Wacht op u' }).waitFor();
    await page.getByRole('heading', { name: 'Beheer' }).waitFor();
    await page.getByTestId('admin').getByRole('link', { name: 'Gebruikers' }).waitFor();
    await menuHas(page, ['Projecten', 'Te beoordelen', 'Gebruikers', 'Logboek', 'Organisaties'], ['Teruggestuurd']);
    await screenshot(page, 'home-admin');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
