import ExcelJS from 'exceljs';
import { jest } from '@jest/globals';
import { create, rowCounts, valid } from '../support/factories';
import { parseCsv } from '../support/csv';
import { binary } from '../support/golden-lab';
import { createTestApp, type TestApp } from '../support/test-app';

// "Wat werkt" (issue 14, item 6): GET /api/evidence compares a lab's shared definitions across the projects
// that adopt them, against figures worked out by hand below; filters, the hiding of small counts, the files,
// and every bad request answered 400 naming the parameter.

jest.setTimeout(90_000);
type Body = Record<string, any>;
const QUARTER = '2017-Q2';

let t: TestApp;
let labId: number;
let work: Body;
let score: Body;
const projects: Body[] = [];
let themeId: number;

const approve = async (indicatorId: number, period: string, value: number, peopleMeasured: number | null = null) => {
  const m = await create(t, 'measurements', valid.measurement(indicatorId, { period, value, peopleMeasured }));
  await t.http.post(`/api/measurements/${m.id}/submit`).send({});
  expect((await t.http.post(`/api/measurements/${m.id}/approve`).send({})).status).toBe(200);
};
const compare = (query = '') => t.http.get(`/api/evidence?lab=${labId}&quarter=${QUARTER}${query}`);
const rowOf = (body: Body, definitionId: number, code: string) => body.definitions.find((d: Body) => d.id === definitionId).rows.find((r: Body) => r.projectCode === code);

