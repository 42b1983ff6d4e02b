import { readFile } from 'node:fs/promises';
import { accessibilityViolations, screenshot, type Role, useDemoHarness } from './support';

// A breakdown as a team meets it on the demo lab: the quarterly entry shows a grid per dimension that adds up
// as they type and says how far the parts are from the value; what they save carries the parts. The team's
// own screen shows its real figures; the measurements export, which goes beyond the team, writes "< 5".
const demo = useDemoHarness();

const token = async (as: Role) => `Bearer ${(await demo.h.session(as)).token}`;
const api = async (path: string, as: Role = 'admin') => (await demo.h.t.http.get(path).set('Authorization', await token(as))).body;
const filter = (f: object) => encodeURIComponent(JSON.stringify(f));

it('a team fills in a breakdown that adds up as it types; the export beyond the team hides the small count', async () => {
  const [project] = await api(`/api/projects?filter=${filter({ code: 'MW-03' })}`);
  const [stadsdeel] = await api(`/api/dimensions?filter=${filter({ labId: project.labId, key: 'stadsdeel' })}`);
  const created = await demo.h.t.http.post('/api/indicators').set('Authorization', await token('admin')).send({
    projectId: project.id, name: 'Deelnemers per stadsdeel', kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase',
    aggregation: 'sum', baselineValue: 0, targetValue: 40, dimensionIds: [stadsdeel.id],
  });
  expect(created.status).toBe(201);
  const indicator = created.body;
  const { firstOpen } = await api(`/api/projects/${project.id}/quarters`);

  const team = await demo.open('project_member');
  await team.goto(`${demo.h.baseUrl}/#/projects/${project.id}/quarters/${firstOpen}`);
  const row = team.getByTestId(`quarter-indicator-${indicator.id}`);
  await row.waitFor();
  const grid = row.getByTestId(`parts-${indicator.id}-stadsdeel`);
  await grid.getByText('Niet ingevuld.').waitFor();
  await row.getByRole('textbox', { name: /^Waarde/ }).fill('4');
  const cell = (label: string) => grid.getByRole('textbox', { name: `Stadsdeel: ${label}`, exact: true });
  for (const v of stadsdeel.values) await cell(v.label).fill('0');
  await cell('Noord').fill('3');
  await grid.getByText('Samen 3: 1 minder dan de waarde.').waitFor();
  await screenshot(team, 'quarter-entry-breakdown-short');
  // Saving with parts that do not add up is refused beside the grid, before anything is sent.
  await team.getByRole('button', { name: 'Opslaan als concept' }).click();
  await grid.getByText(/De delen moeten samen de waarde zijn/).waitFor();
  await cell('Centrum').fill('1');
  await grid.getByText('Samen 4: gelijk aan de waarde.').waitFor();
  expect(await accessibilityViolations(team)).toEqual([]);
  await team.getByRole('button', { name: 'Opslaan als concept' }).click();
  await team.getByText(`Kwartaal ${firstOpen} opgeslagen als concept.`).waitFor();
  const [saved] = await api(`/api/measurements?filter=${filter({ indicatorId: indicator.id })}`);
  expect(saved).toMatchObject({ value: 4, period: firstOpen });
  expect(saved.parts.stadsdeel).toMatchObject({ noord: 3, centrum: 1, zuid: 0 });
  // The team's own screen keeps its real figures after the reload.
  await team.reload();
  await expect(row.getByRole('textbox', { name: /^Waarde/ }).inputValue()).resolves.toBe('4');
  await expect(cell('Noord').inputValue()).resolves.toBe('3');

  // The focus team exports the measurements: the count of 4 is below the lab's threshold of 5.
  const focus = await demo.open('focus_team');
  await focus.goto(`${demo.h.baseUrl}/#/measurements?filter=${filter({ indicatorId: indicator.id })}`);
  await focus.locator('table tbody tr').first().waitFor();
  const [download] = await Promise.all([focus.waitForEvent('download'), focus.getByRole('button', { name: 'Exporteer' }).click()]);
  const csv = (await readFile((await download.path())!)).subarray(3).toString('utf8');
  const [header, line] = csv.trim().split('\n');
  const values = Object.fromEntries(header!.split(';').map((h, n) => [h, line!.split(';')[n]]));
  expect(values).toMatchObject({ Waarde: '< 5' });
  expect(line).toContain(firstOpen);
});
