import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { jest } from '@jest/globals';
import { create, rowCounts, valid } from '../support/factories';
import { binary } from '../support/golden-lab';
import { createTestApp, type TestApp } from '../support/test-app';
import { parseCsv } from '../support/csv';

// Small numbers stay private (issue 14, item 3): in every output for a wider audience (the report as JSON,
// PDF, XLSX, both CSV dialects, and a frozen version) a count of people below the lab's threshold reads
// "< 5", and where a hidden cell could be worked out from the total and the rest, a second one is hidden.
// The team's own quarterly entry keeps its real figures.

jest.setTimeout(90_000);
type Body = Record<string, any>;
const QUARTER = '2016-Q3';
const DISTRICTS = ['centrum', 'nieuw-west', 'noord', 'oost', 'weesp', 'west', 'zuid', 'zuidoost'];
const perDistrict = (cells: Record<string, number>) => Object.fromEntries(DISTRICTS.map((c) => [c, cells[c] ?? 0]));

let t: TestApp;
let labId: number;
let project: Body;
/** A count of 3 in all: hidden itself. */
let tiny: Body;
/** 40 people: Centrum 3 (hidden), and Zuid 8 hidden with it, the smallest other non-zero cell. */
let broken: Body;
let report: Body;

const approve = async (indicatorId: number, value: number, parts?: Body) => {
  const m = await create(t, 'measurements', valid.measurement(indicatorId, { period: QUARTER, value, ...(parts ? { parts } : {}) }));
  expect((await t.http.post(`/api/measurements/${m.id}/submit`).send({})).status).toBe(200);
  expect((await t.http.post(`/api/measurements/${m.id}/approve`).send({})).status).toBe(200);
};
const file = async (query: string) => (await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}&${query}`).buffer(true).parse(binary)).body as Buffer;

beforeAll(async () => {
  t = await createTestApp();
  labId = (await create(t, 'labs', valid.lab())).id;
  project = await create(t, 'projects', valid.project(labId, { code: 'MW-SN1' }));
  const [stadsdeel] = (await t.http.get(`/api/dimensions?filter={"labId":${labId},"key":"stadsdeel"}`)).body;
  tiny = await create(t, 'indicators', valid.indicator(project.id, { name: 'Deelnemers met een startkwalificatie', baselineValue: 0, targetValue: 20 }));
  broken = await create(t, 'indicators', valid.indicator(project.id, { name: 'Deelnemers aan het werk', baselineValue: 0, targetValue: 60, dimensionIds: [stadsdeel.id] }));
  await approve(tiny.id, 3);
  await approve(broken.id, 40, { stadsdeel: perDistrict({ centrum: 3, noord: 20, oost: 9, zuid: 8 }) });
  report = (await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}`)).body;
});
afterAll(async () => { await t?.close(); });

const lineOf = (r: Body, id: number) => r.projects[0].indicators.find((i: Body) => i.id === id);