beforeAll(async () => {
  t = await createTestApp();
  labId = (await create(t, 'labs', valid.lab())).id;
  themeId = (await create(t, 'themes', valid.theme(labId))).id;
  work = await create(t, 'indicator-definitions', { labId, name: 'Deelnemers aan betaald werk', kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum' });
  score = await create(t, 'indicator-definitions', { labId, name: 'Ervaren eigen regie', kind: 'outcome', aspect: 'effectiveness', unit: 'score', direction: 'increase', aggregation: 'average' });
  for (const [code, budgetCents, themeIds, districtIds] of [['MW-E1', 6_000_000, [themeId], [1]], ['MW-E2', 2_000_000, [], [3]], ['MW-E3', null, [themeId], [3]]] as const) {
    projects.push(await create(t, 'projects', valid.project(labId, { code, budgetCents, themeIds, districtIds })));
  }
  await t.dataSource.query(`UPDATE projects SET phase = 'rollout' WHERE id = $1`, [projects[0].id]);
  const adopt = (p: Body, d: Body, extra: Body = {}) => create(t, 'indicators', valid.indicator(p.id, {
    definitionId: d.id, name: `${d.name} ${p.code}`, unit: undefined, direction: undefined, aggregation: undefined, ...extra,
  }));
  // MW-E1: 10 + 12 + 8 = 30 placed of a target of 40 from 0, € 60.000 budget → € 2.000 per person, design before/after.
  const e1 = await adopt(projects[0], work, { baselineValue: 0, targetValue: 40, evidenceDesign: 'before_after', evidenceSource: 'register', validatedBy: 'O&S' });
  await approve(e1.id, '2016-Q4', 10, 60);
  await approve(e1.id, '2017-Q1', 12, 60);
  await approve(e1.id, '2017-Q2', 8, 64);
  await approve(e1.id, '2017-Q3', 50); // after the quarter asked: not counted
  // MW-E2: 3 placed: hidden, with its progress and cost.
  const e2 = await adopt(projects[1], work, { baselineValue: 0, targetValue: 10 });
  await approve(e2.id, '2017-Q2', 3);
  // MW-E3: nothing approved.
  await adopt(projects[2], work, { baselineValue: 0, targetValue: 20 });
  // Scores: MW-E1 6 and 7 → 6.5 from 5 toward 8 = 0.5; MW-E3 8 → 8, progress 1.
  const s1 = await adopt(projects[0], score, { baselineValue: 5, targetValue: 8 });
  await approve(s1.id, '2017-Q1', 6);
  await approve(s1.id, '2017-Q2', 7);
  const s3 = await adopt(projects[2], score, { baselineValue: 5, targetValue: 8 });
  await approve(s3.id, '2017-Q2', 8);
});
afterAll(async () => { await t?.close(); });

describe('GET /api/evidence', () => {
  it('compares each shared definition across the projects that adopt it, as worked out by hand', async () => {
    const res = await compare();
    expect(res.status).toBe(200);
    expect(res.body.definitions.map((d: Body) => d.name)).toEqual(['Deelnemers aan betaald werk', 'Ervaren eigen regie']);
    expect(rowOf(res.body, work.id, 'MW-E1')).toMatchObject({
      phase: 'rollout', latest: { period: '2017-Q2', value: 8 }, figure: 30, target: 40, progress: 0.75, costPerOutcomeCents: 200_000,
      trend: [{ period: '2016-Q3', value: null }, { period: '2016-Q4', value: 10 }, { period: '2017-Q1', value: 12 }, { period: '2017-Q2', value: 8 }],
    });
    expect(rowOf(res.body, work.id, 'MW-E1').evidenceLevel).toBeGreaterThan(rowOf(res.body, work.id, 'MW-E2').evidenceLevel);
    expect(rowOf(res.body, work.id, 'MW-E2')).toMatchObject({ latest: { value: '< 5' }, figure: '< 5', progress: null, costPerOutcomeCents: null });
    expect(rowOf(res.body, work.id, 'MW-E3')).toMatchObject({ latest: null, figure: null, progress: null });
    // One project's figure is hidden: the lab's sum would give it away, so it is hidden too.
    expect(res.body.definitions[0].totals).toMatchObject({ projects: 3, withValue: 2, sum: '< 5', figureRange: null, progressRange: { min: 0.75, max: 0.75 } });
    const scores = res.body.definitions[1];
    expect(rowOf(res.body, score.id, 'MW-E1')).toMatchObject({ figure: 6.5, progress: 0.5, costPerOutcomeCents: null }); // a score: no cost per point
    expect(scores.totals).toMatchObject({ projects: 2, sum: null, figureRange: { min: 6.5, max: 8 }, progressRange: { min: 0.5, max: 1 } });
  });

  it('filters on definition, phase, theme and district', async () => {
    const codes = async (q: string) => (await compare(q)).body.definitions.flatMap((d: Body) => d.rows.map((r: Body) => `${d.id}:${r.projectCode}`)).sort();
    expect(await codes(`&definition=${score.id}`)).toEqual([`${score.id}:MW-E1`, `${score.id}:MW-E3`]);
    expect(await codes('&phase=rollout')).toEqual([`${work.id}:MW-E1`, `${score.id}:MW-E1`]);
    expect(await codes(`&theme=${themeId}`)).toEqual([`${work.id}:MW-E1`, `${work.id}:MW-E3`, `${score.id}:MW-E1`, `${score.id}:MW-E3`].sort());
    expect(await codes('&district=3')).toEqual([`${work.id}:MW-E2`, `${work.id}:MW-E3`, `${score.id}:MW-E3`].sort());
  });

  it('hides nothing once the threshold is 1, and then adds up the sum', async () => {
    const lab = (await t.http.get(`/api/labs/${labId}`)).body;
    await t.http.put(`/api/labs/${labId}`).send({ version: lab.version, smallNumberThreshold: 1 });
    try {
      const res = await compare();
      expect(rowOf(res.body, work.id, 'MW-E2')).toMatchObject({ figure: 3, progress: 0.3, costPerOutcomeCents: 666_667 });
      expect(res.body.definitions[0].totals.sum).toBe(33);
    } finally {
      const now = (await t.http.get(`/api/labs/${labId}`)).body;
      await t.http.put(`/api/labs/${labId}`).send({ version: now.version, smallNumberThreshold: 5 });
    }
  });

  it('orders and pages each definition\'s rows on the API, the totals and the files over all of them', async () => {
    const page = async (sort: string, range: string) => {
      const res = await compare(`&sort=${encodeURIComponent(sort)}&range=${encodeURIComponent(range)}`);
      expect(res.status).toBe(200);
      return res.body;
    };
    const first = await page('["project","DESC"]', '[0,0]');
    expect(first.sort).toEqual({ key: 'project', order: 'desc' });
    expect(first.range).toEqual([0, 0]);
    const works = first.definitions.find((d: Body) => d.id === work.id);
    expect([works.rowCount, works.rows.map((r: Body) => r.projectCode)]).toEqual([3, ['MW-E3']]);
    expect(works.totals).toMatchObject({ projects: 3, withValue: 2 });
    const rest = (await page('["project","DESC"]', '[1,5]')).definitions.find((d: Body) => d.id === work.id);
    expect(rest.rows.map((r: Body) => r.projectCode)).toEqual(['MW-E2', 'MW-E1']);
    // Best progress first by default; a hidden or missing progress last, whatever the order.
    expect((await compare()).body.definitions[0].rows.map((r: Body) => r.projectCode)).toEqual(['MW-E1', 'MW-E2', 'MW-E3']);
    expect((await page('["progress","ASC"]', '[0,24]')).definitions[0].rows.map((r: Body) => r.projectCode)).toEqual(['MW-E1', 'MW-E2', 'MW-E3']);
    expect((await page('["level","ASC"]', '[0,24]')).definitions[0].rows.at(-1).projectCode).toBe('MW-E1');
    const csv = await compare(`&format=csv&range=${encodeURIComponent('[0,0]')}`).buffer(true).parse(binary);
    expect(parseCsv((csv.body as Buffer).toString('utf8').replace(/^\uFEFF/, ''), ';')).toHaveLength(1 + 3 + 2);
  });

  it('gives the same rows as CSV for Dutch Excel and as XLSX', async () => {
    const json = (await compare()).body;
    const csv = await compare('&format=csv').buffer(true).parse(binary);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="wat-werkt-${QUARTER}.csv"`);
    const rows = parseCsv((csv.body as Buffer).toString('utf8').replace(/^\uFEFF/, ''), ';');
    expect(rows[0]!.slice(0, 4)).toEqual(['Definitie', 'Eenheid', 'Telling', 'Projectcode']);
    const e1 = rows.find((r) => r[0] === 'Deelnemers aan betaald werk' && r[3] === 'MW-E1')!;
    expect([e1[8], e1[9], e1[11], e1[15]]).toEqual(['8', '30', '0,75', '2000']);
    expect(rows.find((r) => r[3] === 'MW-E2')![9]).toBe('< 5');
    expect(rows).toHaveLength(1 + json.definitions.reduce((n: number, d: Body) => n + d.rows.length, 0));

    const xlsx = await compare('&format=xlsx').buffer(true).parse(binary);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const ws = wb.getWorksheet('Wat werkt')!;
    const found: unknown[][] = [];
    ws.eachRow((row, n) => { if (n > 1) found.push((row.values as unknown[]).slice(1)); });
    const x1 = found.find((r) => r[0] === 'Deelnemers aan betaald werk' && r[3] === 'MW-E1')!;
    expect([x1[8], x1[9], x1[11], x1[15]]).toEqual([8, 30, 0.75, 2000]);
    expect(found.find((r) => r[3] === 'MW-E2')![9]).toBe('< 5');
  });

  it('answers every bad request with a 400 naming the parameter, and changes nothing', async () => {
    const other = await create(t, 'labs', valid.lab());
    const foreign = await create(t, 'indicator-definitions', { labId: other.id, name: 'Elders', kind: 'outcome', aspect: 'effectiveness', unit: 'count' });
    const before = await rowCounts(t);
    for (const [query, field] of [
      [`lab=${labId}`, 'quarter'], [`quarter=${QUARTER}`, 'lab'], [`lab=x&quarter=${QUARTER}`, 'lab'], [`lab=${labId}&quarter=2017-5`, 'quarter'],
      [`lab=${labId}&quarter=${QUARTER}&phase=pilot`, 'phase'], [`lab=${labId}&quarter=${QUARTER}&theme=-1`, 'theme'],
      [`lab=${labId}&quarter=${QUARTER}&district=abc`, 'district'], [`lab=${labId}&quarter=${QUARTER}&format=pdf`, 'format'],
      [`lab=${labId}&quarter=${QUARTER}&definition=${foreign.id}`, 'definition'], [`lab=${labId}&quarter=${QUARTER}&sort=name`, 'sort'],
      [`lab=${labId}&quarter=${QUARTER}&sort=["name","ASC"]`, 'sort'], [`lab=${labId}&quarter=${QUARTER}&sort=["figure","UP"]`, 'sort'],
      [`lab=${labId}&quarter=${QUARTER}&range=[0,100]`, 'range'], [`lab=${labId}&quarter=${QUARTER}&range=[5,1]`, 'range'],
      [`lab=${labId}&quarter=${QUARTER}&range=[-1,3]`, 'range'], [`lab=${labId}&quarter=${QUARTER}&range=0`, 'range'],
    ] as const) {
      const res = await t.http.get(`/api/evidence?${query.replace(/[[\]"]/g, encodeURIComponent)}`);
      expect([query, res.status]).toEqual([query, 400]);
      expect(Object.keys(res.body.errors)).toContain(field);
    }
    expect((await t.http.get(`/api/evidence?lab=999999&quarter=${QUARTER}`)).status).toBe(404);
    expect(await rowCounts(t)).toEqual(before);
  });
});

describe('on the demo lab', () => {
  let demo: TestApp;
  beforeAll(async () => { demo = await createTestApp({ demoData: true }); });
  afterAll(async () => { await demo?.close(); });

  it('gives each project its success criteria met, as the criteria themselves say', async () => {
    const [lab] = (await demo.http.get('/api/labs')).body;
    const quarter = '2026-Q3';
    const res = await demo.http.get(`/api/evidence?lab=${lab.id}&quarter=${quarter}`);
    expect(res.status).toBe(200);
    const rows: Body[] = res.body.definitions.flatMap((d: Body) => d.rows);
    const withCriteria = rows.filter((r) => r.criteria);
    expect(withCriteria.length).toBeGreaterThan(0);
    for (const r of withCriteria) {
      const criteria: Body[] = (await demo.http.get(`/api/success-criteria?filter={"projectId":${r.projectId}}&range=[0,99]`)).body;
      expect([r.projectCode, r.criteria]).toEqual([r.projectCode, { met: criteria.filter((c) => c.judgement.met).length, total: criteria.length }]);
    }
    // Projects still in their scenario fixed none.
    expect(rows.filter((r) => r.phase === 'scenario').every((r) => r.criteria === null)).toBe(true);
  });
});
