import type { Page } from 'playwright-core';
import {
  accessibilityViolations, AUTH_STORAGE_KEY, DEMO_ACCOUNTS, DEMO_PASSWORD, screenshot, startHarness, type BrowserHarness, type Role,
} from './support';

let h: BrowserHarness;
let page: Page;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
afterEach(async () => {
  await page?.close();
  // A refused sign-in (401, 429) or action (403) is an answer the page shows; nothing else may go wrong.
  expect(h.problems().filter((p) => !/status of (401|403|429)\b/.test(p))).toEqual([]);
});

const api = async (path: string) => (await h.t.http.get(path)).body;
const projectByCode = async (code: string) => (await api(`/api/projects?filter=${encodeURIComponent(JSON.stringify({ code }))}`))[0];
const menuItem = (p: Page, name: string) => p.getByRole('menuitem', { name, exact: true });
const emailInput = (p: Page) => p.getByRole('textbox', { name: 'E-mail' });
const passwordInput = (p: Page) => p.locator('input[name="password"]');

async function signedInAs(role: Role | null): Promise<Page> {
  page = await h.newPage(undefined, { as: role });
  return page;
}

/** Waits until the menu is drawn (react-admin asks canAccess for every entry) and the data has arrived. */
async function home(p: Page) {
  await p.goto(`${h.baseUrl}/#/`);
  // Every role's home carries the same name; its cards differ per role.
  await p.getByRole('heading', { name: 'Overzicht', level: 1 }).waitFor();
  await menuItem(p, 'Projecten').waitFor();
  await p.waitForLoadState('networkidle');
}

async function openProject(p: Page, code: string, tab?: string) {
  const project = await projectByCode(code);
  await p.goto(`${h.baseUrl}/#/projects/${project.id}/show`);
  await p.getByText(project.title).first().waitFor();
  if (tab) await p.getByRole('tab', { name: tab }).click();
  await p.waitForLoadState('networkidle');
  return project;
}

