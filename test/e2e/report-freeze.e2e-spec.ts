import { binary, GOLDEN_QUARTER, sha256, type GoldenLab, withGoldenLab } from '../support/golden-lab';
import type { TestApp } from '../support/test-app';

// Freezing: what the council received stays byte for byte what it was, whatever happens to the data.

let t: TestApp;
let g: GoldenLab;
withGoldenLab((app, lab) => { t = app; g = lab; });

const sha = sha256;
const download = (id: number, format: string) => t.http.get(`/api/reports/quarterly/versions/${id}?format=${format}`).buffer(true).parse(binary);
const freeze = (body: object = { lab: g.lab.id, quarter: GOLDEN_QUARTER }) => t.http.post('/api/reports/quarterly/freeze').send(body);
const versions = () => t.http.get(`/api/reports/quarterly/versions?lab=${g.lab.id}&quarter=${GOLDEN_QUARTER}`);
const FORMATS = ['json', 'pdf', 'xlsx', 'csv'] as const;

describe('freezing the quarterly report', () => {
  let v1: Record<string, unknown> & { id: number };
  const bytes: Record<string, Buffer> = {};

  it('lists no versions before the first freeze', async () => {
    const res = await versions();
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it('is for administrators only: 403 for the focus team and project members, nothing stored', async () => {
    for (const role of ['focus_team', 'project_member']) {
      const email = `${role}@freeze.example`;
      await t.http.post('/api/users').send({ email, name: role, role, password: 'a-long-password', active: true }).expect(201);
      const http = await t.as(email, 'a-long-password');
      const res = await http.post('/api/reports/quarterly/freeze').send({ lab: g.lab.id, quarter: GOLDEN_QUARTER });
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/administrator/);
      expect((await http.get(`/api/reports/quarterly/versions?lab=${g.lab.id}&quarter=${GOLDEN_QUARTER}`)).body).toEqual([]);
    }
  });

  it('stores version 1 with the SHA-256 of the data and of every file, and audits it', async () => {
    const res = await freeze({ lab: g.lab.id, quarter: GOLDEN_QUARTER, note: 'Voor de gemeenteraad' });
    expect(res.status).toBe(201);
    v1 = res.body;
    expect(v1).toEqual({
      id: expect.any(Number), labId: g.lab.id, period: GOLDEN_QUARTER, version: 1,
      dataSha256: expect.stringMatching(/^[0-9a-f]{64}$/), pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      xlsxSha256: expect.stringMatching(/^[0-9a-f]{64}$/), csvSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      note: 'Voor de gemeenteraad', frozenAt: expect.any(String), frozenById: t.userId, frozenByName: 'Test admin',
      // Freezing sends nothing: sending to the council is recorded apart (report-sending.e2e-spec.ts).
      sentOn: null, sentAt: null, sentById: null, sentByName: null, sentNote: null,
    });
    const [event] = await t.dataSource.query(
      `SELECT user_id AS "userId", changes FROM audit_events WHERE resource = 'frozen-reports' AND action = 'freeze' AND record_id = $1`, [v1.id],
    );
    expect(event).toMatchObject({ userId: t.userId, changes: { version: { before: null, after: 1 }, pdfSha256: { before: null, after: v1.pdfSha256 } } });
  });

  it('serves each stored file with its checksum; the JSON is the report as it was', async () => {
    const live = (await t.http.get(`/api/reports/quarterly?lab=${g.lab.id}&quarter=${GOLDEN_QUARTER}`)).body;
    for (const format of FORMATS) {
      const res = await download(v1.id, format);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="kwartaalrapportage-${g.lab.id}-${GOLDEN_QUARTER}-v1.${format}"`);
      const stored = format === 'json' ? v1.dataSha256 : v1[`${format}Sha256`];
      expect(res.headers['x-content-sha256']).toBe(stored);
      expect(sha(res.body)).toBe(stored);
      bytes[format] = res.body;
    }
    const frozen = JSON.parse(bytes.json!.toString('utf8'));
    expect({ ...frozen, generatedAt: null }).toEqual({ ...live, generatedAt: null });
    expect(bytes.pdf!.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('still serves identical bytes after the data changed, while the live report moves on', async () => {
    // Approve the pending satisfaction score and add a placement: the live figures change.
    await t.http.post(`/api/measurements/${g.measurements.i2q3.id}/approve`).send({}).expect(200);
    await t.http.put(`/api/indicators/${g.indicators.i1.id}`).send({ ...g.indicators.i1, name: 'Plaatsingen (herzien)' }).expect(200);
    const live = (await t.http.get(`/api/reports/quarterly?lab=${g.lab.id}&quarter=${GOLDEN_QUARTER}`)).body;
    expect(live.totals.pendingMeasurements).toBe(2);
    expect(live.projects[0].indicators[0].name).toBe('Plaatsingen (herzien)');

    for (const format of FORMATS) {
      const res = await download(v1.id, format);
      expect(Buffer.compare(res.body, bytes[format]!)).toBe(0);
      expect(res.headers['x-content-sha256']).toBe(sha(bytes[format]!));
    }
    expect(JSON.parse(bytes.json!.toString()).totals.pendingMeasurements).toBe(3);
  });

  it('freezing again makes version 2 and keeps version 1', async () => {
    const res = await freeze();
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(2);
    expect(res.body.note).toBeNull();
    expect(res.body.dataSha256).not.toBe(v1.dataSha256);
    const list = (await versions()).body;
    expect(list.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(list[1]).toEqual(v1);
    expect(Buffer.compare((await download(v1.id, 'pdf')).body, bytes.pdf!)).toBe(0);
  });

  it('serialises concurrent freezes: versions 3, 4 and 5, never an error', async () => {
    const results = await Promise.all([freeze(), freeze(), freeze()]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(results.map((r) => r.body.version).sort()).toEqual([3, 4, 5]);
  });
});
