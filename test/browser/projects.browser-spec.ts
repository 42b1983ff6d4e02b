import type { Page } from 'playwright-core';
import { addDays, todayIso } from '@lab/domain';
import { accessibilityViolations, screenshot, startHarness, type BrowserHarness } from './support';

let h: BrowserHarness;
let page: Page;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
beforeEach(async () => { page = await h.newPage(); });
afterEach(async () => {
  await page.close();
  // A refused gate (422) is an answer the page shows, not a failure; everything else must be clean.
  expect(h.problems().filter((p) => !/status of 422/.test(p))).toEqual([]);
});

const api = async (path: string) => (await h.t.http.get(path)).body;
const projectByCode = async (code: string) => (await api(`/api/projects?filter=${encodeURIComponent(JSON.stringify({ code }))}`))[0];
const rows = (p: Page) => p.locator('table tbody tr');

it('lists, searches and sorts the projects', async () => {
  await page.goto(`${h.baseUrl}/#/projects`);
  await rows(page).first().waitFor();
  await expect(rows(page).count()).resolves.toBe(10);
  await screenshot(page, 'projects-list');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('textbox', { name: 'Zoeken' }).fill('mantelzorg');
  const expected = await api(`/api/projects?filter=${encodeURIComponent('{"q":"mantelzorg"}')}`);
  expect(expected.length).toBeGreaterThan(0);
  await page.waitForFunction((n) => document.querySelectorAll('table tbody tr').length === n, expected.length);
  for (const p of expected) await page.getByRole('cell', { name: p.code }).waitFor();

  // react-admin remembers the list's filter: clear the search to sort all projects.
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('');
  await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 10);
  await page.getByRole('button', { name: 'Titel' }).click();
  const [firstByTitle] = await api('/api/projects?sort=["title","ASC"]&range=[0,0]');
  await rows(page).first().getByText(firstByTitle.title).waitFor();
});

it('exports the project list as a Dutch CSV with names, not ids, that Excel reads as UTF-8', async () => {
  await page.goto(`${h.baseUrl}/#/projects`);
  await rows(page).first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer' }).click()]);
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile((await download.path())!);
  // The byte order mark first, so that Excel reads the file as UTF-8 and not as its local code page.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8');
  expect(csv).toContain('Eén route naar dagbesteding en activering');
  expect(csv).not.toContain('Ã');
  const lines = csv.trim().split('\n');
  expect(lines[0]).toBe('Code;Titel;Fase;Koers;Trekkende organisatie;Thema\'s;Stadsdelen;Startdatum;Geplande einddatum;Budget');
  expect(lines).toHaveLength(15);
  const first = await projectByCode('MW-01');
  const organisation = (await api(`/api/organisations/${first.leadOrganisationId}`)).name;
  const row = lines.find((l) => l.startsWith('MW-01;'))!;
  expect(row).toContain(organisation);
  expect(row).toContain({ scenario: 'Scenario', experiment: 'Experiment', rollout: 'Uitrol', stopped: 'Gestopt' }[first.phase as string]);
  expect(row).toContain(String(first.budgetCents / 100).replace('.', ','));
});

