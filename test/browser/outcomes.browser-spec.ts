import { readFile } from 'node:fs/promises';
import { addQuarters, quarterOfDate } from '@lab/domain';
import { accessibilityViolations, screenshot, useDemoHarness } from './support';

// The outcome journey: a team enters a quarter and submits it, the focus team approves and returns, the team
// sees what came back, and the administrator freezes the quarterly report and downloads what the council got.
const demo = useDemoHarness();

const filter = (f: object) => encodeURIComponent(JSON.stringify(f));

// The last quarter that has ended: the one a team reports on now (the demo data stops years before it).
const period = addQuarters(quarterOfDate(new Date()), -1);

it('enters a quarter, submits it, reviews it, and freezes and downloads the quarterly report', async () => {
  const [project] = await demo.api(`/api/projects?filter=${filter({ code: 'MW-03' })}`);
  const indicators: { id: number; name: string; unit: string }[] = await demo.api(`/api/indicators?filter=${filter({ projectId: project.id })}&sort=["id","ASC"]`);
  expect(indicators.length).toBeGreaterThanOrEqual(2);

  // 1. The team opens the quarterly entry from the project page.
  const team = await demo.open('project_member');
  await team.goto(`${demo.h.baseUrl}/#/projects/${project.id}/show`);
  await team.getByRole('link', { name: 'Kwartaal invullen' }).click();
  // It opens on the first quarter of the project's run still open; the journey goes on in the quarter due now.
  const { firstOpen } = await demo.api(`/api/projects/${project.id}/quarters`, 'project_member');
  await team.getByRole('heading', { level: 1, name: new RegExp(`Kwartaal ${firstOpen}`) }).waitFor();
  await team.goto(`${demo.h.baseUrl}/#/projects/${project.id}/quarters/${period}`);
  await team.getByRole('heading', { level: 1, name: new RegExp(`Kwartaal ${period}`) }).waitFor();
  expect(team.url()).toContain(`/projects/${project.id}/quarters/${period}`);

  // Submitting with nothing filled in says what is missing, beside each field, and sends nothing.
  await team.getByRole('button', { name: 'Opslaan en indienen' }).click();
  await team.getByTestId('quarter-error').waitFor();
  await team.getByText('Kies hoe het project ervoor staat.').waitFor();
  await team.getByText('Vul een waarde in om het kwartaal in te dienen.').first().waitFor();

  await team.getByRole('radio', { name: 'Risico' }).check();
  await team.getByLabel('Toelichting van het team').fill('De wachtlijst loopt terug; twee nieuwe aanbieders doen mee.');
  const section = (name: string) => team.getByRole('region', { name });
  // A count is whole: 2,5 is refused beside the field.
  await section(indicators[0].name).getByLabel(/Waarde/).fill('2,5');
  await team.getByRole('button', { name: 'Opslaan en indienen' }).click();
  await section(indicators[0].name).getByText('Een aantal is een heel getal, niet negatief.').waitFor();
  await screenshot(team, 'quarter-entry-errors');

  const values = [21, 35, 4, 12, 7];
  for (const [i, indicator] of indicators.entries()) {
    await section(indicator.name).getByLabel(/Waarde/).fill(String(values[i % values.length]));
  }
  await section(indicators[0].name).getByLabel('Toelichting').fill('Gemeten over alle aanmeldingen van het kwartaal.');
  expect(await accessibilityViolations(team)).toEqual([]);
  await team.getByRole('button', { name: 'Opslaan en indienen' }).click();
  await team.getByText(`Kwartaal ${period} ingediend bij het focusteam.`).waitFor();
  await section(indicators[0].name).getByTestId('measurement-status').getByText('Ingediend').waitFor();
  await screenshot(team, 'quarter-entry-submitted');

  type Row = { id: number; indicatorId: number; status: string; value: number; period: string; context: { projectCode: string; projectTitle: string; indicatorName: string } };
  // The review buttons name a measurement in words: project, indicator and quarter.
  const subject = (m: Row) => `${m.context.projectCode} ${m.context.projectTitle} · ${m.context.indicatorName} · ${m.period}`;
  const submitted: Row[] =
    await demo.api(`/api/measurements?filter=${filter({ projectId: project.id, period })}`);
  expect(submitted).toHaveLength(indicators.length);
  for (const m of submitted) expect(m.status).toBe('submitted');
  const entry = await demo.api(`/api/projects/${project.id}/quarters/${period}`);
  expect(entry.statusUpdate).toMatchObject({ health: 'at_risk' });
  expect(entry.statusUpdate.submittedAt).toBeTruthy();

  // 2. The focus team sees the count on the home page, returns one with a comment and approves the rest.
  const focus = await demo.open('focus_team');
  const before = (await demo.api('/api/dashboard', 'focus_team')).reviews.toReview;
  await focus.goto(`${demo.h.baseUrl}/`);
  await focus.getByTestId('reviews-to_review-count').getByText(String(before)).waitFor();
  await focus.getByRole('link', { name: 'Lijst openen: Te beoordelen' }).click();
  await focus.getByRole('heading', { name: 'Te beoordelen' }).first().waitFor().catch(() => undefined);
  const [toReturn, ...toApprove] = submitted.sort((a, b) => a.indicatorId - b.indicatorId);
  await focus.getByRole('button', { name: `Terugsturen: ${subject(toReturn)}` }).waitFor();
  await screenshot(focus, 'review-queue');
  expect(await accessibilityViolations(focus)).toEqual([]);

  await focus.getByRole('button', { name: `Terugsturen: ${subject(toReturn)}` }).click();
  const dialog = focus.getByRole('dialog');
  // A return needs a comment: without one it says so beside the field.
  await dialog.getByRole('button', { name: 'Terugsturen' }).click();
  await dialog.getByText('Schrijf wat het team moet aanpassen.').waitFor();
  await dialog.getByLabel(/Wat moet het team aanpassen/).fill('Graag de telling per 30 september gebruiken, niet per 1 oktober.');
  await screenshot(focus, 'review-return-dialog');
  await dialog.getByRole('button', { name: 'Terugsturen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await focus.getByRole('button', { name: `Terugsturen: ${subject(toReturn)}` }).waitFor({ state: 'detached' });
  for (const m of toApprove) {
    await focus.getByRole('button', { name: `Goedkeuren: ${subject(m)}` }).click();
    await focus.getByRole('button', { name: `Goedkeuren: ${subject(m)}` }).waitFor({ state: 'detached' });
  }
  expect((await demo.api(`/api/measurements/${toReturn.id}`)).status).toBe('returned');
  for (const m of toApprove) expect((await demo.api(`/api/measurements/${m.id}`)).status).toBe('approved');

  // The measurement page keeps the thread: the submission and the return with its comment.
  await focus.goto(`${demo.h.baseUrl}/#/measurements/${toReturn.id}/show`);
  await focus.getByTestId('comment-thread').getByText('Graag de telling per 30 september gebruiken').waitFor();
  await focus.getByTestId('review-panel').getByText('Teruggestuurd').waitFor();
  await screenshot(focus, 'measurement-thread');
  expect(await accessibilityViolations(focus)).toEqual([]);

  // An approved measurement cannot be edited on the project page: the lock says why and offers reopening.
  await focus.goto(`${demo.h.baseUrl}/#/projects/${project.id}/show/indicators`);
  await focus.getByRole('button', { name: `Waarom kan meting ${period} niet worden bewerkt?` }).first().click();
  await focus.getByRole('dialog').getByText(/is goedgekeurd en telt mee/).waitFor();
  await focus.getByRole('dialog').getByRole('button', { name: 'Heropenen' }).waitFor();
  await screenshot(focus, 'measurement-locked');
  await focus.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();

  // 3. The team finds the returned measurement, with the comment, in its queue and on its home page.
  const returned = (await demo.api('/api/dashboard', 'project_member')).reviews.returnedToMe;
  expect(returned).toBeGreaterThanOrEqual(1);
  await team.goto(`${demo.h.baseUrl}/`);
  await team.getByTestId('reviews-returned-count').getByText(String(returned), { exact: true }).waitFor();
  await team.getByTestId('calendar').waitFor();
  await screenshot(team, 'home-team-calendar');
  await team.getByRole('link', { name: 'Lijst openen: Teruggestuurd naar u' }).click();
  await team.getByRole('cell', { name: /telling per 30 september/ }).waitFor();
  await team.getByRole('button', { name: `Indienen: ${subject(toReturn)}` }).waitFor();
  await screenshot(team, 'returned-queue');
  expect(await accessibilityViolations(team)).toEqual([]);

  // 4. The administrator opens the report, freezes it and downloads the PDF of the frozen version.
  const admin = await demo.open('admin');
  await admin.goto(`${demo.h.baseUrl}/#/reports?lab=${project.labId}&quarter=${period}`);
  await admin.getByTestId('report-totals').waitFor();
  await admin.getByTestId('report-pending').getByText(/nog niet goedgekeurd/).waitFor();
  await admin.getByText('Deze rapportage is nog niet bevroren.', { exact: false }).waitFor();
  await admin.getByTestId('report-project-MW-03').getByRole('button').first().click();
  await admin.getByTestId('report-project-MW-03').getByText(/telt niet mee/).first().waitFor();
  await screenshot(admin, 'report');
  expect(await accessibilityViolations(admin)).toEqual([]);

  await admin.getByRole('button', { name: 'Bevriezen' }).click();
  const freeze = admin.getByRole('dialog');
  await freeze.getByLabel('Opmerking (niet verplicht)').fill('Voor de raadscommissie.');
  await freeze.getByRole('button', { name: 'Bevriezen' }).click();
  await freeze.waitFor({ state: 'hidden' });
  await admin.getByTestId('version-v1').waitFor();
  // Freezing sends nothing to the council: that is recorded apart (report-sending.browser-spec.ts).
  await admin.getByTestId('council-version').getByText('Nog geen versie naar de raad verzonden').waitFor();
  await screenshot(admin, 'report-frozen');

  const [version] = await demo.api(`/api/reports/quarterly/versions?lab=${project.labId}&quarter=${period}`);
  expect(version).toMatchObject({ version: 1, note: 'Voor de raadscommissie.' });
  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('button', { name: 'PDF van versie v1 downloaden' }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
});

it('shows the reporting calendar on the home page and opens a quarter from a cell', async () => {
  const page = await demo.open('focus_team');
  await page.goto(`${demo.h.baseUrl}/`);
  await page.getByTestId('calendar').waitFor();
  const calendar = await demo.api('/api/reports/calendar', 'focus_team');
  const project = calendar.projects[0];
  const cell = page.getByTestId(`calendar-${project.code}-${calendar.quarters[0]}`);
  await expect(cell.getAttribute('data-state')).resolves.toBe(project.cells[0].state);
  await cell.getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`Kwartaal ${calendar.quarters[0]}`) }).waitFor();
  expect(page.url()).toContain(`/projects/${project.id}/quarters/${calendar.quarters[0]}`);
  await screenshot(page, 'quarter-entry-from-calendar');
});