describe('the report', () => {
  it('hides a small count and whatever gives it away, and says so', () => {
    const line = lineOf(report, tiny.id);
    expect(line).toMatchObject({ value: null, figure: null, change: null, progress: null, hidden: ['value', 'change', 'figure', 'progress'] });
    expect(line.baseline).toBe(0);
    expect(report.lab.smallNumberThreshold).toBe(5);
    // It still counts as an indicator with a value.
    expect(report.totals.indicators.withValue).toBe(2);
  });

  it('hides the small cell of a breakdown and a second one, and shows the rest', () => {
    const line = lineOf(report, broken.id);
    expect(line.value).toBe(40);
    expect(line.hidden).toEqual([]);
    const cells = Object.fromEntries(line.breakdown[0].cells.map((c: Body) => [c.code, c.hidden ?? c.value]));
    expect(cells).toEqual({ ...perDistrict({ noord: 20, oost: 9 }), centrum: 'small', zuid: 'secondary' });
  });

  it('reads "< 5" in the CSV, both dialects', async () => {
    for (const [query, sep, field, value] of [['format=csv', ';', 5, 6], ['format=csv&dialect=machine', ',', 5, 6]] as const) {
      const rows = parseCsv((await file(query)).toString('utf8').replace(/^\uFEFF/, ''), sep);
      const cell = (id: number, name: string) => rows.find((r) => r[3] === String(id) && (r[field] === name))?.[value];
      if (sep === ';') {
        expect(cell(tiny.id, 'Waarde dit kwartaal')).toBe('< 5');
        expect(cell(tiny.id, 'Stand')).toBe('< 5');
        expect(cell(broken.id, 'Stadsdeel: Centrum')).toBe('< 5');
        expect(cell(broken.id, 'Stadsdeel: Zuid')).toBe('< 5');
        expect(cell(broken.id, 'Stadsdeel: Noord')).toBe('20');
      } else {
        expect(cell(tiny.id, 'value')).toBe('< 5');
        expect(cell(broken.id, 'parts.stadsdeel.centrum')).toBe('< 5');
        expect(cell(broken.id, 'parts.stadsdeel.zuid')).toBe('< 5');
        expect(cell(broken.id, 'parts.stadsdeel.oost')).toBe('9');
      }
      // The hidden figures appear nowhere: no row of these indicators holds the 3 or the 8.
      const own = rows.filter((r) => r[3] === String(tiny.id) || r[3] === String(broken.id));
      expect(own.filter((r) => ['3', '8'].includes(r[value]!))).toEqual([]);
    }
  });

  it('reads "< 5" in the XLSX, on the indicator sheet and the breakdown sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await file('format=xlsx') as unknown as ArrayBuffer);
    const rowsOf = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
      const out: Record<string, unknown>[] = [];
      ws.eachRow((row, n) => { if (n > 1) out.push(Object.fromEntries(header.map((h, k) => [h, row.getCell(k + 1).value]))); });
      return out;
    };
    const tinyRow = rowsOf('Indicatoren').find((r) => r['Indicator-id'] === tiny.id)!;
    expect([tinyRow['Waarde dit kwartaal'], tinyRow.Stand, tinyRow.Voortgang]).toEqual(['< 5', '< 5', '< 5']);
    const parts = rowsOf('Uitsplitsing').filter((r) => r['Indicator-id'] === broken.id);
    expect(Object.fromEntries(parts.map((r) => [r.Waarde, r['Aantal of waarde']]))).toMatchObject({ Centrum: '< 5', Zuid: '< 5', Noord: 20, Oost: 9, Weesp: 0 });
  });

  it('reads "< 5" in the PDF, and neither hidden figure appears', async () => {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await file('format=pdf'))), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/Deelnemers aan het werk, per stadsdeel: .*Centrum < 5 .*Noord 20 .*Oost 9 .*Zuid < 5/);
    expect(flat).not.toMatch(/Centrum 3\b|Zuid 8\b/);
  });

  it('keeps the hiding in a frozen version', async () => {
    const frozen = await t.http.post('/api/reports/quarterly/freeze').send({ lab: labId, quarter: QUARTER });
    expect(frozen.status).toBe(201);
    const version = (await t.http.get(`/api/reports/quarterly/versions/${frozen.body.id}`)).body;
    const line = lineOf(version.report ?? version, tiny.id);
    expect(line.hidden).toContain('value');
    expect(line.value).toBeNull();
  });
});

describe('the team\'s own entry', () => {
  it('shows the real figures', async () => {
    const entry = (await t.http.get(`/api/projects/${project.id}/quarters/${QUARTER}`)).body;
    expect(entry.indicators.find((i: Body) => i.id === tiny.id).measurement.value).toBe(3);
    expect(entry.indicators.find((i: Body) => i.id === broken.id).measurement.parts.stadsdeel.centrum).toBe(3);
  });
});

describe('the threshold', () => {
  it('is at least 1: a lower one answers 400 naming it, and changes nothing', async () => {
    const lab = (await t.http.get(`/api/labs/${labId}`)).body;
    const before = await rowCounts(t);
    for (const bad of [0, -1, 2.5, 'vijf']) {
      const res = await t.http.put(`/api/labs/${labId}`).send({ version: lab.version, smallNumberThreshold: bad });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)).toEqual(['smallNumberThreshold']);
    }
    expect(await rowCounts(t)).toEqual(before);
  });

  it('a threshold of 10 hides more', async () => {
    const lab = (await t.http.get(`/api/labs/${labId}`)).body;
    expect((await t.http.put(`/api/labs/${labId}`).send({ version: lab.version, smallNumberThreshold: 10 })).status).toBe(200);
    const r = (await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}`)).body;
    const cells = Object.fromEntries(lineOf(r, broken.id).breakdown[0].cells.map((c: Body) => [c.code, c.hidden ?? c.value]));
    expect(cells).toMatchObject({ centrum: 'small', oost: 'small', zuid: 'small', noord: 20 });
  });
});
