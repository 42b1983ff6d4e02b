import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import { IMPORT_MAX_BYTES, TEMPLATE_ROWS, TEMPLATE_VERSION } from '@lab/domain';
import { create, rowCounts, valid } from '../support/factories';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

// Import of a quarter from the product's own spreadsheet (issue 15, item 3), over real HTTP on real PostgreSQL:
// the template round trip, every row state, each bad file, the same file twice, dry runs that change nothing,
// and a lab's import that is saved in one transaction or not at all. Files are made here with exceljs.

type Body = Record<string, any>;
const PASSWORD = 'import-test-password';
const PERIOD = '2016-Q3';
const DISTRICTS = ['centrum', 'nieuw-west', 'noord', 'oost', 'weesp', 'west', 'zuid', 'zuidoost'];

let t: TestApp;
let lab: Body;
let project: Body;
let other: Body;
let count: Body;
let percent: Body;
let euro: Body;
let otherCount: Body;
let team: Http;
let outsider: Http;
let focus: Http;

beforeAll(async () => {
  t = await createTestApp();
  lab = await create(t, 'labs', valid.lab());
  const [stadsdeel] = (await t.http.get(`/api/dimensions?filter={"labId":${lab.id},"key":"stadsdeel"}`)).body;
  project = await create(t, 'projects', valid.project(lab.id, { code: 'IM-01' }));
  other = await create(t, 'projects', valid.project(lab.id, { code: 'IM-02' }));
  count = await create(t, 'indicators', valid.indicator(project.id, { name: 'Deelnemers aan het werk', unit: 'count', baselineValue: 0, targetValue: 40, dimensionIds: [stadsdeel.id] }));
  percent = await create(t, 'indicators', valid.indicator(project.id, { name: 'Tevredenheid', unit: 'percent', aggregation: 'latest', baselineValue: 50, targetValue: 70 }));
  euro = await create(t, 'indicators', valid.indicator(project.id, { name: 'Besparing', unit: 'euro', baselineValue: 0, targetValue: 10000 }));
  otherCount = await create(t, 'indicators', valid.indicator(other.id, { name: 'Vrijwilligers', unit: 'count', baselineValue: 0, targetValue: 20 }));
  await create(t, 'target-revisions', { indicatorId: count.id, newValue: 60, effectiveFrom: '2016-Q3', reason: 'Meer instroom dan verwacht.' });
  await create(t, 'measurements', { indicatorId: count.id, period: '2016-Q2', value: 7 });
  const person = await create(t, 'people', valid.person());
  await create(t, 'memberships', valid.membership(project.id, person.id));
  const stranger = await create(t, 'people', valid.person());
  await create(t, 'memberships', valid.membership(other.id, stranger.id));
  const users = [
    valid.user({ role: 'project_member', personId: person.id, password: PASSWORD }),
    valid.user({ role: 'project_member', personId: stranger.id, password: PASSWORD }),
    valid.user({ role: 'focus_team', password: PASSWORD }),
  ];
  for (const u of users) await create(t, 'users', u);
  [team, outsider, focus] = await Promise.all(users.map((u) => t.as(u.email, PASSWORD)));
});
afterAll(async () => { await t?.close(); });

const base = (period = PERIOD, id = project.id, scope = 'projects') => `/api/${scope}/${id}/quarters/${period}`;

function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

