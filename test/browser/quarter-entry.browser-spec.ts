import { quarterOfDate, todayIso } from '@lab/domain';
import { accessibilityViolations, screenshot, useDemoHarness } from './support';

// The quarterly entry as a team and the focus team meet it on the demo lab: a submitted status update reads as
// locked text with every field labelled, the focus team reopens it with a reason and the team can change it
// again; without a quarter the entry opens on the first quarter of the project's run still open.
const demo = useDemoHarness();

type Body = Record<string, any>;
const filter = (f: object) => encodeURIComponent(JSON.stringify(f));
const NARRATIVE_LABEL = 'Toelichting van het team op het kwartaal (kwartaalupdate)';

it('shows a submitted status update as locked text with labels; the focus team reopens it and the team can change it', async () => {
  const [project] = await demo.api(`/api/projects?filter=${filter({ code: 'MW-03' })}`);
  const updates: Body[] = await demo.api(`/api/status-updates?filter=${filter({ projectId: project.id })}&sort=["period","DESC"]&range=[0,99]`);
  const update = updates.find((u) => u.submittedAt)!;
  expect(update).toBeDefined();
  const entryUrl = `${demo.h.baseUrl}/#/projects/${project.id}/quarters/${update.period}`;

  // The team sees what it handed in as text, under labels that say what each note belongs to, and no reopen.
  const team = await demo.open('project_member');
  await team.goto(entryUrl);
  const section = team.getByTestId('status-update-section');
  await section.getByTestId('status-update-locked').waitFor();
  await section.getByText(/ligt vast/).waitFor();
  await section.getByTestId('status-update-narrative').getByText(NARRATIVE_LABEL).waitFor();
  await section.getByTestId('status-update-narrative').getByText(update.narrative.slice(0, 40)).waitFor();
  expect(await team.getByRole('textbox', { name: NARRATIVE_LABEL }).count()).toBe(0);
  expect(await team.getByRole('radio').count()).toBe(0);
  expect(await section.getByRole('button', { name: 'Heropenen' }).count()).toBe(0);
  // Each indicator's note is labelled as the note on that indicator's value, within the indicator's own section.
  const indicators = team.getByTestId(/^quarter-indicator-/);
  expect(await indicators.count()).toBeGreaterThan(0);
  await indicators.first().getByText('Toelichting bij deze waarde', { exact: true }).waitFor();
  // The entry says what the calendar says for this quarter.
  const cell = (await demo.api(`/api/projects/${project.id}/quarters`)).quarters.find((c: Body) => c.period === update.period);
  await expect(team.getByTestId('quarter-state').getAttribute('data-state')).resolves.toBe(cell.state);
  await screenshot(team, 'quarter-entry-locked');
  expect(await accessibilityViolations(team)).toEqual([]);

  // The focus team reopens it; a reason is required and goes on record.
  const focus = await demo.open('focus_team');
  await focus.goto(entryUrl);
  await focus.getByTestId('status-update-locked').getByRole('button', { name: 'Heropenen' }).click();
  const dialog = focus.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Heropenen' }).click();
  await dialog.getByText('Geef de reden van het heropenen.').waitFor();
  const reason = 'De toelichting noemt de verkeerde aanbieder; het team past haar aan.';
  await dialog.getByLabel(/Reden van het heropenen/).fill(reason);
  await screenshot(focus, 'quarter-entry-reopen-dialog');
  await dialog.getByRole('button', { name: 'Heropenen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await focus.getByText(`Kwartaalupdate ${update.period} heropend; het team kan haar weer aanpassen.`).waitFor();
  await focus.getByRole('textbox', { name: NARRATIVE_LABEL }).waitFor();
  const events: Body[] = await demo.api(`/api/audit-events?filter=${filter({ resource: 'status-updates', recordId: update.id })}&sort=["id","ASC"]`);
  expect(events.at(-1)).toMatchObject({ action: 'reopen', changes: { reopenReason: { after: reason } } });

  // The team can change it again: a labelled text field, saved as a draft.
  await team.reload();
  const narrative = team.getByRole('textbox', { name: NARRATIVE_LABEL });
  await narrative.waitFor();
  await narrative.fill('De wachtlijst loopt terug; de tweede aanbieder is De Regenboog Groep.');
  await screenshot(team, 'quarter-entry-reopened');
  await team.getByRole('button', { name: 'Opslaan als concept' }).click();
  await team.getByText(`Kwartaal ${update.period} opgeslagen als concept.`).waitFor();
  const saved = await demo.api(`/api/status-updates/${update.id}`);
  expect(saved).toMatchObject({ narrative: 'De wachtlijst loopt terug; de tweede aanbieder is De Regenboog Groep.', submittedAt: null });
});

it("opens the first open quarter of the project's run, from the project page too, not the current quarter of a project that ended", async () => {
  const projects: Body[] = await demo.api('/api/projects?sort=["code","ASC"]&range=[0,99]');
  const ended = projects.find((p) => p.plannedEndDate && p.plannedEndDate < todayIso() && p.phase !== 'scenario')!;
  expect(ended).toBeDefined();
  const run = await demo.api(`/api/projects/${ended.id}/quarters`);
  expect(run.firstOpen <= quarterOfDate(ended.plannedEndDate)).toBe(true);
  expect(run.firstOpen).not.toBe(quarterOfDate(todayIso()));

  const page = await demo.open('focus_team');
  await page.goto(`${demo.h.baseUrl}/#/projects/${ended.id}/quarters`);
  await page.getByRole('heading', { level: 1, name: new RegExp(`Kwartaal ${run.firstOpen}`) }).waitFor();
  expect(page.url()).toContain(`/projects/${ended.id}/quarters/${run.firstOpen}`);
  const cell = run.quarters.find((c: Body) => c.period === run.firstOpen);
  await expect(page.getByTestId('quarter-state').getAttribute('data-state')).resolves.toBe(cell.state);
  await screenshot(page, 'quarter-entry-first-open');

  // "Kwartaal invullen" on the project page goes the same way; Back returns to the project, not to a redirect.
  await page.goto(`${demo.h.baseUrl}/#/projects/${ended.id}/show`);
  await page.getByRole('link', { name: 'Kwartaal invullen' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`Kwartaal ${run.firstOpen}`) }).waitFor();
  expect(page.url()).toContain(`/projects/${ended.id}/quarters/${run.firstOpen}`);
  await page.goBack();
  await page.waitForURL(new RegExp(`/projects/${ended.id}/show`));
});
