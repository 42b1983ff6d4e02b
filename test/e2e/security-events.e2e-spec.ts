import request from 'supertest';
import { AuditService } from '../../apps/api/src/common/audit/audit.service';
import type { Refusal } from '../../apps/api/src/common/audit/refusals';
import { createTestApp, TEST_ADMIN, type Http, type TestApp } from '../support/test-app';

/**
 * Every answer carries a request id; refused requests (401/403) are on record, coalesced; every audit event
 * carries its request id and client address; the audit trail cannot be changed, not even by the app's own
 * database connection. The app trusts the loopback proxy here (TRUST_PROXY=loopback), so that a test can
 * speak for clients at other addresses through X-Forwarded-For.
 */
type Body = Record<string, any>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MEMBER = { email: 'lid@test.example', password: 'member-password-1' };

let t: TestApp;
let member: Http & { userId: number };

beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: 'loopback' } });
  const created = await t.http.post('/api/users').send({ email: MEMBER.email, name: 'Projectlid', role: 'project_member', password: MEMBER.password });
  expect(created.status).toBe(201);
  member = await t.as(MEMBER.email, MEMBER.password);
});
afterAll(async () => { await t?.close(); });

/** The audit events of one request, as an administrator reads them. */
async function eventsOf(requestId: string): Promise<Body[]> {
  const res = await t.http.get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ requestId }))}`);
  expect(res.status).toBe(200);
  return res.body;
}

async function refusedCount(where: string, values: unknown[]): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'refused' AND ${where}`, values);
  return n;
}

const after = (event: Body, field: string) => event.changes[field]?.after;

describe('X-Request-Id', () => {
  it('is on every answer: made up as a UUID when none is sent', async () => {
    const answers = await Promise.all([
      t.anonymous.get('/api/health'),
      t.http.get('/api/labs'),
      t.anonymous.get('/api/labs'),
      t.http.get('/api/labs/999999'),
      t.http.get('/api/no-such-route'),
      t.http.post('/api/audit-events').send({}),
      t.http.post('/api/labs').set('Content-Type', 'application/json').send('{"broken": '),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 404, 404, 405, 400]);
    for (const res of answers) expect(res.headers['x-request-id']).toMatch(UUID);
    expect(new Set(answers.map((r) => r.headers['x-request-id'])).size).toBe(answers.length);
  });

  it('echoes a plain incoming id, and replaces one that is too long or not plain', async () => {
    for (const sent of ['3f2a9c1e-trace', 'nginx.5d41402abc4b2a76b9719d911017c592', 'a:b_c-1', 'x'.repeat(64)]) {
      expect((await t.http.get('/api/labs').set('X-Request-Id', sent)).headers['x-request-id']).toBe(sent);
    }
    for (const sent of ['x'.repeat(65), 'two words', '<script>', 'a\u00e9', 'id;drop']) {
      const res = await t.anonymous.get('/api/labs').set('X-Request-Id', sent);
      expect(res.headers['x-request-id']).toMatch(UUID);
    }
  });
});

