import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { createTestApp, signedIn, type TestApp } from '../support/test-app';

/**
 * Sessions the server can end (sign-out, password change and reset, role change, deactivation), tokens
 * that must name a live session and expire, and password checks that no burst or stranger can game.
 */
let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

const PASSWORD = 'een-lang-wachtwoord-voor-sessies';
let n = 0;
async function user(role = 'focus_team'): Promise<{ id: number; email: string }> {
  const email = `session-${++n}@sessions.example`;
  const res = await t.http.post('/api/users').send({ email, name: `Sessie ${n}`, role, password: PASSWORD, active: true }).expect(201);
  return { id: res.body.id, email };
}
const login = (body: Record<string, unknown>) => t.anonymous.post('/api/auth/login').send(body);
const me = (token: string) => signedIn(t.app.getHttpServer(), token).get('/api/auth/me');

describe('a session ends on the server', () => {
  it('signs out: the token signs nothing after POST /api/auth/logout, while another session of the same user goes on', async () => {
    const u = await user();
    const first = await t.as(u.email, PASSWORD);
    const second = await t.as(u.email, PASSWORD);
    expect((await me(first.token)).status).toBe(200);
    expect((await first.post('/api/auth/logout')).status).toBe(204);
    const after = await me(first.token);
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/ended/);
    expect((await me(second.token)).status).toBe(200);
    // Signing out twice changes nothing more.
    expect((await first.post('/api/auth/logout')).status).toBe(401);
  });

  it.each([
    ['a password reset by an administrator', (id: number) => t.http.get(`/api/users/${id}`).then((r) => t.http.put(`/api/users/${id}`).send({ ...r.body, password: 'een-heel-ander-wachtwoord' }))],
    ['a role change', (id: number) => t.http.get(`/api/users/${id}`).then((r) => t.http.put(`/api/users/${id}`).send({ ...r.body, role: 'admin' }))],
    ['a deactivation', (id: number) => t.http.get(`/api/users/${id}`).then((r) => t.http.put(`/api/users/${id}`).send({ ...r.body, active: false }))],
  ])('ends every session of the user on %s', async (_what, change) => {
    const u = await user();
    const sessions = [await t.as(u.email, PASSWORD), await t.as(u.email, PASSWORD)];
    expect((await change(u.id)).status).toBe(200);
    for (const s of sessions) expect((await me(s.token)).status).toBe(401);
    const [{ open }] = await t.dataSource.query('SELECT count(*)::int AS open FROM sessions WHERE user_id = $1 AND ended_at IS NULL', [u.id]);
    expect(open).toBe(0);
  });

  it('leaves the sessions of a name change alone', async () => {
    const u = await user();
    const s = await t.as(u.email, PASSWORD);
    const current = (await t.http.get(`/api/users/${u.id}`)).body;
    expect((await t.http.put(`/api/users/${u.id}`).send({ ...current, name: 'Nieuwe naam' })).status).toBe(200);
    expect((await me(s.token)).status).toBe(200);
  });
});

describe('changing your own password', () => {
  it('needs the current password, ends every session, and goes on under the new token', async () => {
    const u = await user('project_member');
    const other = await t.as(u.email, PASSWORD);
    const s = await t.as(u.email, PASSWORD);

    const wrong = await s.post('/api/auth/password').send({ currentPassword: 'niet-het-wachtwoord', newPassword: 'een-nieuw-lang-wachtwoord' });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.errors)).toEqual(['currentPassword']);
    const short = await s.post('/api/auth/password').send({ currentPassword: PASSWORD, newPassword: 'kort' });
    expect(short.status).toBe(400);
    expect(Object.keys(short.body.errors)).toContain('newPassword');
    const same = await s.post('/api/auth/password').send({ currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.status).toBe(400);
    expect(Object.keys(same.body.errors)).toEqual(['newPassword']);
    // Nothing changed so far.
    expect((await me(other.token)).status).toBe(200);

    const changed = await s.post('/api/auth/password').send({ currentPassword: PASSWORD, newPassword: 'een-nieuw-lang-wachtwoord' });
    expect(changed.status).toBe(200);
    expect(changed.body.user.id).toBe(u.id);
    expect((await me(s.token)).status).toBe(401);
    expect((await me(other.token)).status).toBe(401);
    expect((await me(changed.body.token)).status).toBe(200);
    expect((await login({ email: u.email, password: PASSWORD })).status).toBe(401);
    expect((await login({ email: u.email, password: 'een-nieuw-lang-wachtwoord' })).status).toBe(200);
  });

  it('counts the current password like a sign-in: a stolen token cannot guess it', async () => {
    const u = await user();
    const s = await t.as(u.email, PASSWORD);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await s.post('/api/auth/password').send({ currentPassword: `raden-${i}-raden`, newPassword: 'een-nieuw-lang-wachtwoord' })).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });
});