async function template(as: Http = team, url = `${base()}/template.xlsx`): Promise<Buffer> {
  const res = await binary(as.get(url));
  expect(res.status).toBe(200);
  return res.body as Buffer;
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** A template changed as a team would: cells set by the column key of the hidden key row, per indicator id. */
async function edited(bytes: Buffer, change: (set: (sheet: string, indicatorId: number | 'status', key: string, value: ExcelJS.CellValue) => void, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await workbook(bytes);
  change((sheet, indicatorId, key, value) => {
    const ws = wb.getWorksheet(sheet)!;
    if (indicatorId === 'status') {
      ws.getCell(key === 'health' ? TEMPLATE_ROWS.health : TEMPLATE_ROWS.narrative, 2).value = value;
      return;
    }
    const keys = ws.getRow(TEMPLATE_ROWS.keys).values as unknown[];
    const column = keys.indexOf(key);
    if (column < 1) throw new Error(`no column ${key}`);
    let row = TEMPLATE_ROWS.first;
    while (ws.getRow(row).getCell(1).value !== indicatorId && row < 200) row++;
    ws.getRow(row).getCell(column).value = value;
  }, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (as: Http, bytes: Buffer | string, query = 'dryRun=true', url = `${base()}/import`, filename = 'kwartaal.xlsx') =>
  as.post(`${url}?${query}`).attach('file', typeof bytes === 'string' ? Buffer.from(bytes) : bytes, filename);

const states = (body: Body) => (body.rows as Body[]).map((r) => [r.indicator ?? 'status update', r.state]);

/** Everything an import could touch: every table's rows, and the versions of the quarter's records. */
async function snapshot() {
  return {
    rows: await rowCounts(t),
    versions: await t.dataSource.query('SELECT id, version, value, status FROM measurements ORDER BY id'),
    updates: await t.dataSource.query('SELECT id, version, health, narrative, submitted_at FROM status_updates ORDER BY id'),
  };
}

describe('the template', () => {
  it('holds the project\'s indicators, units, the target in force, last quarter\'s value, the breakdown and the status update cells', async () => {
    const res = await binary(team.get(`${base()}/template.xlsx`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="kwartaal-IM-01-${PERIOD}.xlsx"`);
    const wb = await workbook(res.body);
    const ws = wb.getWorksheet('IM-01')!;
    expect(ws.getCell(TEMPLATE_ROWS.title, 1).value).toContain(PERIOD);
    expect(ws.getRow(TEMPLATE_ROWS.keys).hidden).toBe(true);
    const keys = (ws.getRow(TEMPLATE_ROWS.keys).values as unknown[]).slice(1);
    expect(keys).toEqual(['indicatorId', 'indicator', 'unit', 'target', 'previous', 'status', 'value', 'peopleMeasured', 'note', 'evidenceUrl',
      ...DISTRICTS.map((d) => `parts.stadsdeel.${d}`)]);
    const rows = [0, 1, 2].map((n) => (ws.getRow(TEMPLATE_ROWS.first + n).values as unknown[]).slice(1, 7));
    expect(rows).toEqual([
      [count.id, 'Deelnemers aan het werk', 'Aantal', 60, 7, undefined],
      [percent.id, 'Tevredenheid', 'Percentage', 70, undefined, undefined],
      [euro.id, 'Besparing', 'Euro', 10000, undefined, undefined],
    ]);
    const meta = wb.getWorksheet('meta')!;
    expect(meta.state).toBe('veryHidden');
    expect(meta.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1))).toEqual([
      ['kind', 'meedoen-werkt-quarter-template'], ['version', TEMPLATE_VERSION], ['scope', 'project'], ['labId', lab.id], ['period', PERIOD],
      ['project', project.id, 'IM-01', 'IM-01'],
    ]);
  });

  it('is for everyone signed in to read, and refuses a bad quarter or project', async () => {
    expect((await binary(outsider.get(`${base()}/template.xlsx`))).status).toBe(200);
    expect((await t.anonymous.get(`${base()}/template.xlsx`)).status).toBe(401);
    const bad = await t.http.get(`${base('2016-Q9')}/template.xlsx`);
    expect([bad.status, Object.keys(bad.body.errors)]).toEqual([400, ['period']]);
    expect((await t.http.get(`${base(PERIOD, 999999)}/template.xlsx`)).status).toBe(404);
  });
});

describe('importing a project\'s quarter', () => {
  it('a dry run says per row what would happen, and changes nothing at all', async () => {
    const file = await edited(await template(), (set) => {
      set('IM-01', count.id, 'value', 12);
      for (const [d, n] of Object.entries({ centrum: 5, noord: 7 })) set('IM-01', count.id, `parts.stadsdeel.${d}`, n);
      for (const d of DISTRICTS.filter((x) => x !== 'centrum' && x !== 'noord')) set('IM-01', count.id, `parts.stadsdeel.${d}`, 0);
      set('IM-01', percent.id, 'value', '64,5');
      set('IM-01', 'status', 'health', 'Risico');
      set('IM-01', 'status', 'narrative', 'Werving liep achter.');
    });
    const before = await snapshot();
    const res = await upload(team, file);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, applied: false, submit: false, counts: { new: 3, changed: 0, unchanged: 0, empty: 1, refused: 0 } });
    expect(states(res.body)).toEqual([['status update', 'new'], ['Deelnemers aan het werk', 'new'], ['Tevredenheid', 'new'], ['Besparing', 'empty']]);
    const countRow = res.body.rows[1];
    expect(countRow).toMatchObject({ sheet: 'IM-01', row: TEMPLATE_ROWS.first, indicatorId: count.id });
    expect(countRow.changes).toEqual([
      { field: 'value', old: null, new: 12 },
      { field: 'parts', old: null, new: { stadsdeel: Object.fromEntries(DISTRICTS.map((d) => [d, d === 'centrum' ? 5 : d === 'noord' ? 7 : 0])) } },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('applies as draft through the entry\'s rules; the same file twice changes nothing', async () => {
    const file = await edited(await template(), (set) => {
      set('IM-01', percent.id, 'value', 64.5);
      set('IM-01', percent.id, 'note', 'Enquête onder 40 deelnemers');
      set('IM-01', euro.id, 'value', 2500.25);
      set('IM-01', euro.id, 'evidenceUrl', 'https://example.org/besparing.pdf');
      set('IM-01', 'status', 'health', 'Op koers');
      set('IM-01', 'status', 'narrative', 'Goed kwartaal.');
    });
    const applied = await upload(team, file, 'dryRun=false');
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, counts: { new: 3, refused: 0 } });
    const entry = (await team.get(base())).body;
    expect(entry.statusUpdate).toMatchObject({ health: 'on_track', narrative: 'Goed kwartaal.', submittedAt: null });
    expect(entry.indicators.map((i: Body) => [i.measurement?.value ?? null, i.measurement?.status ?? null, i.measurement?.note ?? null])).toEqual([
      [null, null, null], [64.5, 'draft', 'Enquête onder 40 deelnemers'], [2500.25, 'draft', null],
    ]);
    const me = (await team.get('/api/auth/me')).body.id;
    const audit = (await t.http.get(`/api/audit-events?filter={"userId":${me}}&range=[0,99]`)).body.filter((e: Body) => e.resource !== 'auth');
    expect(audit.map((e: Body) => `${e.resource}:${e.action}`).sort()).toEqual(['measurements:create', 'measurements:create', 'status-updates:create']);

    const before = await snapshot();
    const again = await upload(team, file, 'dryRun=false');
    expect(again.status).toBe(200);
    expect(again.body.counts).toMatchObject({ new: 0, changed: 0, refused: 0 });
    expect(await snapshot()).toEqual(before);
    // And the template of the quarter as it is now, imported as it is: nothing either.
    const fresh = await upload(team, await template(), 'dryRun=false');
    expect(states(fresh.body)).toEqual([['status update', 'unchanged'], ['Deelnemers aan het werk', 'empty'], ['Tevredenheid', 'unchanged'], ['Besparing', 'unchanged']]);
    expect(await snapshot()).toEqual(before);
  });

  it('says old → new for a changed value, and refuses a bad row in the entry\'s own words: then nothing is saved', async () => {
    const file = await edited(await template(), (set) => {
      set('IM-01', euro.id, 'value', 3000);
      set('IM-01', percent.id, 'value', 120);
      set('IM-01', count.id, 'value', 2.5);
    });
    const dry = await upload(team, file);
    expect(dry.status).toBe(200);
    const byIndicator = Object.fromEntries((dry.body.rows as Body[]).map((r) => [r.indicator ?? 'status', r]));
    expect(byIndicator.Besparing).toMatchObject({ state: 'changed', changes: [{ field: 'value', old: 2500.25, new: 3000 }] });
    expect(byIndicator.Tevredenheid).toMatchObject({ state: 'refused', reasons: { value: 'is a percentage: between 0 and 100' }, reasonCodes: { value: { code: 'percent' } } });
    expect(byIndicator['Deelnemers aan het werk']).toMatchObject({ state: 'refused', reasons: { value: 'is a count: a whole number, not negative' } });
    // The quarterly entry's PUT says exactly the same of the same values.
    const put = await team.put(base()).send({ measurements: [{ indicatorId: count.id, value: 2.5 }, { indicatorId: percent.id, value: 120 }] });
    expect(put.body.errors).toEqual({ 'measurements.0.value': byIndicator['Deelnemers aan het werk'].reasons.value, 'measurements.1.value': byIndicator.Tevredenheid.reasons.value });

    const before = await snapshot();
    const apply = await upload(team, file, 'dryRun=false&submit=true');
    expect(apply.status).toBe(422);
    expect(apply.body).toMatchObject({ code: 'RULE_BROKEN', message: expect.stringMatching(/^Nothing saved: 2 row\(s\) refused/), import: { applied: false, counts: { refused: 2, changed: 2 } } });
    expect(apply.body.errors).toEqual({ [`IM-01.${TEMPLATE_ROWS.first}.value`]: 'is a count: a whole number, not negative', [`IM-01.${TEMPLATE_ROWS.first + 1}.value`]: 'is a percentage: between 0 and 100' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses text where a figure goes, a row of an unknown indicator and a half status update, as the PUT would', async () => {
    const file = await edited(await template(), (set, wb) => {
      set('IM-01', euro.id, 'value', 'drieduizend');
      set('IM-01', 'status', 'narrative', null);
      const ws = wb.getWorksheet('IM-01')!;
      const row = ws.getRow(TEMPLATE_ROWS.first + 3);
      row.getCell(1).value = 999999;
      row.getCell(7).value = 4;
    });
    const res = await upload(team, file);
    expect(res.status).toBe(200);
    const rows = res.body.rows as Body[];
    expect(rows.find((r) => r.indicatorId === euro.id)).toMatchObject({ state: 'refused', reasons: { value: 'value must be a number with at most 4 decimals' } });
    expect(rows.find((r) => r.indicatorId === 999999)).toMatchObject({ state: 'refused', reasons: { indicatorId: 'is not an indicator of project IM-01' }, reasonCodes: { indicatorId: { code: 'not_project_indicator' } } });
    expect(rows.find((r) => r.kind === 'statusUpdate')).toMatchObject({ state: 'refused', reasons: { narrative: expect.any(String) } });
  });

  it('submits with submit=true; a changed value of a submitted quarter is refused with the entry\'s words', async () => {
    const submitted = await upload(team, await template(), 'dryRun=false&submit=true');
    expect(submitted.status).toBe(200);
    expect((submitted.body.rows as Body[]).filter((r) => r.state === 'changed').map((r) => r.changes)).toEqual([
      [{ field: 'status', old: 'draft', new: 'submitted' }], [{ field: 'status', old: 'draft', new: 'submitted' }], [{ field: 'status', old: 'draft', new: 'submitted' }],
    ]);
    const entry = (await team.get(base())).body;
    expect(entry.indicators.map((i: Body) => i.measurement?.status ?? null)).toEqual([null, 'submitted', 'submitted']);
    expect(entry.statusUpdate.submittedAt).not.toBeNull();

    const before = await snapshot();
    expect((await upload(team, await template(), 'dryRun=false&submit=true')).body.counts).toMatchObject({ changed: 0, new: 0, refused: 0 });
    expect(await snapshot()).toEqual(before);

    const file = await edited(await template(), (set) => {
      set('IM-01', euro.id, 'value', 9999);
      set('IM-01', 'status', 'narrative', 'Toch anders.');
    });
    const res = await upload(team, file);
    const put = await team.put(base()).send({ measurements: [{ indicatorId: euro.id, value: 9999 }] });
    expect(put.status).toBe(409);
    const rows = res.body.rows as Body[];
    expect(rows.find((r) => r.indicatorId === euro.id)).toMatchObject({ state: 'refused', reasons: { value: put.body.errors['measurements.0.value'] }, reasonCodes: { value: { code: 'submitted' } } });
    expect(rows.find((r) => r.kind === 'statusUpdate')).toMatchObject({ state: 'refused', reasons: { narrative: expect.stringMatching(/^is submitted and locked/) } });
    expect(await snapshot()).toEqual(before);
  });

  it('is for the project\'s team, the focus team and administrators', async () => {
    const file = await template();
    const before = await snapshot();
    const refused = await upload(outsider, file, 'dryRun=false');
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await upload(focus, file)).status).toBe(200);
    expect((await upload(t.http, file)).status).toBe(200);
    expect((await t.anonymous.post(`${base()}/import`).attach('file', file, 'k.xlsx')).status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });
});

describe('bad files answer 400 naming the file, and save nothing', () => {
  const expectRefused = async (res: request.Response, words: RegExp, before: Awaited<ReturnType<typeof snapshot>>) => {
    expect({ status: res.status, fields: Object.keys(res.body.errors ?? {}) }).toEqual({ status: 400, fields: ['file'] });
    expect(res.body.errors.file).toMatch(words);
    expect(res.body.fieldCodes?.file?.code).toEqual(expect.any(String));
    expect(await snapshot()).toEqual(before);
  };

  it.each([
    ['a CSV renamed', () => Buffer.from('indicatorId;value\n1;12\n'), /^is not an XLSX workbook/],
    ['random bytes', () => randomBytes(4096), /^is not an XLSX workbook/],
    ['an empty file', () => Buffer.alloc(0), /^is not an XLSX workbook/],
    ['a ZIP that is no workbook', async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Blad1').addRow([1, 2]);
      return Buffer.from(await wb.xlsx.writeBuffer());
    }, /^is not a quarter template of this tracker/],
  ])('%s', async (_name, make, words) => {
    const before = await snapshot();
    await expectRefused(await upload(team, await make(), 'dryRun=false'), words, before);
  });

  it.each([0.9, 0.5, 0.1, 0.02])('a template cut off at %d of its length (a truncated zip)', async (share) => {
    const bytes = await template();
    const before = await snapshot();
    await expectRefused(await upload(team, bytes.subarray(0, Math.floor(bytes.length * share)), 'dryRun=false'), /^is not an XLSX workbook/, before);
  });

  it('another project\'s template', async () => {
    const bytes = await template(t.http, `${base(PERIOD, other.id)}/template.xlsx`);
    const before = await snapshot();
    await expectRefused(await upload(team, bytes, 'dryRun=false'), /^is the template of project IM-02, not of IM-01/, before);
  });

  it('another quarter\'s template', async () => {
    const bytes = await template(team, `${base('2016-Q2')}/template.xlsx`);
    const before = await snapshot();
    await expectRefused(await upload(team, bytes, 'dryRun=false'), /^is the template of 2016-Q2, not of 2016-Q3/, before);
  });

  it('an older template version', async () => {
    const bytes = await edited(await template(), (_set, wb) => { wb.getWorksheet('meta')!.getCell('B2').value = TEMPLATE_VERSION - 1; });
    const before = await snapshot();
    await expectRefused(await upload(team, bytes, 'dryRun=false'), new RegExp(`^is an older template \\(version ${TEMPLATE_VERSION - 1}\\)`), before);
  });

  it('a lab\'s template at the project', async () => {
    const bytes = await template(t.http, `${base(PERIOD, lab.id, 'labs')}/template.xlsx`);
    const before = await snapshot();
    await expectRefused(await upload(team, bytes, 'dryRun=false'), /^is the template of a whole lab/, before);
  });

  it.each([
    ['value', { formula: 'SUM(1,2)', result: 3 }],
    ['peopleMeasured', { formula: '2*20', result: 40 }],
    ['note', { formula: 'CONCATENATE("a","b")', result: 'ab' }],
  ])('a formula instead of a value in the %s cell', async (key, formula) => {
    const bytes = await edited(await template(), (set) => set('IM-01', euro.id, key, formula as ExcelJS.CellValue));
    const before = await snapshot();
    await expectRefused(await upload(team, bytes, 'dryRun=false'), /^holds a formula in sheet IM-01, cell [A-Z]+8: type the value itself/, before);
  });

  it('a formula in the status update', async () => {
    const bytes = await edited(await template(), (set) => set('IM-01', 'status', 'narrative', { formula: '"Goed"&" kwartaal"', result: 'Goed kwartaal' } as ExcelJS.CellValue));
    const before = await snapshot();
    await expectRefused(await upload(team, bytes, 'dryRun=false'), /^holds a formula in sheet IM-01, cell B3/, before);
  });

  it('over 5 MB: refused while it arrives', async () => {
    const before = await snapshot();
    const res = await upload(team, Buffer.concat([await template(), randomBytes(IMPORT_MAX_BYTES)]), 'dryRun=false');
    await expectRefused(res, /^is larger than 5 MB/, before);
  });

  it('no file field, another field, two files, or no multipart at all', async () => {
    const before = await snapshot();
    const file = await template();
    await expectRefused(await team.post(`${base()}/import?dryRun=false`).field('dryRun', 'false'), /^is required: upload the quarter's XLSX template/, before);
    await expectRefused(await team.post(`${base()}/import?dryRun=false`).attach('upload', file, 'k.xlsx'), /^must be one file, in the form field "file"/, before);
    await expectRefused(await team.post(`${base()}/import?dryRun=false`).attach('file', file, 'a.xlsx').attach('file', file, 'b.xlsx'), /^must be one file/, before);
    await expectRefused(await team.post(`${base()}/import?dryRun=false`).send({ file: 'abc' }), /^is required/, before);
    const broken = await team.post(`${base()}/import?dryRun=false`).set('Content-Type', 'multipart/form-data; boundary=xyz').send('--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK');
    await expectRefused(broken, /^could not be read as a multipart upload/, before);
  });

  it('dryRun and submit are true or false', async () => {
    const res = await upload(team, await template(), 'dryRun=maybe&submit=1');
    expect([res.status, res.body.errors]).toEqual([400, { dryRun: 'must be true or false', submit: 'must be true or false' }]);
  });
});

describe('a lab\'s quarter at once (administrators)', () => {
  it('gives a sheet per project, for administrators only', async () => {
    expect((await team.get(`${base(PERIOD, lab.id, 'labs')}/template.xlsx`)).status).toBe(403);
    expect((await focus.get(`${base(PERIOD, lab.id, 'labs')}/template.xlsx`)).status).toBe(403);
    const wb = await workbook(await template(t.http, `${base(PERIOD, lab.id, 'labs')}/template.xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['IM-01', 'IM-02', 'meta']);
    expect((await t.http.get(`${base(PERIOD, 999999, 'labs')}/template.xlsx`)).status).toBe(404);
  });

  it('saves every project in one transaction, or, with one row refused anywhere, nothing', async () => {
    const bytes = await template(t.http, `${base(PERIOD, lab.id, 'labs')}/template.xlsx`);
    const refused = await edited(bytes, (set) => {
      set('IM-02', otherCount.id, 'value', 5);
      set('IM-01', euro.id, 'value', 1);
    });
    const before = await snapshot();
    const res = await upload(t.http, refused, 'dryRun=false', `${base(PERIOD, lab.id, 'labs')}/import`);
    expect(res.status).toBe(422);
    expect(states(res.body.import).filter(([, s]) => s !== 'unchanged' && s !== 'empty')).toEqual([['Besparing', 'refused'], ['Vrijwilligers', 'new']]);
    expect(await snapshot()).toEqual(before);

    const fine = await edited(bytes, (set) => {
      set('IM-02', otherCount.id, 'value', 5);
      set('IM-02', 'status', 'health', 'on_track');
      set('IM-02', 'status', 'narrative', 'Gestart.');
    });
    const ok = await upload(t.http, fine, 'dryRun=false', `${base(PERIOD, lab.id, 'labs')}/import`);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ applied: true, counts: { new: 2, refused: 0 }, projects: [{ projectCode: 'IM-01' }, { projectCode: 'IM-02' }] });
    expect((await t.http.get(base(PERIOD, other.id))).body.indicators[0].measurement).toMatchObject({ value: 5, status: 'draft' });
    const after = await snapshot();
    expect((await upload(t.http, fine, 'dryRun=false', `${base(PERIOD, lab.id, 'labs')}/import`)).body.counts).toMatchObject({ new: 0, changed: 0 });
    expect(await snapshot()).toEqual(after);
  });

  it('is refused to the focus team and teams, and refuses a project\'s template', async () => {
    const bytes = await template(t.http, `${base(PERIOD, lab.id, 'labs')}/template.xlsx`);
    expect((await upload(focus, bytes, 'dryRun=true', `${base(PERIOD, lab.id, 'labs')}/import`)).status).toBe(403);
    const one = await upload(t.http, await template(), 'dryRun=true', `${base(PERIOD, lab.id, 'labs')}/import`);
    expect([one.status, one.body.errors.file]).toEqual([400, expect.stringMatching(/^is the template of one project/)]);
    const otherLab = await create(t, 'labs', valid.lab());
    const wrong = await upload(t.http, bytes, 'dryRun=true', `${base(PERIOD, otherLab.id, 'labs')}/import`);
    expect([wrong.status, wrong.body.errors.file]).toEqual([400, expect.stringMatching(/^is the template of another lab/)]);
  });
});

describe('a workbook that unpacks to far more than it weighs', () => {
  it('is refused before it is unpacked', async () => {
    // A real ZIP whose one entry declares 1 GB: its central directory says so before anything is inflated.
    const zip = Buffer.from(await (await workbook(await template())).xlsx.writeBuffer());
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const central = zip.readUInt32LE(end + 16);
    zip.writeUInt32LE(1024 * 1024 * 1024, central + 24);
    const before = await snapshot();
    const res = await upload(team, zip, 'dryRun=false');
    expect([res.status, res.body.errors?.file]).toEqual([400, expect.stringMatching(/^is not an XLSX workbook/)]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('no upload is ever a 500', () => {
  it('templates cut, flipped, padded and random bytes: each answered 400 (or, still readable, as a dry run), nothing saved', async () => {
    const fc = (await import('fast-check')).default;
    const bytes = await template();
    const mutated = fc.oneof(
      fc.integer({ min: 0, max: bytes.length - 1 }).map((n) => bytes.subarray(0, n)),
      fc.array(fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
        const copy = Buffer.from(bytes);
        for (const [at, value] of flips) copy[at] = value;
        return copy;
      }),
      fc.tuple(fc.integer({ min: 0, max: bytes.length }), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, extra]) => Buffer.concat([bytes.subarray(0, at), Buffer.from(extra), bytes.subarray(at)])),
      fc.uint8Array({ minLength: 0, maxLength: 2048 }).map((b) => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from(b)])),
    );
    const before = await snapshot();
    const statuses: Record<number, number> = {};
    await fc.assert(fc.asyncProperty(mutated, async (file) => {
      const res = await upload(team, file, 'dryRun=true');
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      expect([200, 400]).toContain(res.status);
      if (res.status === 400) expect(Object.keys(res.body.errors)).toEqual(['file']);
    }), { numRuns: 150 });
    expect(await snapshot()).toEqual(before);
    expect(statuses[400]).toBeGreaterThan(0);
  });
});

describe('breakdown cells', () => {
  it('round trip: the parts saved come back in the template, and the same file again is unchanged; parts that do not add up are refused as the entry refuses them', async () => {
    const [stadsdeel] = (await t.http.get(`/api/dimensions?filter={"labId":${lab.id},"key":"stadsdeel"}`)).body;
    const p = await create(t, 'projects', valid.project(lab.id, { code: 'IM-03' }));
    const placed = await create(t, 'indicators', valid.indicator(p.id, { name: 'Geplaatst', unit: 'count', baselineValue: 0, targetValue: 30, dimensionIds: [stadsdeel.id] }));
    const url = base(PERIOD, p.id);
    const fill = (cells: Record<string, number>, value: number) => async (bytes: Buffer) => edited(bytes, (set) => {
      set('IM-03', placed.id, 'value', value);
      for (const d of DISTRICTS) set('IM-03', placed.id, `parts.stadsdeel.${d}`, cells[d] ?? 0);
    });
    const first = await (fill({ noord: 4, west: 6 }, 10))(await template(t.http, `${url}/template.xlsx`));
    const applied = await upload(t.http, first, 'dryRun=false', `${url}/import`);
    expect(applied.status).toBe(200);
    const saved = (await t.http.get(url)).body.indicators[0].measurement;
    expect(saved.parts).toEqual({ stadsdeel: Object.fromEntries(DISTRICTS.map((d) => [d, d === 'noord' ? 4 : d === 'west' ? 6 : 0])) });

    const again = await template(t.http, `${url}/template.xlsx`);
    const before = await snapshot();
    const res = await upload(t.http, again, 'dryRun=false', `${url}/import`);
    expect(states(res.body)).toEqual([['status update', 'empty'], ['Geplaatst', 'unchanged']]);
    expect(await snapshot()).toEqual(before);

    const short = await (fill({ noord: 4 }, 10))(again);
    const refused = await upload(t.http, short, 'dryRun=true', `${url}/import`);
    const put = await t.http.put(url).send({ measurements: [{ indicatorId: placed.id, value: 10, parts: { stadsdeel: Object.fromEntries(DISTRICTS.map((d) => [d, d === 'noord' ? 4 : 0])) } }] });
    expect(put.status).toBe(400);
    expect(refused.body.rows[1]).toMatchObject({
      state: 'refused', reasons: { 'parts.stadsdeel': put.body.errors['measurements.0.parts.stadsdeel'] }, reasonCodes: { 'parts.stadsdeel': { code: 'parts_sum_short' } },
    });

    // A value left empty is not sent, but submitting still hands in the stored draft: the preview says so. And
    // without a status update the quarter cannot be submitted, in the entry's words.
    const blank = await edited(again, (set) => {
      set('IM-03', placed.id, 'value', null);
      for (const d of DISTRICTS) set('IM-03', placed.id, `parts.stadsdeel.${d}`, null);
    });
    const submitting = await upload(t.http, blank, 'dryRun=true&submit=true', `${url}/import`);
    expect(submitting.body.rows).toMatchObject([
      { kind: 'statusUpdate', state: 'refused', reasons: { statusUpdate: 'is required to submit the quarter: give the health and what happened this quarter' } },
      { indicator: 'Geplaatst', state: 'changed', changes: [{ field: 'status', old: 'draft', new: 'submitted' }] },
    ]);
  });
});

describe('many uploads at once', () => {
  it('are read one at a time: each answered in full or with 503 and Retry-After, never a 500', async () => {
    const file = await template();
    const answers = await Promise.all(Array.from({ length: 10 }, () => upload(team, file, 'dryRun=true')));
    for (const res of answers) {
      expect([200, 503]).toContain(res.status);
      if (res.status === 503) expect(res.headers['retry-after']).toBe('5');
      else expect(res.body.counts.refused).toBe(0);
    }
    expect(answers.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(5);
  });
});
