import { createTestApp, type TestApp } from '../support/test-app';

// An administrator sets a password on create and resets it with PUT /api/users/{id}: a weak one is
// refused with a 400 naming `password` and why, and nothing changes.
let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

const EMAIL = 'femke.jansen@buurtwerk.example';
const NAME = 'Femke Jansen';
const STRONG = 'zeven blauwe olifanten dansen';

/** Each weak password, with the start of the reason the API gives. */
const WEAK: [string, RegExp][] = [
  ['aaaaaaaaaa', /^is easy to guess/],
  ['1234567890', /^is one of the most common passwords/],
  ['password12', /^is one of the most common passwords/],
  ['qwertyuiop', /^is one of the most common passwords/],
  [EMAIL, /^is built on the user's own e-mail address/],
  ['meedoenwerkt', /^is built on the name of the product/],
  ['Femke-Jansen-2026', /^is built on the user's own name/],
  ['Amsterdam2024!', /^is built on the name of the product/],
];

function expectPasswordRefused(res: { status: number; body: { errors?: Record<string, string>; message?: string } }, reason: RegExp) {
  expect({ status: res.status, password: res.body.errors?.password }).toEqual({ status: 400, password: expect.stringMatching(reason) });
  expect(Object.keys(res.body.errors ?? {})).toEqual(['password']);
  expect(res.body.message).toMatch(/password/);
}

const userCount = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM users'))[0].n);
const storedHash = async (id: number) => (await t.dataSource.query('SELECT password_hash AS hash FROM users WHERE id = $1', [id]))[0].hash as string;

describe('creating a user', () => {
  it.each(WEAK)('refuses %s and creates nobody', async (password, reason) => {
    const before = await userCount();
    const res = await t.http.post('/api/users').send({ email: EMAIL, name: NAME, role: 'focus_team', password });
    expectPasswordRefused(res, reason);
    expect(await userCount()).toBe(before);
  });

  it('compares the address in any case', async () => {
    const res = await t.http.post('/api/users').send({ email: 'Femke.Jansen@Buurtwerk.example', name: NAME, role: 'focus_team', password: 'FEMKE.JANSEN@buurtwerk.EXAMPLE' });
    expectPasswordRefused(res, /^is built on the user's own e-mail address/);
  });

  it('accepts a strong password, which then signs in', async () => {
    const res = await t.http.post('/api/users').send({ email: EMAIL, name: NAME, role: 'focus_team', password: STRONG });
    expect(res.status).toBe(201);
    expect(res.body).not.toHaveProperty('password');
    await t.as(EMAIL, STRONG);
  });
});

describe('resetting a password', () => {
  let user: { id: number; version: number };
  beforeAll(async () => {
    user = (await t.http.get(`/api/users?filter=${encodeURIComponent(JSON.stringify({ email: EMAIL }))}`)).body[0];
  });

  // Sign-ins with the refused passwords are not tried: five failures for an address would throttle it.
  it.each(WEAK)('refuses %s and changes nothing: the old password still signs in', async (password, reason) => {
    const hash = await storedHash(user.id);
    const res = await t.http.put(`/api/users/${user.id}`).send({ version: user.version, password });
    expectPasswordRefused(res, reason);
    expect((await t.http.get(`/api/users/${user.id}`)).body.version).toBe(user.version);
    expect(await storedHash(user.id)).toBe(hash);
    await t.as(EMAIL, STRONG);
  });

  it("judges against the stored name and address when they are not sent, and against new ones when they are", async () => {
    const stored = await t.http.put(`/api/users/${user.id}`).send({ version: user.version, password: 'femke jansen!' });
    expectPasswordRefused(stored, /^is built on the user's own name/);
    const renamed = await t.http.put(`/api/users/${user.id}`).send({ version: user.version, name: 'Femke Bakker', password: 'Bakker.Bakker' });
    expectPasswordRefused(renamed, /^is built on the user's own name/);
    const readdressed = await t.http.put(`/api/users/${user.id}`).send({ version: user.version, email: 'fb@wijkteam.example', password: 'wijkteam2026' });
    expectPasswordRefused(readdressed, /^is built on the user's own e-mail address/);
    expect((await t.http.get(`/api/users/${user.id}`)).body).toMatchObject({ version: user.version, name: NAME, email: EMAIL });
  });

  it('accepts a strong one: the new password signs in, the old one no longer', async () => {
    const res = await t.http.put(`/api/users/${user.id}`).send({ version: user.version, password: 'de kat slaapt op de warme vensterbank' });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(user.version + 1);
    await t.as(EMAIL, 'de kat slaapt op de warme vensterbank');
    await expect(t.as(EMAIL, STRONG)).rejects.toThrow(/401/);
  });

  it('leaves the password alone when none is sent', async () => {
    const { body: current } = await t.http.get(`/api/users/${user.id}`);
    const res = await t.http.put(`/api/users/${user.id}`).send({ version: current.version, name: 'Femke Jansen-de Boer' });
    expect(res.status).toBe(200);
    await t.as(EMAIL, 'de kat slaapt op de warme vensterbank');
  });
});