describe('a refused request', () => {
  it('401: writes one refused event with who (nobody), what, the request id and the client address', async () => {
    const res = await t.anonymous.get('/api/projects/4711?filter={"q":"geheim-zoekwoord"}&range=[0,9]').set('X-Forwarded-For', '198.51.100.23');
    expect(res.status).toBe(401);
    const requestId = res.headers['x-request-id'];
    const events = await eventsOf(requestId);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ action: 'refused', resource: 'auth', userId: null, recordId: null, requestId, clientAddress: '198.51.100.23' });
    expect(after(event, 'method')).toBe('GET');
    expect(after(event, 'path')).toBe('/api/projects/4711');
    expect(after(event, 'route')).toBe('/api/projects/:id');
    expect(after(event, 'query')).toEqual(['filter', 'range']);
    expect(after(event, 'resource')).toBe('projects');
    expect(after(event, 'recordId')).toBe(4711);
    expect(after(event, 'status')).toBe(401);
    expect(after(event, 'code')).toBe('UNAUTHENTICATED');
    // Only the names of the query parameters: never what they held.
    expect(JSON.stringify(event)).not.toContain('geheim');
  });

  it('403: writes one refused event naming the user, the resource and the status', async () => {
    const res = await member.get('/api/audit-events?filter={"action":"login"}').set('X-Forwarded-For', '198.51.100.24');
    expect(res.status).toBe(403);
    const [event, ...more] = await eventsOf(res.headers['x-request-id']);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ action: 'refused', userId: member.userId, requestId: res.headers['x-request-id'], clientAddress: '198.51.100.24' });
    expect(after(event, 'path')).toBe('/api/audit-events');
    expect(after(event, 'resource')).toBe('audit-events');
    expect(after(event, 'status')).toBe(403);
    expect(after(event, 'code')).toBe('FORBIDDEN');
    expect(after(event, 'message')).toMatch(/project member/);
  });

  it('403 on a write: the refusal is on record and the record is not changed', async () => {
    const lab = (await t.http.post('/api/labs').send({ name: 'Weigerlab', city: 'Utrecht' })).body;
    const res = await member.delete(`/api/labs/${lab.id}`).set('X-Forwarded-For', '198.51.100.25');
    expect(res.status).toBe(403);
    const [event] = await eventsOf(res.headers['x-request-id']);
    expect(event).toMatchObject({ action: 'refused', userId: member.userId });
    expect([after(event, 'method'), after(event, 'path'), after(event, 'recordId')]).toEqual(['DELETE', `/api/labs/${lab.id}`, lab.id]);
    expect((await t.http.get(`/api/labs/${lab.id}`)).status).toBe(200);
  });

  it('is coalesced: one event a minute per client address, user, route and status', async () => {
    const address = '203.0.113.50';
    const statuses: number[] = [];
    for (let id = 1; id <= 6; id++) statuses.push((await t.anonymous.get(`/api/milestones/${id}`).set('X-Forwarded-For', address)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    expect(await refusedCount(`client_address = $1`, [address])).toBe(1);

    // Another address, another route, another user or another status is its own event.
    await t.anonymous.get('/api/milestones/1').set('X-Forwarded-For', '203.0.113.51');
    await t.anonymous.get('/api/milestones').set('X-Forwarded-For', address);
    for (let i = 0; i < 2; i++) {
      expect((await t.anonymous.get('/api/audit-events/1').set('X-Forwarded-For', address)).status).toBe(401);
      expect((await member.get('/api/audit-events/1').set('X-Forwarded-For', address)).status).toBe(403);
    }
    expect(await refusedCount(`client_address = $1`, ['203.0.113.51'])).toBe(1);
    expect(await refusedCount(`client_address = $1`, [address])).toBe(4);
    expect(await refusedCount(`client_address = $1 AND user_id = $2`, [address, member.userId])).toBe(1);

    // Burst in parallel: the advisory lock keeps it to one.
    const burst = '203.0.113.52';
    await Promise.all(Array.from({ length: 12 }, (_, i) => t.anonymous.get(`/api/indicators/${i + 1}`).set('X-Forwarded-For', burst)));
    expect(await refusedCount(`client_address = $1`, [burst])).toBe(1);
  });

  it('is coalesced in PostgreSQL, so that another replica writing the same refusal adds nothing', async () => {
    const audit = t.app.get(AuditService);
    const refusal: Refusal = {
      userId: null, requestId: 'replica-b-1', clientAddress: '192.0.2.77', method: 'GET', route: '/api/people/:id', path: '/api/people/5',
      query: [], resource: 'people', recordId: 5, status: 401, code: 'UNAUTHENTICATED', message: 'Sign in first.',
    };
    expect(await audit.refused(refusal)).toEqual({ written: true });
    expect(await audit.refused({ ...refusal, requestId: 'replica-c-1', path: '/api/people/6', recordId: 6 })).toEqual({ written: false });
    expect(await audit.refused({ ...refusal, requestId: 'replica-c-2', clientAddress: '192.0.2.78' })).toEqual({ written: true });
  });

  it('a failed sign-in is on record once, as login_failed with its request id, not also as refused', async () => {
    const res = await request(t.app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', '198.51.100.99')
      .send({ email: TEST_ADMIN.email, password: 'wrong password here' });
    expect(res.status).toBe(401);
    const events = await eventsOf(res.headers['x-request-id']);
    expect(events.map((e) => e.action)).toEqual(['login_failed']);
    expect(events[0]).toMatchObject({ clientAddress: '198.51.100.99', requestId: res.headers['x-request-id'] });
  });

  it('is visible to an administrator in the audit trail, filtered by action', async () => {
    const res = await t.http.get('/api/audit-events?filter={"action":"refused"}&range=[0,99]');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThanOrEqual(5);
    expect(res.body.every((e: Body) => e.action === 'refused' && typeof e.requestId === 'string' && typeof e.clientAddress === 'string')).toBe(true);
  });
});

describe('every audit event', () => {
  it('carries the request id and client address of the request that wrote it', async () => {
    const sent = await t.http.post('/api/labs').send({ name: 'Lab met spoor', city: 'Zwolle' }).set('X-Forwarded-For', '198.51.100.40');
    expect(sent.status).toBe(201);
    const audit = (await t.http.get(`/api/audit-events?filter={"resource":"labs","recordId":${sent.body.id}}`)).body;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', userId: t.userId, requestId: sent.headers['x-request-id'], clientAddress: '198.51.100.40' });

    const changed = await t.http.put(`/api/labs/${sent.body.id}`).set('X-Request-Id', 'edit-lab-7').send({ ...sent.body, city: 'Deventer' });
    expect(changed.status).toBe(200);
    const [update] = await eventsOf('edit-lab-7');
    expect(update).toMatchObject({ action: 'update', resource: 'labs', recordId: sent.body.id, clientAddress: '127.0.0.1' });
  });
});

describe('the audit trail in PostgreSQL', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from the app\u2019s own connection, and keeps every row', async () => {
    const before = await t.dataSource.query('SELECT * FROM audit_events ORDER BY id');
    expect(before.length).toBeGreaterThan(5);
    const id = before[0].id;
    for (const sql of [
      `UPDATE audit_events SET changes = '{}' WHERE id = ${id}`,
      'UPDATE audit_events SET user_id = NULL',
      `DELETE FROM audit_events WHERE id = ${id}`,
      'DELETE FROM audit_events',
      'TRUNCATE audit_events',
    ]) {
      await expect(t.dataSource.query(sql)).rejects.toThrow(/audit_events is append-only: (UPDATE|DELETE|TRUNCATE) is not allowed/);
    }
    expect(await t.dataSource.query('SELECT * FROM audit_events ORDER BY id')).toEqual(before);
  });

  it('keeps a user with history: deleting them answers 409 and leaves their events', async () => {
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events WHERE user_id = $1', [member.userId]);
    expect(n).toBeGreaterThan(0);
    const res = await t.http.delete(`/api/users/${member.userId}`);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'REFERENCED' });
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events WHERE user_id = $1', [member.userId]))[0].n).toBe(n);
  });
});
