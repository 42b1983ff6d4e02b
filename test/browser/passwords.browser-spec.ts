import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot, startHarness, type BrowserHarness } from './support';

// The password fields of the user forms: a strength meter and, while the rule refuses it, why — in Dutch.
let h: BrowserHarness;
let page: Page;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
afterEach(async () => {
  await page?.close();
  expect(h.problems()).toEqual([]);
});

const passwordInput = (p: Page) => p.locator('input[name="password"]');
const meter = (p: Page) => p.getByTestId('password-strength');
const fetched = (p: Page) => {
  const urls: string[] = [];
  p.on('request', (r) => urls.push(r.url()));
  return () => urls.filter((u) => /\/assets\/zxcvbn-/.test(u));
};

describe('the password of a new user', () => {
  it('shows how strong it is and why a weak one is refused, and saves a strong one', async () => {
    page = await h.newPage();
    const zxcvbnChunks = fetched(page);
    await page.goto(`${h.baseUrl}/#/`);
    await page.getByRole('heading', { name: 'Projecten per fase' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The word lists come with the first password field, not with the home page.
    expect(zxcvbnChunks()).toEqual([]);

    await page.goto(`${h.baseUrl}/#/users/create`);
    await page.getByLabel('Naam').fill('Joost Verhoeven');
    await page.getByLabel('E-mailadres (aanmelden)').fill('joost.verhoeven@buurtwerk.example');

    await passwordInput(page).fill('meedoenwerkt');
    await meter(page).getByText('Sterkte van het wachtwoord: zeer zwak').waitFor();
    await page.getByText('Gebouwd op de naam van het product of de stad').waitFor();
    expect(zxcvbnChunks().length).toBeGreaterThan(0);

    await passwordInput(page).fill('qwertyuiop');
    await meter(page).getByText('Sterkte van het wachtwoord: zeer zwak').waitFor();
    await page.getByText('Een van de meest gebruikte wachtwoorden').waitFor();

    await passwordInput(page).fill('Joost-Verhoeven!');
    await page.getByText('Gebouwd op de naam van de gebruiker').waitFor();
    await meter(page).getByRole('progressbar', { name: 'Sterkte van het wachtwoord' }).waitFor();
    expect(await meter(page).getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(/^(zeer zwak|zwak)$/);
    await screenshot(page, 'password-weak');

    // Saving a refused password is stopped in the form, with the same reason at the field.
    const before = (await h.t.http.get('/api/users')).body.length;
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Gebouwd op de naam van de gebruiker').waitFor();
    expect(page.url()).toMatch(/#\/users\/create/);
    expect((await h.t.http.get('/api/users')).body.length).toBe(before);

    await passwordInput(page).fill('zeven blauwe olifanten dansen');
    await meter(page).getByText('Sterkte van het wachtwoord: sterk').waitFor();
    await expect(page.getByText('Gebouwd op de naam').count()).resolves.toBe(0);
    await screenshot(page, 'password-strong');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/#\/users\/\d+\/show/);
    expect((await h.t.http.post('/api/auth/login').send({ email: 'joost.verhoeven@buurtwerk.example', password: 'zeven blauwe olifanten dansen' })).status).toBe(200);
  });
});

describe('resetting a password', () => {
  it('judges the new password against the stored name and address, in English too', async () => {
    page = await h.newPage();
    const [user] = (await h.t.http.get(`/api/users?filter=${encodeURIComponent(JSON.stringify({ email: 'joost.verhoeven@buurtwerk.example' }))}`)).body;
    await page.goto(`${h.baseUrl}/#/users/${user.id}`);
    await page.getByLabel('Naam').waitFor();
    await passwordInput(page).fill('joost.verhoeven@buurtwerk.example');
    await page.getByText('Gebouwd op het e-mailadres van de gebruiker').waitFor();
    await meter(page).getByText(/^Sterkte van het wachtwoord: (zeer zwak|zwak)$/).waitFor();

    await page.getByRole('button', { name: /nederlands/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByLabel('New password').waitFor();
    await passwordInput(page).fill('Buurtwerk-Buurtwerk!');
    await page.getByText("Built on the user's own e-mail address").waitFor();
    await meter(page).getByText(/^Password strength: (very weak|weak)$/).waitFor();
    await passwordInput(page).fill('aaaaaaaaaa');
    await page.getByText('Easy to guess').waitFor();
    await screenshot(page, 'password-reset-en');
  });
});
