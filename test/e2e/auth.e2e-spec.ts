import { JwtService } from '@nestjs/jwt';
import { createTestApp, TEST_ADMIN, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ demoData: true }); });
afterAll(async () => { await t?.close(); });

const DEMO = 'meedoen-werkt-demo';
const PROTECTED = [
  ['get', '/api/projects'], ['get', '/api/projects/1'], ['post', '/api/projects'], ['put', '/api/projects/1'], ['delete', '/api/projects/1'],
  ['post', '/api/projects/1/transition'], ['get', '/api/dashboard'], ['get', '/api/auth/me'], ['get', '/api/audit-events'],
  ['get', '/api/users'], ['post', '/api/target-revisions'], ['get', '/api/milestones'], ['put', '/api/measurements/1'],
  ['get', '/api/calendar-feeds/mine'], ['post', '/api/calendar-feeds/mine'], ['delete', '/api/calendar-feeds/mine'],
] as const;

describe('sign-in', () => {
  it('answers a token and the user, with the projects of their team', async () => {
    const res = await t.anonymous.post('/api/auth/login').send({ email: 'projectlid@meedoenwerkt.example', password: DEMO });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: 'projectlid@meedoenwerkt.example', role: 'project_member' });
    expect(res.body.user.passwordHash).toBeUndefined();
    const [mw03] = (await t.http.get('/api/projects?filter={"code":"MW-03"}')).body;
    expect(res.body.user.projectIds).toContain(mw03.id);
    const me = await t.anonymous.get('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`);
    expect(me.status).toBe(200);
    expect(me.body).toEqual(res.body.user);
  });

  it('accepts the address in any case', async () => {
    const res = await t.anonymous.post('/api/auth/login').send({ email: 'FocusTeam@MeedoenWerkt.example', password: DEMO });
    expect(res.status).toBe(200);
  });

  it('refuses a wrong password and an unknown address alike, and records the attempt', async () => {
    const wrong = await t.anonymous.post('/api/auth/login').send({ email: 'focusteam@meedoenwerkt.example', password: 'not the password' });
    const unknown = await t.anonymous.post('/api/auth/login').send({ email: 'nobody@example.org', password: 'whatever-it-is' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.message).toBe(unknown.body.message);
    const failed = (await t.http.get('/api/audit-events?filter={"action":"login_failed"}')).body;
    expect(failed.map((e: { changes: { email: { after: string } } }) => e.changes.email.after)).toEqual(
      expect.arrayContaining(['focusteam@meedoenwerkt.example', 'nobody@example.org']),
    );
  });

  it('refuses a deactivated account', async () => {
    const [user] = (await t.http.get('/api/users?filter={"email":"projectlid@meedoenwerkt.example"}')).body;
    const before = await t.as('projectlid@meedoenwerkt.example', DEMO);
    expect((await before.get('/api/projects')).status).toBe(200); // the account is now kept in memory
    await t.http.put(`/api/users/${user.id}`).send({ ...user, active: false }).expect(200);
    expect((await t.anonymous.post('/api/auth/login').send({ email: user.email, password: DEMO })).status).toBe(401);
    // A token issued before the deactivation stops working at once.
    expect((await before.get('/api/projects')).status).toBe(401);
    const current = (await t.http.get(`/api/users/${user.id}`)).body;
    await t.http.put(`/api/users/${user.id}`).send({ ...current, active: true }).expect(200);
  });

  it('takes a change made outside this API (another instance, psql) within moments, on the commit\'s notice', async () => {
    const [user] = (await t.http.get('/api/users?filter={"email":"focusteam@meedoenwerkt.example"}')).body;
    let session = await t.as(user.email, DEMO);
    // Saving an account unchanged: the focus team may not manage accounts, an administrator may.
    const save = async () => session.put(`/api/users/${user.id}`).send((await t.http.get(`/api/users/${user.id}`)).body);
    const waitFor = async (status: number) => {
      for (let i = 0; i < 100; i++) {
        if ((await save()).status === status) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`never answered ${status}`);
    };
    expect((await save()).status).toBe(403);
    // A changed role ends the user's sessions; signed in again, the new role holds.
    await t.dataSource.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [user.id]);
    await waitFor(401);
    session = await t.as(user.email, DEMO);
    expect((await save()).status).toBe(200);
    await t.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    await waitFor(401);
    await t.dataSource.query(`UPDATE users SET active = true, role = 'focus_team' WHERE id = $1`, [user.id]);
    session = await t.as(user.email, DEMO);
    expect((await save()).status).toBe(403);
  });

  it('throttles repeated failed sign-ins for an address, even with the right password afterwards', async () => {
    const email = 'admin@meedoenwerkt.example';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await t.anonymous.post('/api/auth/login').send({ email, password: `wrong-${i}-password` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await t.anonymous.post('/api/auth/login').send({ email, password: DEMO });
    expect(right.status).toBe(429);
    expect(right.body.message).toMatch(/try again in 15 minutes/);
    // Another address is not affected.
    expect((await t.anonymous.post('/api/auth/login').send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password })).status).toBe(200);
  });

  it.each([
    [{ email: 'not-an-address', password: 'x' }, 'email'],
    [{ email: 'a@example.org' }, 'password'],
    [{ email: 'a@example.org', password: 'x', remember: true }, 'remember'],
  ])('a malformed sign-in %j is a 400 naming %s', async (body, field) => {
    const res = await t.anonymous.post('/api/auth/login').send(body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toContain(field);
  });
});