describe('the sign-in page', () => {
  it('is where the dashboard starts without a sign-in, says what went wrong, and signs in', async () => {
    await signedInAs(null);
    await page.goto(`${h.baseUrl}/`);
    await page.waitForURL(/#\/login/);
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await screenshot(page, 'login');
    expect(await accessibilityViolations(page)).toEqual([]);

    await emailInput(page).fill(DEMO_ACCOUNTS.admin);
    await passwordInput(page).fill('not-the-password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Het e-mailadres of het wachtwoord klopt niet.' }).waitFor();
    await screenshot(page, 'login-refused');
    await expect(page.getByRole('button', { name: 'Inloggen' }).isEnabled()).resolves.toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), AUTH_STORAGE_KEY)).toBeNull();

    await passwordInput(page).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Projecten per fase' }).waitFor();
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), AUTH_STORAGE_KEY))!);
    expect(stored.user).toMatchObject({ email: DEMO_ACCOUNTS.admin, role: 'admin' });
    expect(typeof stored.token).toBe('string');
    await page.getByText('Beheerder Demo').first().waitFor();
  });

  it('says so after too many failed attempts', async () => {
    const address = 'niemand@meedoenwerkt.example';
    for (let i = 0; i < 5; i++) {
      expect((await h.t.http.post('/api/auth/login').send({ email: address, password: 'wrong-password' })).status).toBe(401);
    }
    await signedInAs(null);
    await page.goto(`${h.baseUrl}/#/login`);
    await emailInput(page).fill(address);
    await passwordInput(page).fill('wrong-password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Te veel pogingen met dit e-mailadres' }).waitFor();
  });

  it('speaks English on request', async () => {
    await signedInAs(null);
    await page.goto(`${h.baseUrl}/#/login`);
    await page.getByRole('button', { name: /nederlands/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await emailInput(page).waitFor();
    await page.getByLabel('Password').first().waitFor();
    await page.getByRole('button', { name: /english/i }).click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
  });

  it('signs out back to the sign-in page, and stays signed out: the session ends on the server too', async () => {
    await signedInAs('focus_team');
    await home(page);
    const { token } = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), AUTH_STORAGE_KEY))!);
    await page.getByRole('button', { name: 'Profiel' }).click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), AUTH_STORAGE_KEY)).toBeNull();
    // A copy of the token is worth nothing now.
    expect((await h.t.anonymous.get('/api/auth/me').set('Authorization', `Bearer ${token}`)).status).toBe(401);
    await page.reload();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await page.goto(`${h.baseUrl}/#/projects`);
    await page.waitForURL(/#\/login/);
  });

  it('changes your own password, and still lets the owner in on this browser after strangers spent the address\'s attempts', async () => {
    const address = 'wachtwoord-wijzigen@meedoenwerkt.example';
    const first = 'een-eerste-lang-wachtwoord';
    const second = 'een-tweede-lang-wachtwoord';
    await h.t.http.post('/api/users').send({ email: address, name: 'Wijzig Zelf', role: 'focus_team', password: first, active: true }).expect(201);
    await signedInAs(null);
    await page.goto(`${h.baseUrl}/#/login`);
    await emailInput(page).fill(address);
    await passwordInput(page).fill(first);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Projecten per fase' }).waitFor();

    await page.getByRole('button', { name: /Profiel/ }).click();
    await page.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByRole('heading', { name: 'Wachtwoord wijzigen', level: 1 }).waitFor();
    await page.locator('input[name="currentPassword"]').fill('niet-het-wachtwoord');
    await page.locator('input[name="newPassword"]').fill(second);
    await page.locator('input[name="repeat"]').fill(second);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Het huidige wachtwoord klopt niet.').waitFor();
    // The refusal (400) is an answer the page shows in words, and the only problem so far.
    expect(h.problems()).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.locator('input[name="currentPassword"]').fill(first);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Uw wachtwoord is gewijzigd').waitFor();
    await screenshot(page, 'password-changed');
    expect((await h.t.anonymous.post('/api/auth/login').send({ email: address, password: first })).status).toBe(401);

    // Strangers spend the address's attempts; this browser signed in before, so its owner still gets in.
    for (let i = 0; i < 6; i++) await h.t.anonymous.post('/api/auth/login').send({ email: address, password: `vreemd-${i}-wachtwoord` });
    expect((await h.t.anonymous.post('/api/auth/login').send({ email: address, password: second })).status).toBe(429);
    await page.getByRole('button', { name: /Profiel/ }).click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await emailInput(page).fill(address);
    await passwordInput(page).fill(second);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Projecten per fase' }).waitFor();
  });

  it('signs out when the API no longer accepts the token', async () => {
    await signedInAs(null);
    await page.addInitScript((key) => {
      try {
        if (!sessionStorage.getItem('test:seeded')) {
          sessionStorage.setItem('test:seeded', '1');
          localStorage.setItem(key, JSON.stringify({
            token: 'not-a-valid-token', user: { id: 1, email: 'x@example.test', name: 'X', role: 'admin', personId: null, projectIds: [] },
          }));
        }
      } catch { /* about:blank */ }
    }, AUTH_STORAGE_KEY);
    await page.goto(`${h.baseUrl}/#/labs`);
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), AUTH_STORAGE_KEY)).toBeNull();
  });
});

