// The small things a user meets every day: field errors in the interface's language, no edit form for
// another team's project, a done milestone dated today, checks while typing, dd-mm-jjjj dates in any
// browser, a skip link that shows when focused, and counts in the singular and the plural.
import type { Page } from 'playwright-core';
import { todayIso } from '@lab/domain';
import { AUTH_STORAGE_KEY, screenshot, startHarness, type BrowserHarness, type Role } from './support';

let h: BrowserHarness;
let page: Page;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
afterEach(async () => {
  await page?.close();
  // A refused save (409, 400) is an answer the page shows, not a failure; everything else must be clean.
  expect(h.problems().filter((p) => !/status of (400|409)/.test(p))).toEqual([]);
});

const api = async (path: string) => (await h.t.http.get(path)).body;
const q = (filter: Record<string, unknown>) => encodeURIComponent(JSON.stringify(filter));
const projectByCode = async (code: string) => (await api(`/api/projects?filter=${q({ code })}`))[0];
const dmy = (iso: string) => iso.split('-').reverse().join('-');

async function toEnglish(p: Page) {
  await p.getByRole('button', { name: /nederlands/i }).click();
  await p.getByRole('menuitem', { name: 'English' }).click();
}

describe('field errors of the API', () => {
  async function duplicateOrganisation(p: Page, labels: { name: string; perspective: string; option: string; save: string }) {
    const [existing] = await api('/api/organisations?sort=["name","ASC"]&range=[0,0]');
    await p.getByLabel(labels.name).first().fill(existing.name);
    await p.getByLabel(labels.perspective).click();
    await p.getByRole('option', { name: labels.option }).click();
    await p.getByRole('button', { name: labels.save }).click();
  }

  it('appear in Dutch on a Dutch screen', async () => {
    page = await h.newPage();
    await page.goto(`${h.baseUrl}/#/organisations/create`);
    await duplicateOrganisation(page, { name: 'Naam', perspective: 'Perspectief', option: 'Gemeente', save: 'Opslaan' });
    await page.getByText('Al in gebruik: kies een andere waarde.').waitFor();
    await expect(page.getByText('already in use').count()).resolves.toBe(0);
    await screenshot(page, 'field-error-nl');
  });

  it('appear in English on an English screen', async () => {
    page = await h.newPage();
    await page.goto(`${h.baseUrl}/#/organisations/create`);
    await toEnglish(page);
    await page.getByLabel('Name').first().waitFor();
    await duplicateOrganisation(page, { name: 'Name', perspective: 'Perspective', option: 'Municipality', save: 'Save' });
    await page.getByText('Already in use: choose another value.').waitFor();
    await expect(page.getByText('Al in gebruik').count()).resolves.toBe(0);
    await screenshot(page, 'field-error-en');
  });
});

