// Review with context: the queue and a measurement's page show the baseline, the target in force and the
// previous quarter; dialogs and messages name the project and indicator in words; after approving or returning
// the reviewer moves on to the next waiting measurement, until the queue is done.
import type { Page } from 'playwright-core';
import type { MeasurementRecord } from '@lab/domain';
import { formatIndicatorValue } from '../../apps/admin/src/common/format';
import { accessibilityViolations, screenshot, startHarness, type BrowserHarness, type Role } from './support';

let h: BrowserHarness;
let page: Page;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
afterEach(async () => {
  await page?.close();
  expect(h.problems()).toEqual([]);
});

const as = async (role: Role) => `Bearer ${(await h.session(role)).token}`;
const api = async (path: string, role: Role = 'focus_team') => (await h.t.http.get(path).set('Authorization', await as(role))).body;
const queue = async () => (await api('/api/measurements?filter={"queue":"to_review"}&sort=["period","ASC"]&range=[0,99]')) as Required<MeasurementRecord>[];
const subject = (m: Required<MeasurementRecord>) => `${m.context.projectCode} ${m.context.projectTitle} · ${m.context.indicatorName} · ${m.period}`;
const fmt = (m: Required<MeasurementRecord>, v: number | null) => formatIndicatorValue(v, m.context.unit, 'nl');

async function open(path: string): Promise<Page> {
  page = await h.newPage({ width: 1366, height: 900 }, { as: 'focus_team' });
  await page.goto(`${h.baseUrl}/#${path}`);
  return page;
}

it('shows each waiting measurement with its baseline, target in force and previous quarter, named in words', async () => {
  const waiting = await queue();
  expect(waiting.length).toBeGreaterThan(2);
  await open('/reviews/to-review');
  const rows = page.getByTestId('queue-to_review').locator('tbody tr');
  await rows.first().waitFor();
  await page.waitForLoadState('networkidle');
  await expect(rows.count()).resolves.toBe(waiting.length);
  for (const [n, m] of waiting.slice(0, 4).entries()) {
    const row = rows.nth(n);
    await row.getByText(`${m.context.projectCode} ${m.context.projectTitle}`).waitFor();
    await row.getByText(m.context.indicatorName, { exact: true }).waitFor();
    await expect(row.getByTestId('context-baseline').locator('span').first().innerText()).resolves.toBe(fmt(m, m.context.baseline.value));
    await expect(row.getByTestId('context-target').locator('span').first().innerText()).resolves.toBe(fmt(m, m.context.target.value));
    const previous = await row.getByTestId('context-previous').innerText();
    if (m.context.previous) expect(previous).toContain(`${fmt(m, m.context.previous.value)}\n${m.context.previous.period}`);
    else expect(previous.startsWith('—')).toBe(true);
  }
  // At least one row of the demo has a quarter before it and a revised target, so all three figures show.
  expect(waiting.some((m) => m.context.previous !== null)).toBe(true);
  // The extra columns fit the screen: nothing to scroll sideways at 1366 pixels.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'review-context');
  expect(await accessibilityViolations(page)).toEqual([]);

  // The return dialog names the project, the indicator and the quarter, not a number.
  const first = waiting[0];
  await page.getByRole('button', { name: `Terugsturen: ${subject(first)}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading').first().innerText()).resolves.toBe(`Terugsturen: ${subject(first)}`);
  expect(await dialog.innerText()).not.toContain(`#${first.id}`);
  await screenshot(page, 'review-context-dialog');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
});

it('goes through the queue one by one: approve, Volgende, return, Volgende, until the queue is empty', async () => {
  const waiting = await queue();
  const [first, second, third] = waiting;
  await open('/reviews/to-review');
  await page.getByRole('link', { name: `Beoordelen, één voor één (${waiting.length})` }).click();
  await page.waitForURL(new RegExp(`#/measurements/${first.id}/show$`));

  // The measurement's page: its value against the baseline, the target in force and the quarter before.
  const context = page.getByTestId('review-context');
  await expect(context.getByTestId('context-value').innerText()).resolves.toContain(fmt(first, first.value));
  await expect(context.getByTestId('context-baseline').locator('span').first().innerText()).resolves.toBe(fmt(first, first.context.baseline.value));
  await expect(context.getByTestId('context-target').locator('span').first().innerText()).resolves.toBe(fmt(first, first.context.target.value));
  await page.getByRole('button', { name: `Goedkeuren: ${subject(first)}` }).click();
  await page.getByText(`Goedgekeurd: ${subject(first)}.`).waitFor();
  const step = page.getByTestId('queue-step');
  await step.getByText(`Goedgekeurd: ${subject(first)}`).waitFor();
  await expect(step.getByTestId('queue-next').innerText()).resolves.toContain(`Volgende in de wachtrij: ${subject(second)}.`);
  expect((await api(`/api/measurements/${first.id}`)).status).toBe('approved');
  await screenshot(page, 'review-context-next');
  expect(await accessibilityViolations(page)).toEqual([]);

  // "Volgende" has the focus: Enter moves on.
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#/measurements/${second.id}/show$`));
  await page.getByTestId('queue-step').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: `Terugsturen: ${subject(second)}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading').first().innerText()).resolves.toBe(`Terugsturen: ${subject(second)}`);
  await dialog.getByLabel(/Wat moet het team aanpassen/).fill('Graag de bron van de telling toevoegen.');
  await dialog.getByRole('button', { name: 'Terugsturen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('queue-step').getByText(`Teruggestuurd naar het team: ${subject(second)}`).waitFor();
  expect((await api(`/api/measurements/${second.id}`)).status).toBe('returned');
  await page.getByTestId('queue-step').getByRole('link', { name: 'Volgende' }).click();
  await page.waitForURL(new RegExp(`#/measurements/${third.id}/show$`));

  // The last one waiting: approving it empties the queue, and the page says so.
  const token = await as('focus_team');
  for (const m of waiting.slice(3)) {
    expect((await h.t.http.post(`/api/measurements/${m.id}/approve`).set('Authorization', token).send({})).status).toBe(200);
  }
  await page.getByRole('button', { name: `Goedkeuren: ${subject(third)}` }).click();
  await page.getByTestId('queue-empty').getByText('De wachtrij is leeg: alle ingediende metingen zijn beoordeeld.').waitFor();
  await page.getByRole('link', { name: 'Terug naar Te beoordelen' }).click();
  await page.getByText('Niets te beoordelen: alle ingediende metingen zijn beoordeeld.').waitFor();
  expect(await queue()).toEqual([]);
});