describe('an administrator', () => {
  it('sees the users and the audit log in the menu, and the gate buttons', async () => {
    await signedInAs('admin');
    await home(page);
    await menuItem(page, 'Gebruikers').waitFor();
    await menuItem(page, 'Logboek').waitFor();
    await openProject(page, 'MW-03', 'Fasebesluiten');
    await page.getByRole('button', { name: /^Besluit:/ }).first().waitFor();
  });

  it('creates a user with a password, changes the role, links a person, resets the password and deactivates', async () => {
    await signedInAs('admin');
    await page.goto(`${h.baseUrl}/#/users/create`);
    await page.getByLabel('Naam').fill('Sanne Testgebruiker');
    await page.getByLabel('E-mailadres (aanmelden)').fill('sanne@meedoenwerkt.example');
    await passwordInput(page).fill('kort');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Te kort: gebruik minstens 10 tekens.').first().waitFor();
    await passwordInput(page).fill('een-goed-wachtwoord');
    await screenshot(page, 'user-create');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/#\/users\/\d+\/show/);
    const id = Number(/users\/(\d+)\/show/.exec(page.url())![1]);
    const created = await api(`/api/users/${id}`);
    expect(created).toMatchObject({ name: 'Sanne Testgebruiker', role: 'project_member', active: true });
    expect(created).not.toHaveProperty('password');
    expect(created).not.toHaveProperty('passwordHash');
    expect((await h.t.http.post('/api/auth/login').send({ email: 'sanne@meedoenwerkt.example', password: 'een-goed-wachtwoord' })).status).toBe(200);

    // Edit: another role, a linked person and a new password.
    const [person] = await api('/api/people?sort=["name","ASC"]&range=[0,0]');
    await page.goto(`${h.baseUrl}/#/users/${id}`);
    await page.getByLabel('Rol').click();
    await page.getByRole('option', { name: 'Focusteam' }).click();
    await page.getByLabel('Gekoppelde persoon').fill(person.name);
    await page.getByRole('option', { name: person.name }).first().click();
    await passwordInput(page).fill('nog-een-beter-wachtwoord');
    await screenshot(page, 'user-edit');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/#\/users\/\d+\/show/);
    await page.getByText('Focusteam').first().waitFor();
    expect(await api(`/api/users/${id}`)).toMatchObject({ role: 'focus_team', personId: person.id });
    expect((await h.t.http.post('/api/auth/login').send({ email: 'sanne@meedoenwerkt.example', password: 'een-goed-wachtwoord' })).status).toBe(401);
    expect((await h.t.http.post('/api/auth/login').send({ email: 'sanne@meedoenwerkt.example', password: 'nog-een-beter-wachtwoord' })).status).toBe(200);

    // Editing without a new password keeps the password.
    await page.goto(`${h.baseUrl}/#/users/${id}`);
    await page.getByLabel('Naam').fill('Sanne de Testgebruiker');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/#\/users\/\d+\/show/);
    expect((await h.t.http.post('/api/auth/login').send({ email: 'sanne@meedoenwerkt.example', password: 'nog-een-beter-wachtwoord' })).status).toBe(200);

    // Deactivate: she can no longer sign in.
    await page.getByRole('button', { name: 'Uitschakelen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Uitschakelen' }).click();
    await page.getByText('Sanne de Testgebruiker is uitgeschakeld').waitFor();
    expect((await api(`/api/users/${id}`)).active).toBe(false);
    expect((await h.t.http.post('/api/auth/login').send({ email: 'sanne@meedoenwerkt.example', password: 'nog-een-beter-wachtwoord' })).status).toBe(401);
    await page.getByRole('button', { name: 'Weer inschakelen' }).waitFor();
    await screenshot(page, 'user-deactivated');
  });
});

describe('the focus team', () => {
  it('does not see the users, but sees the audit log and decides gates', async () => {
    await signedInAs('focus_team');
    await home(page);
    await menuItem(page, 'Logboek').waitFor();
    await expect(menuItem(page, 'Gebruikers').count()).resolves.toBe(0);
    await openProject(page, 'MW-01');
    await page.getByRole('link', { name: 'Bewerken' }).waitFor();
    await page.getByRole('tab', { name: 'Fasebesluiten' }).click();
    await page.getByRole('button', { name: /^Besluit:/ }).first().waitFor();
    await screenshot(page, 'focus-team-gate');
  });
});

