import type { Page } from 'playwright-core';
import { screenshot, startHarness, type BrowserHarness } from './support';

let h: BrowserHarness;
let page: Page;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
beforeEach(async () => { page = await h.newPage(); });
afterEach(async () => { await page.close(); });

it('says so when someone else changed the record, and reloads it on request', async () => {
  const [lab] = (await h.t.http.get('/api/labs')).body;
  await page.goto(`${h.baseUrl}/#/labs/${lab.id}`);
  const city = page.getByLabel('Stad');
  await city.waitFor();

  // Meanwhile someone else saves the same lab.
  const other = await h.t.http.put(`/api/labs/${lab.id}`).send({ ...lab, city: 'Rotterdam' });
  expect(other.status).toBe(200);

  await city.fill('Utrecht');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit record intussen gewijzigd' });
  await notice.waitFor();
  await screenshot(page, 'stale-edit');
  expect((await h.t.http.get(`/api/labs/${lab.id}`)).body.city).toBe('Rotterdam');

  await notice.getByRole('button', { name: 'Herladen' }).click();
  await page.getByLabel('Stad').waitFor();
  await expect(page.getByLabel('Stad').inputValue()).resolves.toBe('Rotterdam');
  // The 409 itself is an expected answer, not a problem; nothing else may go wrong.
  expect(h.problems().filter((p) => !p.includes('409'))).toEqual([]);
});

it('shows a server-side validation error beside its field', async () => {
  const [lab] = (await h.t.http.get('/api/labs')).body;
  await page.goto(`${h.baseUrl}/#/labs/create`);
  await page.getByLabel('Naam').fill(lab.name);
  await page.getByLabel('Stad').fill('Amsterdam');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // The API's code for the error, in the interface's language.
  await page.getByText('Al in gebruik: kies een andere waarde.').waitFor();
  await screenshot(page, 'server-validation');
  expect((await h.t.http.get('/api/labs')).body).toHaveLength(1);
  expect(h.problems().filter((p) => !p.includes('409'))).toEqual([]);
});

it('says so when the API cannot be reached', async () => {
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.goto(`${h.baseUrl}/#/labs`);
  await page.getByText('De server is niet bereikbaar').first().waitFor();
  await screenshot(page, 'unreachable');
  h.problems();
});

it('says in Dutch which records still refer to one that cannot be deleted', async () => {
  const [organisation] = (await h.t.http.get('/api/organisations?filter={"q":"Werkplaats"}')).body;
  const projects = (await h.t.http.get(`/api/projects?filter={"leadOrganisationId":${organisation.id}}`)).body;
  expect(projects.length).toBeGreaterThan(0);
  await page.goto(`${h.baseUrl}/#/organisations/${organisation.id}`);
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  const confirm = page.getByRole('dialog');
  if (await confirm.isVisible().catch(() => false)) await confirm.getByRole('button', { name: /bevestig|verwijderen/i }).click();
  await page.getByText(/Dit record kan niet worden verwijderd: .*verwijzen er nog naar/).waitFor();
  await screenshot(page, 'delete-refused');
  expect((await h.t.http.get(`/api/organisations/${organisation.id}`)).status).toBe(200);
  expect(h.problems().filter((p) => !p.includes('409'))).toEqual([]);
});