it('steps the calendar back to the first quarter the lab allows, and offers report quarters within the lab only', async () => {
  const page = await demo.open('focus_team');
  await page.goto(`${demo.h.baseUrl}/`);
  await page.getByTestId('calendar').waitFor();
  const { window, labId } = await demo.api('/api/reports/calendar', 'focus_team');
  const earlier = page.getByRole('button', { name: 'Een jaar eerder tonen' });
  for (let n = 0; n < 40 && (await earlier.isEnabled()); n++) {
    await earlier.click();
    await page.waitForLoadState('networkidle');
  }
  await expect(earlier.isDisabled()).resolves.toBe(true);
  await page.getByRole('columnheader', { name: window.from, exact: true }).waitFor();
  await screenshot(page, 'calendar-first-quarter-of-the-lab');

  await page.goto(`${demo.h.baseUrl}/#/reports?lab=${labId}`);
  await page.getByRole('combobox', { name: 'Kwartaal' }).click();
  const options = await page.getByRole('option').allTextContents();
  expect(options.at(-1)).toBe(window.from);
  expect(options).toContain(quarterOfDate(new Date()));
  expect(options.every((q) => q >= window.from)).toBe(true);
  await page.keyboard.press('Escape');
});

it("charts an indicator's approved values against the target in force in each quarter", async () => {
  const [revision] = await demo.api('/api/target-revisions?sort=["id","ASC"]&range=[0,0]');
  expect(revision).toBeDefined();
  const page = await demo.open('focus_team');
  await page.goto(`${demo.h.baseUrl}/#/indicators/${revision.indicatorId}/show`);
  await page.locator('.recharts-surface').first().waitFor();
  await page.getByText('Streefwaarde in dat kwartaal').first().waitFor();
  await screenshot(page, 'indicator-chart-target-in-force');
  expect(await accessibilityViolations(page)).toEqual([]);
});
