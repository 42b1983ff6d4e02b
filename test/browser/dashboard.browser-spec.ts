import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot, startHarness, type BrowserHarness } from './support';

let h: BrowserHarness;
let page: Page;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
beforeEach(async () => { page = await h.newPage(); });
afterEach(async () => {
  await page.close();
  expect(h.problems()).toEqual([]);
});

it('opens the home dashboard in Dutch with the figures the API reports', async () => {
  const started = Date.now();
  await page.goto(`${h.baseUrl}/`);
  await page.getByRole('heading', { name: 'Projecten per fase' }).waitFor();
  const firstRenderMs = Date.now() - started;
  process.stdout.write(`time to first render of the home dashboard: ${firstRenderMs} ms\n`);

  const figures = (await h.t.http.get('/api/dashboard')).body;
  for (const health of ['on_track', 'at_risk', 'off_track']) {
    expect(await page.getByTestId(`health-${health}`).innerText()).toBe(String(figures.projects.byHealth[health]));
  }
  await expect(page.locator('[data-testid^="pipeline-card-"]').count()).resolves.toBe(14);
  // At most six whole rows, and a link to the full list when there are more.
  const overdue = page.getByTestId('overdue').getByRole('link');
  const rows = Math.min(figures.overdueMilestones.length, 6);
  await expect(overdue.count()).resolves.toBe(rows + (figures.totals.overdueMilestones > rows ? 1 : 0));
  const scenario = page.getByRole('region', { name: 'Scenario' });
  await expect(scenario.locator('[data-testid^="pipeline-card-"]').count()).resolves.toBe(figures.projects.byPhase.scenario);
  await screenshot(page, 'home-nl');
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('switches to English and back', async () => {
  await page.goto(`${h.baseUrl}/`);
  await page.getByRole('heading', { name: 'Projecten per fase' }).waitFor();
  await page.getByRole('button', { name: /nederlands/i }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Projects per phase' }).waitFor();
  await expect(page.getByText('Health at a glance').isVisible()).resolves.toBe(true);
  await screenshot(page, 'home-en');
  await page.getByRole('button', { name: /english/i }).click();
  await page.getByRole('menuitem', { name: 'Nederlands' }).click();
  await page.getByRole('heading', { name: 'Projecten per fase' }).waitFor();
});

it('works on a tablet', async () => {
  const tablet = await h.newPage({ width: 768, height: 1024 });
  await tablet.goto(`${h.baseUrl}/`);
  await tablet.getByRole('heading', { name: 'Pijplijn' }).waitFor();
  await screenshot(tablet, 'home-tablet');
  await tablet.close();
});
