import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { jest } from '@jest/globals';
import { create, valid } from '../support/factories';
import { parseCsv } from '../support/csv';
import { binary } from '../support/golden-lab';
import { createTestApp, type TestApp } from '../support/test-app';

// The quarterly report's "wat werkt per thema" (issue 14, item 6): per theme the same comparison as
// GET /api/evidence with that theme, in the JSON, PDF, XLSX and both CSVs, and in a frozen version, whose
// bytes stay as they were when the live figures move on.

jest.setTimeout(120_000);
type Body = Record<string, any>;
const QUARTER = '2017-Q2';

let t: TestApp;
let labId: number;
let work: Body;
let armoede: Body;
let inkomen: Body;
let lastIndicator: Body;

const approve = async (indicatorId: number, period: string, value: number) => {
  const m = await create(t, 'measurements', valid.measurement(indicatorId, { period, value }));
  await t.http.post(`/api/measurements/${m.id}/submit`).send({});
  expect((await t.http.post(`/api/measurements/${m.id}/approve`).send({})).status).toBe(200);
};
const report = async (query = '') => t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}${query}`);
const file = async (url: string) => {
  const res = await t.http.get(url).buffer(true).parse(binary);
  expect(res.status).toBe(200);
  return res.body as Buffer;
};
const pdfText = async (bytes: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await createTestApp();
  labId = (await create(t, 'labs', valid.lab())).id;
  // Themes in the report by name: Armoede before Werk en inkomen.
  inkomen = await create(t, 'themes', { ...valid.theme(labId), name: 'Werk en inkomen' });
  armoede = await create(t, 'themes', { ...valid.theme(labId), name: 'Armoede' });
  work = await create(t, 'indicator-definitions', { labId, name: 'Deelnemers aan betaald werk', kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum' });
  const project = (code: string, themeIds: number[]) => create(t, 'projects', valid.project(labId, { code, themeIds }));
  const adopt = (p: Body, target: number) => create(t, 'indicators', valid.indicator(p.id, {
    definitionId: work.id, name: `Werk ${p.code}`, unit: undefined, direction: undefined, aggregation: undefined, baselineValue: 0, targetValue: target,
  }));
  // MW-T1 (Armoede): 10 + 20 = 30 of 40. MW-T2 (Armoede and Werk en inkomen): 12 of 24. MW-T3 (no theme): 3, hidden.
  const t1 = await adopt(await project('MW-T1', [armoede.id]), 40);
  await approve(t1.id, '2017-Q1', 10);
  await approve(t1.id, '2017-Q2', 20);
  const t2 = await adopt(await project('MW-T2', [armoede.id, inkomen.id]), 24);
  await approve(t2.id, '2017-Q2', 12);
  lastIndicator = t2;
  const t3 = await adopt(await project('MW-T3', []), 10);
  await approve(t3.id, '2017-Q2', 3);
});
afterAll(async () => { await t?.close(); });

describe('the quarterly report\'s "wat werkt per thema"', () => {
  it('gives per theme the comparison GET /api/evidence gives for that theme, as worked out by hand', async () => {
    const { body } = await report();
    expect(body.evidence.map((s: Body) => [s.themeId, s.themeName])).toEqual([[armoede.id, 'Armoede'], [inkomen.id, 'Werk en inkomen'], [null, 'Zonder thema']]);
    const [a, w, none] = body.evidence;
    expect(a.definitions[0].rows.map((r: Body) => [r.projectCode, r.figure, r.progress])).toEqual([['MW-T1', 30, 0.75], ['MW-T2', 12, 0.5]]);
    expect(a.definitions[0].totals).toMatchObject({ projects: 2, withValue: 2, sum: 42 });
    expect(w.definitions[0].rows.map((r: Body) => r.projectCode)).toEqual(['MW-T2']);
    expect(none.definitions[0].rows[0]).toMatchObject({ projectCode: 'MW-T3', figure: '< 5', progress: null });
    expect(none.definitions[0].totals.sum).toBe('< 5');
    for (const section of [a, w]) {
      const api = (await t.http.get(`/api/evidence?lab=${labId}&quarter=${QUARTER}&theme=${section.themeId}&range=${encodeURIComponent('[0,99]')}`)).body;
      expect(section.definitions).toEqual(api.definitions);
    }
  });

  it('is in the PDF, the XLSX and both CSVs with the same figures', async () => {
    const base = `/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}`;
    const text = await pdfText(await file(`${base}&format=pdf`));
    expect(text).toContain('Wat werkt per thema');
    expect(text).toMatch(/Armoede .*Deelnemers aan betaald werk .*2 projecten, waarvan 2 met een waarde · samen 42/);
    expect(text).toMatch(/MW-T1 Samen aan het werk \(scenario\) 20 in 2017-Q2 30 40 75 %/);
    expect(text).toMatch(/Zonder thema .*Deelnemers aan betaald werk .*samen < 5/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await file(`${base}&format=xlsx`)) as never);
    const rows: unknown[][] = [];
    wb.getWorksheet('Wat werkt per thema')!.eachRow((row, n) => { if (n > 1) rows.push((row.values as unknown[]).slice(1)); });
    expect(rows.map((r) => [r[0], r[3], r[9], r[11]])).toEqual([
      ['Armoede', 'MW-T1', 30, 0.75], ['Armoede', 'MW-T2', 12, 0.5], ['Werk en inkomen', 'MW-T2', 12, 0.5], ['Zonder thema', 'MW-T3', '< 5', undefined], // no progress: an empty cell
    ]);
    const totals: unknown[][] = [];
    wb.getWorksheet('Wat werkt totalen')!.eachRow((row, n) => { if (n > 1) totals.push((row.values as unknown[]).slice(1)); });
    expect(totals.map((r) => [r[0], r[4], r[6]])).toEqual([['Armoede', 2, 42], ['Werk en inkomen', 1, 12], ['Zonder thema', 1, '< 5']]);

    const nl = parseCsv((await file(`${base}&format=csv`)).toString('utf8').replace(/^\uFEFF/, ''), ';');
    const stand = nl.filter((r) => r[0] === 'Wat werkt' && r[5] === 'Stand').map((r) => [r[4], r[1], r[6]]);
    expect(stand).toEqual([
      ['Armoede · Deelnemers aan betaald werk', 'MW-T1', '30'], ['Armoede · Deelnemers aan betaald werk', 'MW-T2', '12'],
      ['Werk en inkomen · Deelnemers aan betaald werk', 'MW-T2', '12'], ['Zonder thema · Deelnemers aan betaald werk', 'MW-T3', '< 5'],
    ]);
    expect(nl.find((r) => r[0] === 'Wat werkt' && r[1] === 'MW-T1' && r[5] === 'Voortgang')![6]).toBe('75%');
    const machine = parseCsv((await file(`${base}&format=csv&dialect=machine`)).toString('utf8').replace(/^\uFEFF/, ''), ',');
    expect(machine.filter((r) => r[0] === 'evidence' && r[1] === '' && r[5] === 'sum').map((r) => r[6])).toEqual(['42', '12', '< 5']);
  });

  it('is kept in a frozen version, whose files stay byte for byte when the live figures move on', async () => {
    const frozen = await t.http.post('/api/reports/quarterly/freeze').send({ lab: labId, quarter: QUARTER });
    expect(frozen.status).toBe(201);
    const id = frozen.body.id;
    const json = (await t.http.get(`/api/reports/quarterly/versions/${id}`)).body;
    const data = json.report ?? json.data ?? json;
    expect(data.evidence[0].definitions[0].totals.sum).toBe(42);
    const pdf = await file(`/api/reports/quarterly/versions/${id}?format=pdf`);
    const xlsx = await file(`/api/reports/quarterly/versions/${id}?format=xlsx`);
    expect(await pdfText(pdf)).toMatch(/Wat werkt per thema .*Armoede/);

    // MW-T2 gets another approved 6 in the quarter before: the live report moves, the frozen version does not.
    await approve(lastIndicator.id, '2017-Q1', 6);
    expect((await report()).body.evidence[0].definitions[0].totals.sum).toBe(48);
    expect((await file(`/api/reports/quarterly/versions/${id}?format=pdf`)).equals(pdf)).toBe(true);
    expect((await file(`/api/reports/quarterly/versions/${id}?format=xlsx`)).equals(xlsx)).toBe(true);
    const again = (await t.http.get(`/api/reports/quarterly/versions/${id}`)).body;
    expect((again.report ?? again.data ?? again).evidence[0].definitions[0].totals.sum).toBe(42);
  });
});