describe('a token signs only while it names a live session and expires', () => {
  const jwt = () => new JwtService({ secret: t.settings.jwtSecret });

  it.each([
    ['without exp', (sub: number, sid: string) => jwt().sign({ sub, sid, role: 'admin' })],
    ['without a session', (sub: number) => jwt().sign({ sub, role: 'admin' }, { expiresIn: 600 })],
    ['naming a session that does not exist', (sub: number) => jwt().sign({ sub, sid: randomUUID(), role: 'admin' }, { expiresIn: 600 })],
    ['naming another user\'s session', (_sub: number, sid: string) => jwt().sign({ sub: 999_999, sid, role: 'admin' }, { expiresIn: 600 })],
  ])('refuses a well-signed token %s', async (_what, make) => {
    const [{ sid }] = await t.dataSource.query(`SELECT id AS sid FROM sessions WHERE user_id = $1 AND ended_at IS NULL LIMIT 1`, [t.userId]);
    expect((await me(make(t.userId, sid))).status).toBe(401);
  });

  it('refuses a device token as a sign-in token', async () => {
    const u = await user();
    const res = await login({ email: u.email, password: PASSWORD }).expect(200);
    expect(typeof res.body.device).toBe('string');
    expect((await me(res.body.device)).status).toBe(401);
  });
});

describe('password checks that no burst or stranger can game', () => {
  it('checks at most 5 passwords of a burst of 100 at once on one address, and the right one among them gets no token past them', async () => {
    const u = await user();
    const attempts = Array.from({ length: 100 }, (_, i) => (i === 50 ? PASSWORD : `geraden-${i}-wachtwoord`));
    const answers = await Promise.all(attempts.map((password) => login({ email: u.email, password })));
    const statuses = answers.map((a) => a.status);
    const checked = statuses.filter((s) => s === 401 || s === 200).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBe(100 - checked);
    // Only a password that was actually checked can have signed in.
    const [{ failed }] = await t.dataSource.query(
      `SELECT count(*)::int AS failed FROM audit_events WHERE action = 'login_failed' AND record_id = $1`, [u.id],
    );
    expect(failed + statuses.filter((s) => s === 200).length).toBe(checked);
  });

  it('does not hand strangers a lock-out button: the owner\'s browser, known from an earlier sign-in, still gets in', async () => {
    const u = await user('admin');
    const earlier = await login({ email: u.email, password: PASSWORD }).expect(200);
    const device = earlier.body.device as string;
    // A stranger spends the address's checks.
    for (let i = 0; i < 6; i++) await login({ email: u.email, password: `vreemde-${i}-poging` });
    const stranger = await login({ email: u.email, password: PASSWORD });
    expect(stranger.status).toBe(429);
    expect(stranger.body.code).toBe('TOO_MANY_ATTEMPTS');
    // The owner, on the browser that signed in before, is not affected.
    const owner = await login({ email: u.email, password: PASSWORD, device });
    expect(owner.status).toBe(200);
    // A device token of another account counts as no device at all.
    const other = await user();
    const otherDevice = (await login({ email: other.email, password: PASSWORD }).expect(200)).body.device;
    expect((await login({ email: u.email, password: PASSWORD, device: otherDevice })).status).toBe(429);
    // And the known browser has its own limit.
    const guesses: number[] = [];
    for (let i = 0; i < 6; i++) guesses.push((await login({ email: u.email, password: `apparaat-${i}-poging`, device })).status);
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

describe('request limits per client, shared by every replica', () => {
  let limited: TestApp;
  beforeAll(async () => { limited = await createTestApp({ settings: { rateLimitPerMinute: 40, signInLimitPerMinute: 4 } }); });
  afterAll(async () => { await limited?.close(); });

  it('answers 429 with Retry-After past the sign-in limit of a client, whatever the address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await request(limited.app.getHttpServer()).post('/api/auth/login').send({ email: `iemand-${i}@nergens.example`, password: 'een-willekeurig-wachtwoord' });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.body.code).toBe('TOO_MANY_REQUESTS');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    // One sign-in of test-app's own was counted already.
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(4)).toEqual([429, 429]);
  });

  it('answers 429 past the API\'s limit, counted in PostgreSQL so that a second replica goes on counting; health is never limited', async () => {
    // A second instance of the API on the same database, as a second replica would be.
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(limited.settings)] }).compile();
    const replica = moduleRef.createNestApplication({ logger: false });
    configureApp(replica, limited.settings);
    await replica.init();
    try {
      const first: number[] = [];
      for (let i = 0; i < 25; i++) first.push((await limited.http.get('/api/labs')).status);
      expect(first.every((s) => s === 200)).toBe(true);
      const second: number[] = [];
      for (let i = 0; i < 15; i++) second.push((await signedIn(replica.getHttpServer(), limited.token).get('/api/labs')).status);
      // 40 a minute for both together (the sign-ins before counted too): the second replica answers some,
      // then refuses the rest.
      const answered = second.filter((s) => s === 200).length;
      expect(answered).toBeGreaterThan(0);
      expect(25 + answered).toBeLessThanOrEqual(40 - 1);
      expect(second.slice(answered).every((s) => s === 429)).toBe(true);
      expect((await limited.http.get('/api/labs')).status).toBe(429);
      expect((await limited.anonymous.get('/api/health')).status).toBe(200);
      expect((await request(replica.getHttpServer()).get('/api/health')).status).toBe(200);
    } finally {
      await replica.close();
    }
  });
});