describe('a project that is not yours', () => {
  async function member() {
    const { user } = await h.session('project_member');
    const all = (await api('/api/projects?sort=["code","ASC"]')) as { id: number; code: string }[];
    return { own: all.find((p) => user.projectIds.includes(p.id))!, foreign: all.find((p) => !user.projectIds.includes(p.id))! };
  }

  it('opens no edit form by its address: its page instead, saying why', async () => {
    const { own, foreign } = await member();
    page = await h.newPage(undefined, { as: 'project_member' });
    await page.goto(`${h.baseUrl}/#/projects/${foreign.id}`);
    await page.getByText('U kunt dit record niet bewerken').waitFor();
    await page.waitForURL(new RegExp(`#/projects/${foreign.id}/show$`));
    await expect(page.getByRole('button', { name: 'Opslaan' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Bewerken' }).count()).resolves.toBe(0);
    await screenshot(page, 'foreign-project-edit-refused');

    // Their own project's form opens as before.
    await page.goto(`${h.baseUrl}/#/projects/${own.id}`);
    await page.getByRole('button', { name: 'Opslaan' }).waitFor();
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe((await api(`/api/projects/${own.id}`)).title);
  });

  it('reads "Kwartaal bekijken" where the team\'s own says "Kwartaal invullen"', async () => {
    const { own, foreign } = await member();
    page = await h.newPage(undefined, { as: 'project_member' });
    await page.goto(`${h.baseUrl}/#/projects/${foreign.id}/show`);
    await page.getByRole('link', { name: 'Kwartaal bekijken' }).waitFor();
    await expect(page.getByRole('link', { name: 'Kwartaal invullen' }).count()).resolves.toBe(0);
    await page.goto(`${h.baseUrl}/#/projects/${own.id}/show`);
    await page.getByRole('link', { name: 'Kwartaal invullen' }).waitFor();
    await expect(page.getByRole('link', { name: 'Kwartaal bekijken' }).count()).resolves.toBe(0);
  });
});

it('fills in today\'s date when a milestone is marked done', async () => {
  const project = await projectByCode('MW-01');
  const [milestone] = await api(`/api/milestones?filter=${q({ projectId: project.id, status: 'planned', completedDate: null })}&range=[0,0]`);
  page = await h.newPage();
  await page.goto(`${h.baseUrl}/#/projects/${project.id}/show/milestones`);
  await page.getByRole('row').filter({ hasText: milestone.title }).getByRole('button', { name: 'Bewerken' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Afgerond op').inputValue()).resolves.toBe('');
  await dialog.getByLabel('Status').click();
  await page.getByRole('option', { name: 'Afgerond' }).click();
  await expect(dialog.getByLabel('Afgerond op').inputValue()).resolves.toBe(dmy(todayIso()));
  await screenshot(page, 'milestone-done-today');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(await api(`/api/milestones/${milestone.id}`)).toMatchObject({ status: 'done', completedDate: todayIso() });
});

it('checks the form as you type, before anything is saved', async () => {
  page = await h.newPage();
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() !== 'GET') posts.push(`${r.method()} ${r.url()}`); });
  await page.goto(`${h.baseUrl}/#/organisations/create`);
  await page.getByLabel('Website').fill('www.amsterdam.nl');
  await page.getByText('Vul een webadres in dat begint met http:// of https://').waitFor();
  await page.getByLabel('Website').fill('https://www.amsterdam.nl');
  await page.getByText('Vul een webadres in dat begint met http:// of https://').waitFor({ state: 'detached' });
  await page.getByLabel('Naam').first().fill('Buurtteam');
  await page.getByLabel('Naam').first().fill('');
  await page.getByText('Verplicht').first().waitFor();

  const project = await projectByCode('MW-01');
  await page.goto(`${h.baseUrl}/#/projects/${project.id}`);
  await page.getByLabel('Geplande einddatum').fill('01-01-2000');
  await page.getByText('De geplande einddatum ligt op of na de startdatum.').waitFor();
  await page.getByLabel('Geplande einddatum').fill('31-02-2030');
  await page.getByText('Vul een datum in als dd-mm-jjjj, bijvoorbeeld 01-03-2016.').waitFor();
  await screenshot(page, 'checks-as-you-type');
  expect(posts).toEqual([]);
});

it('shows dates as dd-mm-jjjj in a browser set to American English', async () => {
  const project = await projectByCode('MW-01');
  const american = await h.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US', timezoneId: 'America/New_York' });
  page = american;
  const session = JSON.stringify(await h.session('admin' as Role));
  await page.addInitScript(({ key, value }) => { try { localStorage.setItem(key, value); } catch { /* about:blank */ } }, { key: AUTH_STORAGE_KEY, value: session });
  await page.goto(`${h.baseUrl}/#/projects/${project.id}`);
  await expect(page.evaluate(() => navigator.language)).resolves.toBe('en-US');
  const start = page.getByLabel('Startdatum');
  await expect(start.inputValue()).resolves.toBe(dmy(project.startDate));
  await expect(start.getAttribute('placeholder')).resolves.toBe('dd-mm-jjjj');
  // Typed day first, it is saved as that day, not as month first.
  await page.getByLabel('Geplande einddatum').fill('03-04-2030');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(/\/show$/);
  expect((await api(`/api/projects/${project.id}`)).plannedEndDate).toBe('2030-04-03');
  await screenshot(page, 'dates-en-us-browser');
});

it('shows the skip link when it is focused', async () => {
  page = await h.newPage();
  await page.goto(`${h.baseUrl}/#/`);
  await page.getByRole('heading', { name: 'Overzicht', level: 1 }).waitFor();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Naar de inhoud' });
  await expect(skip.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
  await page.waitForTimeout(400); // its slide-in transition
  const box = (await skip.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  await expect(skip.isVisible()).resolves.toBe(true);
  // Readable: its text against its own background reaches WCAG AA contrast (4.5:1).
  const contrast = await skip.evaluate((e) => {
    const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const style = getComputedStyle(e);
    const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
  expect(contrast).toBeGreaterThanOrEqual(4.5);
  await page.screenshot({ path: 'test/browser/screenshots/skip-link-focused.png', clip: { x: 0, y: 0, width: 600, height: 120 } });
});

it('counts "1 indicator" and "2 indicatoren"', async () => {
  const mw01 = await projectByCode('MW-01');
  const project = (await h.t.http.post('/api/projects').send({
    labId: mw01.labId, code: 'MW-91', title: 'Eén indicator', health: 'on_track', startDate: '2026-01-01', plannedEndDate: '2027-12-31',
  })).body;
  const indicator = {
    projectId: project.id, name: 'Deelnemers aan het werk', kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase',
    aggregation: 'sum', baselineValue: 0, baselineDate: '2026-01-01', targetValue: 10, targetDate: '2027-12-31',
  };
  expect((await h.t.http.post('/api/indicators').send(indicator)).status).toBe(201);
  page = await h.newPage();
  await page.goto(`${h.baseUrl}/#/projects/${project.id}/show/indicators`);
  await expect(page.getByTestId('indicator-count').innerText()).resolves.toBe('1 indicator');

  expect((await h.t.http.post('/api/indicators').send({ ...indicator, name: 'Uren vrijwilligerswerk' })).status).toBe(201);
  await page.waitForLoadState('networkidle');
  await page.reload();
  await page.getByTestId('indicator-count').getByText('2 indicatoren').waitFor();
  await screenshot(page, 'indicator-count');
});