it('opens a project and walks every tab', async () => {
  const project = await projectByCode('MW-03');
  await page.goto(`${h.baseUrl}/#/projects/${project.id}/show`);
  await page.getByText(project.title).first().waitFor();
  for (const tab of ['Overzicht', 'Team', 'Afspraken', 'Mijlpalen', 'Indicatoren', 'Kwartaalupdates', 'Lessen', 'Fasebesluiten', 'Geschiedenis']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForLoadState('networkidle');
    await screenshot(page, `project-tab-${tab.toLowerCase()}`);
  }
  await page.getByRole('tab', { name: 'Indicatoren' }).click();
  await page.locator('.recharts-surface').first().waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('creates, edits and completes a milestone, and the home dashboard follows', async () => {
  const project = await projectByCode('MW-01');
  const before = (await api('/api/dashboard')).overdueMilestones.length;
  await page.goto(`${h.baseUrl}/#/projects/${project.id}/show`);
  await page.getByRole('tab', { name: 'Mijlpalen' }).click();
  await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titel').fill('Werkbezoek wethouder');
  await dialog.getByLabel('Fase').click();
  await page.getByRole('option', { name: 'Experiment' }).click();
  await dialog.getByLabel('Uiterste datum').fill(addDays(todayIso(), -3));
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Werkbezoek wethouder').waitFor();

  await page.goto(`${h.baseUrl}/#/`);
  await page.getByTestId('overdue').getByText('Werkbezoek wethouder').waitFor();
  expect((await api('/api/dashboard')).overdueMilestones.length).toBe(before + 1);

  await page.goto(`${h.baseUrl}/#/projects/${project.id}/show`);
  await page.getByRole('tab', { name: 'Mijlpalen' }).click();
  await page.getByRole('row').filter({ hasText: 'Werkbezoek wethouder' }).getByRole('button', { name: 'Bewerken' }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('Status').click();
  await page.getByRole('option', { name: 'Afgerond' }).click();
  await edit.getByLabel('Afgerond op').fill(todayIso());
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await edit.waitFor({ state: 'hidden' });
  await screenshot(page, 'milestone-completed');

  const [saved] = await api(`/api/milestones?filter=${encodeURIComponent('{"q":"Werkbezoek wethouder"}')}`);
  expect(saved).toMatchObject({ status: 'done', completedDate: todayIso(), overdue: false, version: 2 });
  await page.goto(`${h.baseUrl}/#/`);
  // The cached figures show first and are refetched at once: wait for the fresh ones.
  await page.getByTestId('overdue').getByText('Werkbezoek wethouder').waitFor({ state: 'detached' });
  expect((await api('/api/dashboard')).overdueMilestones.length).toBe(before);
});

it('enters a measurement for a quarter', async () => {
  const project = await projectByCode('MW-04');
  const [indicator] = await api(`/api/indicators?filter=${encodeURIComponent(JSON.stringify({ projectId: project.id }))}&sort=["id","ASC"]`);
  await page.goto(`${h.baseUrl}/#/projects/${project.id}/show`);
  await page.getByRole('tab', { name: 'Indicatoren' }).click();
  await page.getByRole('button', { name: 'Meting invoeren' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kwartaal').fill('2019-Q4');
  await dialog.getByLabel(/Waarde/).fill('12');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const saved = await api(`/api/measurements?filter=${encodeURIComponent(JSON.stringify({ indicatorId: indicator.id, period: '2019-Q4' }))}`);
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ value: 12, status: 'draft' });
});

it('shows every unmet criterion of a refused gate, and records one that passes', async () => {
  const refused = await projectByCode('MW-13');
  await page.goto(`${h.baseUrl}/#/projects/${refused.id}/show`);
  await page.getByRole('tab', { name: 'Fasebesluiten' }).click();
  await page.getByRole('button', { name: 'Besluit: naar Experiment' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Go', { exact: true }).check();
  await dialog.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await dialog.getByText('Wijs een trekker aan in het projectteam.').waitFor();
  await screenshot(page, 'gate-refused');
  expect((await api(`/api/projects/${refused.id}`)).phase).toBe('scenario');
  await dialog.getByRole('button', { name: /annuleren/i }).click();

  const passing = await projectByCode('MW-10');
  expect(passing.phase).toBe('scenario');
  await page.goto(`${h.baseUrl}/#/projects/${passing.id}/show`);
  await page.getByRole('tab', { name: 'Fasebesluiten' }).click();
  await page.getByRole('button', { name: 'Besluit: naar Experiment' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Go', { exact: true }).check();
  // The go into the experiment fixes the hypothesis; each outcome indicator's threshold starts at its target.
  await dialog.getByTestId('gate-hypothesis').fill('Vrijwilligerswerk via de buurt brengt deelnemers een stap verder.');
  await dialog.getByLabel('Onderbouwing').fill('Team, mijlpalen en indicator staan klaar.');
  await dialog.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Go vastgelegd').first().waitFor();
  expect((await api(`/api/projects/${passing.id}`)).phase).toBe('experiment');
  await screenshot(page, 'gate-passed');

  // The decision is on the project's record of changes.
  await page.getByRole('tab', { name: 'Geschiedenis' }).click();
  await page.getByRole('cell', { name: 'fasebesluit' }).first().waitFor();
  await screenshot(page, 'project-history');
});