describe('a higher request limit is taken in blocks, still shared by every replica', () => {
  // 400 a minute: each replica takes 4 of a client's points at a time (a hundredth), and spends them in memory.
  const LIMIT = 400;
  let limited: TestApp;
  beforeAll(async () => { limited = await createTestApp({ settings: { rateLimitPerMinute: LIMIT, signInLimitPerMinute: 0 } }); });
  afterAll(async () => { await limited?.close(); });

  it('answers at most the limit over two replicas, short of it by less than one block', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(limited.settings)] }).compile();
    const replica = moduleRef.createNestApplication({ logger: false });
    configureApp(replica, limited.settings);
    await replica.init();
    try {
      const clients = [limited.http, signedIn(replica.getHttpServer(), limited.token)];
      const statuses: number[] = [];
      // Both replicas, in turn, well past the limit.
      for (let i = 0; i < LIMIT + 40; i++) statuses.push((await clients[i % 2].get('/api/labs')).status);
      const answered = statuses.filter((s) => s === 200).length;
      // The test app's own sign-in counted one before.
      expect(answered).toBeLessThanOrEqual(LIMIT - 1);
      expect(answered).toBeGreaterThanOrEqual(LIMIT - 1 - 3);
      expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
      expect(statuses.slice(-20).every((s) => s === 429)).toBe(true);
      // The count is PostgreSQL's: both replicas' blocks are in it.
      const [{ points }] = await limited.dataSource.query<{ points: number }[]>(`SELECT max(points) AS points FROM rate_limits WHERE key LIKE 'api:%'`);
      expect(points).toBeGreaterThanOrEqual(LIMIT);
    } finally {
      await replica.close();
    }
  });
});

describe('every security event on record', () => {
  it('records a sign-in, a sign-out, a password change and a reset, each as its own action with its request id, never a hash', async () => {
    const u = await user();
    const s = await t.as(u.email, PASSWORD);
    const out = await s.post('/api/auth/logout');
    const again = await t.as(u.email, PASSWORD);
    await again.post('/api/auth/password').send({ currentPassword: PASSWORD, newPassword: 'een-nieuw-lang-wachtwoord' }).expect(200);
    const current = (await t.http.get(`/api/users/${u.id}`)).body;
    await t.http.put(`/api/users/${u.id}`).send({ ...current, password: 'weer-een-ander-wachtwoord' }).expect(200);

    const events: { action: string; userId: number | null; requestId: string | null; clientAddress: string | null; changes: string }[] = await t.dataSource.query(
      `SELECT action, user_id AS "userId", request_id AS "requestId", client_address AS "clientAddress", changes::text AS changes
         FROM audit_events WHERE resource = 'auth' AND record_id = $1 ORDER BY id`, [u.id],
    );
    expect(events.map((e) => e.action)).toEqual(['login', 'logout', 'login', 'password_changed', 'password_reset']);
    expect(events.map((e) => e.userId)).toEqual([u.id, u.id, u.id, u.id, t.userId]);
    expect(events.find((e) => e.action === 'logout')!.requestId).toBe(out.headers['x-request-id']);
    for (const e of events) {
      expect(e.requestId).toMatch(/\S/);
      expect(e.clientAddress).toMatch(/127\.0\.0\.1|::1/);
      expect(e.changes).not.toMatch(/argon2|wachtwoord/i);
    }
  });
});