describe('every route but sign-in, health and docs needs a valid token', () => {
  it.each(PROTECTED)('%s %s without a token → 401', async (method, url) => {
    const res = await t.anonymous[method](url).send({});
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/sign in/i);
  });

  it.each(PROTECTED)('%s %s with an expired token → 401', async (method, url) => {
    const expired = await new JwtService({ secret: t.settings.jwtSecret }).signAsync({ sub: t.userId, role: 'admin' }, { expiresIn: -10 });
    expect((await t.anonymous[method](url).set('Authorization', `Bearer ${expired}`).send({})).status).toBe(401);
  });

  it.each(PROTECTED)('%s %s with a tampered or foreign token → 401', async (method, url) => {
    const [head, payload, signature] = t.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = [head, Buffer.from(JSON.stringify({ ...claims, sub: claims.sub + 1 })).toString('base64url'), signature].join('.');
    const foreign = await new JwtService({ secret: 'another secret that is long enough to sign' }).signAsync({ sub: t.userId, role: 'admin' });
    expect((await t.anonymous[method](url).set('Authorization', `Bearer ${tampered}`).send({})).status).toBe(401);
    expect((await t.anonymous[method](url).set('Authorization', `Bearer ${foreign}`).send({})).status).toBe(401);
    expect((await t.anonymous[method](url).set('Authorization', t.token).send({})).status).toBe(401);
  });

  it('lets health and sign-in through without one', async () => {
    expect((await t.anonymous.get('/api/health')).status).toBe(200);
    expect((await t.anonymous.post('/api/auth/login').send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password })).status).toBe(200);
  });
});

describe('users and passwords', () => {
  it('sets a password on create and resets it on update; never returns it', async () => {
    const created = await t.http.post('/api/users').send({ email: 'Nieuw@Example.org', name: 'Nieuw', role: 'focus_team', password: 'first-password-1' });
    expect(created.status).toBe(201);
    expect(created.body.email).toBe('nieuw@example.org');
    expect(created.body).not.toHaveProperty('password');
    expect(created.body).not.toHaveProperty('passwordHash');
    await t.as('nieuw@example.org', 'first-password-1');
    const reset = await t.http.put(`/api/users/${created.body.id}`).send({ version: created.body.version, password: 'second-password-2' });
    expect(reset.status).toBe(200);
    await expect(t.as('nieuw@example.org', 'first-password-1')).rejects.toThrow(/401/);
    await t.as('nieuw@example.org', 'second-password-2');
    const [hashRow] = await t.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [created.body.id]);
    expect(hashRow.password_hash).toMatch(/^\$argon2id\$/);
    const audit = (await t.http.get(`/api/audit-events?filter={"resource":"users","recordId":${created.body.id}}`)).body;
    expect(JSON.stringify(audit)).not.toMatch(/password/i);
  });

  it('refuses a short password', async () => {
    const res = await t.http.post('/api/users').send({ email: 'kort@example.org', name: 'Kort', role: 'focus_team', password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.errors.password).toMatch(/10 characters/);
  });
});

describe('nothing personal is kept by a browser or proxy', () => {
  it('answers every API route with Cache-Control: no-store, the sign-in and refusals included', async () => {
    const login = await t.anonymous.post('/api/auth/login').send({ email: 'focusteam@meedoenwerkt.example', password: DEMO });
    expect(login.status).toBe(200);
    const answers = [
      login,
      await t.anonymous.post('/api/auth/login').send({ email: 'focusteam@meedoenwerkt.example', password: 'not the password' }),
      await t.anonymous.get('/api/users'),
      ...(await Promise.all(['/api/users', '/api/people', '/api/auth/me', '/api/audit-events', '/api/projects/999999', '/api/health']
        .map((path) => t.http.get(path)))),
    ];
    const directives = (res: { headers: Record<string, string> }) => String(res.headers['cache-control'] ?? '').split(/,\s*/);
    for (const res of answers) expect([res.req.path, directives(res)]).toEqual([res.req.path, expect.arrayContaining(['no-store'])]);
  });
});

describe('an address shows nothing in the time a refusal takes', () => {
  it('checks an unknown address against a password hash too: its refusals take about as long as a known one\'s', async () => {
    await t.http.post('/api/users').send({ email: 'timing@auth.example', name: 'Timing', role: 'focus_team', password: 'a-long-password', active: true }).expect(201);
    const attempt = async (email: string) => {
      const started = process.hrtime.bigint();
      const res = await t.anonymous.post('/api/auth/login').send({ email, password: 'not the password' });
      expect(res.status).toBe(401);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await attempt('warm-up@nobody.example');
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    for (let n = 0; n < 4; n++) {
      known.push(await attempt('timing@auth.example'));
      unknown.push(await attempt(`nobody-${n}@nobody.example`));
    }
    // Before, an unknown address answered in a twentieth of the time (no hash was checked).
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });
});
