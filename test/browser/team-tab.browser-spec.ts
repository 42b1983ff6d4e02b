// The project's team tab: a role changed where it is shown (saved, with an undo), and a person picker that
// offers only who is not on the team yet.
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

type Row = { id: number; name: string; role: string; personId: number; version: number };
const api = async (path: string) => (await h.t.http.get(path)).body;
const q = (filter: Record<string, unknown>) => encodeURIComponent(JSON.stringify(filter));
const projectByCode = async (code: string) => (await api(`/api/projects?filter=${q({ code })}`))[0];
const team = async (projectId: number) => {
  const memberships = (await api(`/api/memberships?filter=${q({ projectId })}&sort=["id","ASC"]`)) as Row[];
  const people = (await api(`/api/people?filter=${q({ id: memberships.map((m) => m.personId) })}&range=[0,999]`)) as Row[];
  return memberships.map((m) => ({ ...m, name: people.find((p) => p.id === m.personId)!.name }));
};

async function openTeam(projectId: number) {
  await page.goto(`${h.baseUrl}/#/projects/${projectId}/show/team`);
  await page.getByRole('tab', { name: 'Team', selected: true }).waitFor();
  await page.locator('table tbody tr').first().waitFor();
}

it('changes a member\'s role in place: saved after the notification, and kept after a reload', async () => {
  const project = await projectByCode('MW-02');
  const [member] = (await team(project.id)).filter((m) => m.role !== 'researcher');
  await openTeam(project.id);

  const select = page.getByRole('combobox', { name: `Rol van ${member.name}` });
  await select.click();
  const saved = page.waitForResponse((r) => r.url().endsWith(`/api/memberships/${member.id}`) && r.request().method() === 'PUT', { timeout: 15_000 });
  // The team list is read again once the change is saved.
  const refetched = page.waitForResponse(
    (r) => r.url().includes('/api/memberships?') && r.request().method() === 'GET', { timeout: 15_000 },
  );
  await page.getByRole('option', { name: 'Onderzoeker' }).click();
  await page.getByText(`De rol van ${member.name} is nu onderzoeker.`).waitFor();
  await page.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
  await screenshot(page, 'team-role-changed');
  expect((await saved).status()).toBe(200);
  expect((await api(`/api/memberships/${member.id}`)).role).toBe('researcher');

  // The list refetches after the save: let it finish before the reload, which would otherwise abort it.
  await (await refetched).finished();
  await page.reload();
  await page.getByRole('combobox', { name: `Rol van ${member.name}` }).waitFor();
  await expect(page.getByRole('combobox', { name: `Rol van ${member.name}` }).innerText()).resolves.toBe('Onderzoeker');
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('undoes a role change from its notification: nothing is sent', async () => {
  const project = await projectByCode('MW-02');
  const [member] = (await team(project.id)).filter((m) => m.role !== 'expert_by_experience');
  await openTeam(project.id);
  const puts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'PUT' && r.url().includes('/api/memberships/')) puts.push(r.url()); });

  await page.getByRole('combobox', { name: `Rol van ${member.name}` }).click();
  await page.getByRole('option', { name: 'Ervaringsdeskundige' }).click();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await page.getByRole('button', { name: 'Ongedaan maken' }).waitFor({ state: 'detached' });
  await page.waitForTimeout(1000);
  expect(puts).toEqual([]);
  expect((await api(`/api/memberships/${member.id}`))).toMatchObject({ role: member.role, version: member.version });
});

it('offers only people who are not on the team yet when adding a member', async () => {
  const project = await projectByCode('MW-01');
  const members = await team(project.id);
  expect(members.length).toBeGreaterThan(0);
  const [outsider] = await api(`/api/people?filter=${q({ notMemberOf: project.id })}&sort=["name","ASC"]&range=[0,0]`);
  await openTeam(project.id);
  await page.getByRole('link', { name: 'Teamlid toevoegen' }).click();
  const person = page.getByRole('combobox', { name: 'Persoon' });
  await person.waitFor();

  // Opened without typing: the first page of names, without the members.
  await person.click();
  await page.getByRole('option').first().waitFor();
  const offered = await page.getByRole('option').allInnerTexts();
  expect(offered).toContain(outsider.name);
  for (const m of members) expect(offered).not.toContain(m.name);
  await screenshot(page, 'team-picker');

  // Searched by name: a member is not found, who is not on the team is.
  for (const m of members) {
    const answered = page.waitForResponse((r) => r.url().includes('/api/people') && decodeURIComponent(r.url()).includes(`"q":"${m.name}"`));
    await person.fill(m.name);
    const res = await answered;
    expect(decodeURIComponent(res.url())).toContain(`"notMemberOf":${project.id}`);
    expect(await res.json()).toEqual([]);
    await expect(page.getByRole('option', { name: m.name, exact: true }).count()).resolves.toBe(0);
  }
  await person.fill(outsider.name);
  await page.getByRole('option', { name: outsider.name, exact: true }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Element aangemaakt').or(page.getByText(/aangemaakt/)).first().waitFor();
  expect((await team(project.id)).map((m) => m.personId)).toContain(outsider.id);
});
