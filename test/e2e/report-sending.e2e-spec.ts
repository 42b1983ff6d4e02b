import { addDays, amsterdamDay } from '@lab/domain';
import { GOLDEN_QUARTER, type GoldenLab, withGoldenLab } from '../support/golden-lab';
import type { TestApp } from '../support/test-app';

// Sending a frozen version to the council is a recorded step of its own, by an administrator, once.

let t: TestApp;
let g: GoldenLab;
withGoldenLab((app, lab) => { t = app; g = lab; });

const freeze = () => t.http.post('/api/reports/quarterly/freeze').send({ lab: g.lab.id, quarter: GOLDEN_QUARTER }).expect(201);
const versions = () => t.http.get(`/api/reports/quarterly/versions?lab=${g.lab.id}&quarter=${GOLDEN_QUARTER}`);
const sent = (id: number, body: object = {}) => t.http.post(`/api/reports/quarterly/versions/${id}/sent`).send(body);
const events = (id: number) =>
  t.dataSource.query(
    `SELECT user_id AS "userId", changes FROM audit_events WHERE resource = 'frozen-reports' AND action = 'send' AND record_id = $1`, [id],
  );

describe('sending a frozen report version to the council', () => {
  let v1: { id: number; frozenAt: string };
  let v2: { id: number; frozenAt: string };

  beforeAll(async () => {
    v1 = (await freeze()).body;
    v2 = (await freeze()).body;
  });

  it('is not done by freezing: a frozen version is listed as not sent', async () => {
    expect(v1).toMatchObject({ sentOn: null, sentAt: null, sentById: null, sentByName: null, sentNote: null });
    const list = (await versions()).body;
    expect(list.map((v: { sentOn: string | null }) => v.sentOn)).toEqual([null, null]);
  });

  it('is for administrators only: 403 for the focus team and project members, nothing recorded', async () => {
    for (const role of ['focus_team', 'project_member']) {
      const email = `${role}@sending.example`;
      await t.http.post('/api/users').send({ email, name: role, role, password: 'a-long-password', active: true }).expect(201);
      const http = await t.as(email, 'a-long-password');
      const res = await http.post(`/api/reports/quarterly/versions/${v1.id}/sent`).send({});
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/administrator/);
    }
    expect((await versions()).body[1].sentOn).toBeNull();
    expect(await events(v1.id)).toEqual([]);
  });

  it.each([
    ['a day that does not exist', { sentOn: '2026-02-30' }, /date like/],
    ['a timestamp', { sentOn: '2026-12-01T10:00:00Z' }, /date like/],
    ['a day far beyond any window', { sentOn: '2999-01-01' }, /./],
    ['tomorrow', { sentOn: addDays(amsterdamDay(new Date()), 1) }, /future/],
    ['a day before the freeze', { sentOn: addDays(amsterdamDay(new Date()), -1) }, /before the version was frozen/],
  ])('refuses %s with 400 naming sentOn, and records nothing', async (_what, body, message) => {
    const res = await sent(v1.id, body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ sentOn: expect.stringMatching(message) });
    expect((await versions()).body[1].sentOn).toBeNull();
  });

  it('refuses an unknown field and a note that is no text with 400 naming the field', async () => {
    const unknown = await sent(v1.id, { sentBy: 3 });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toMatch(/sentBy/);
    const note = await sent(v1.id, { note: 12 });
    expect(note.status).toBe(400);
    expect(note.body.errors).toHaveProperty('note');
  });

  it('needs sign-in: 401 without it', async () => {
    expect((await t.anonymous.post(`/api/reports/quarterly/versions/${v1.id}/sent`).send({})).status).toBe(401);
  });

  it('answers 404 for a version that does not exist', async () => {
    expect((await sent(999_999)).status).toBe(404);
  });

  it('records the sending: today by default, by the administrator, with the note, in the audit trail', async () => {
    const today = amsterdamDay(new Date());
    const res = await sent(v1.id, { note: 'Raadsbrief 2026/123' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: v1.id, version: 1, sentOn: today, sentAt: expect.any(String), sentById: t.userId, sentByName: 'Test admin', sentNote: 'Raadsbrief 2026/123',
    });
    expect(Date.parse(res.body.sentAt)).toBeGreaterThanOrEqual(Date.parse(v1.frozenAt));
    expect(await events(v1.id)).toEqual([
      { userId: t.userId, changes: { sentOn: { before: null, after: today }, sentNote: { before: null, after: 'Raadsbrief 2026/123' } } },
    ]);
    // The frozen list carries the sending; the other version stays unsent.
    const [listed2, listed1] = (await versions()).body;
    expect(listed1).toEqual(res.body);
    expect(listed2).toMatchObject({ version: 2, sentOn: null, sentByName: null });
  });

  it('keeps the stored files as they were', async () => {
    const before = (await versions()).body[1];
    const pdf = await t.http.get(`/api/reports/quarterly/versions/${v1.id}?format=pdf`);
    expect(pdf.headers['x-content-sha256']).toBe(before.pdfSha256);
  });

  it('sends a version once: a second time answers 409 saying when it went, and changes nothing', async () => {
    const res = await sent(v1.id, { note: 'nogmaals' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(new RegExp(`already sent to the council on ${amsterdamDay(new Date())}.*Test admin.*freeze a new version`));
    expect((await versions()).body[1].sentNote).toBe('Raadsbrief 2026/123');
    expect(await events(v1.id)).toHaveLength(1);
  });

  it('takes the day it was sent, when given; two at once record one sending', async () => {
    const today = amsterdamDay(new Date());
    const results = await Promise.all([sent(v2.id, { sentOn: today }), sent(v2.id, { sentOn: today })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await versions()).body[0]).toMatchObject({ version: 2, sentOn: today, sentNote: null });
    expect(await events(v2.id)).toHaveLength(1);
  });
});