describe('a project member', () => {
  it('sees neither users nor the audit log, may edit their own project only, and decides no gates', async () => {
    const { user } = await h.session('project_member');
    const own = await projectByCode('MW-03');
    const other = await projectByCode('MW-01');
    expect(user.projectIds).toContain(own.id);
    expect(user.projectIds).not.toContain(other.id);

    await signedInAs('project_member');
    await home(page);
    await page.getByText('Joost de Vries').first().waitFor();
    await expect(menuItem(page, 'Gebruikers').count()).resolves.toBe(0);
    await expect(menuItem(page, 'Logboek').count()).resolves.toBe(0);
    await screenshot(page, 'project-member-home');

    await openProject(page, 'MW-03');
    await page.getByRole('link', { name: 'Bewerken' }).waitFor();
    await page.getByRole('tab', { name: 'Fasebesluiten' }).click();
    await page.getByText('Alleen het focusteam en beheerders nemen fasebesluiten.').waitFor();
    await expect(page.getByRole('button', { name: /^Besluit:/ }).count()).resolves.toBe(0);

    await page.getByRole('tab', { name: 'Mijlpalen' }).click();
    await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).waitFor();
    await page.getByRole('tab', { name: 'Indicatoren' }).click();
    await page.getByRole('button', { name: 'Meting invoeren' }).first().waitFor();

    await openProject(page, 'MW-01');
    await expect(page.getByRole('link', { name: 'Bewerken' }).count()).resolves.toBe(0);
    // No add or edit buttons they could not use, and no history (the audit trail is not theirs to read).
    await page.getByRole('tab', { name: 'Mijlpalen' }).click();
    await page.locator('table tbody tr').first().waitFor();
    await expect(page.getByRole('button', { name: 'Mijlpaal toevoegen' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Bewerken/ }).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'Team' }).click();
    await page.locator('table tbody tr').first().waitFor();
    await expect(page.getByRole('link', { name: 'Teamlid toevoegen' }).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'Indicatoren' }).click();
    await page.locator('.recharts-surface').first().waitFor();
    await expect(page.getByRole('button', { name: 'Meting invoeren' }).count()).resolves.toBe(0);
    await expect(page.getByRole('tab', { name: 'Geschiedenis' }).count()).resolves.toBe(0);
    await screenshot(page, 'project-member-other-project');

    // Their own project they can change.
    await page.goto(`${h.baseUrl}/#/projects/${own.id}`);
    await page.getByLabel('Samenvatting').fill(`${own.summary ?? ''} Bijgewerkt door het team.`.trim());
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(new RegExp(`#/projects/${own.id}/show`));
    expect((await api(`/api/projects/${own.id}`)).summary).toMatch(/Bijgewerkt door het team\.$/);
  });

  it('is told in words when the API refuses', async () => {
    await signedInAs('project_member');
    const { user } = await h.session('project_member');
    const own = await projectByCode('MW-03');
    // The form opens while they are on the team; taken off it in the meantime, their save is refused by the API.
    await page.goto(`${h.baseUrl}/#/projects/${own.id}`);
    await page.getByLabel('Samenvatting').waitFor();
    const filter = encodeURIComponent(JSON.stringify({ projectId: own.id, personId: user.personId }));
    const [membership] = await api(`/api/memberships?filter=${filter}`);
    expect((await h.t.http.delete(`/api/memberships/${membership.id}`)).status).toBe(200);
    try {
      await page.getByLabel('Samenvatting').fill('Niet meer mijn project.');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByText('Dit mag u met uw rol niet doen.').first().waitFor();
      expect((await api(`/api/projects/${own.id}`)).summary).not.toBe('Niet meer mijn project.');
    } finally {
      const { projectId, personId, role } = membership;
      expect((await h.t.http.post('/api/memberships').send({ projectId, personId, role })).status).toBe(201);
    }
  });
});

describe('the history of a record', () => {
  it('says in words who changed what, from what to what', async () => {
    const focus = await h.session('focus_team');
    const [milestone] = await api('/api/milestones?filter={"status":"planned"}&sort=["id","ASC"]&range=[0,0]');
    const res = await h.t.http.put(`/api/milestones/${milestone.id}`)
      .set('Authorization', `Bearer ${focus.token}`)
      .send({ ...milestone, dueDate: '2027-04-15' });
    expect(res.status).toBe(200);

    await signedInAs('admin');
    await page.goto(`${h.baseUrl}/#/milestones/${milestone.id}/show`);
    const change = page.getByRole('row').filter({ hasText: 'Fatima El Amrani' }).first();
    await change.waitFor();
    const text = await change.innerText();
    expect(text).toContain('Uiterste datum');
    expect(text).toContain('15 apr 2027');
    expect(text).toContain(new Date(`${milestone.dueDate}T00:00:00`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric' }));
    await screenshot(page, 'record-history');
  });
});
