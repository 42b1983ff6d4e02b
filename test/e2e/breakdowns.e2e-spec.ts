import { create, rowCounts, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

// Breakdowns (issue 14, item 2) over real HTTP: a lab's dimensions (stadsdeel seeded from the districts), an
// indicator broken down by them, measurements carrying a figure per value that add up for a sum indicator,
// the quarterly entry taking the same parts, and the review lock, versions and audit trail covering them.

type Body = Record<string, any>;

let t: TestApp;
let labId: number;
let projectId: number;
let stadsdeel: Body;
let doelgroep: Body;
let otherLabDimension: Body;

const DISTRICTS = ['centrum', 'nieuw-west', 'noord', 'oost', 'weesp', 'west', 'zuid', 'zuidoost'];
/** A stadsdeel breakdown: the given cells, 0 elsewhere. */
const perDistrict = (cells: Record<string, number>) => Object.fromEntries(DISTRICTS.map((c) => [c, cells[c] ?? 0]));

beforeAll(async () => {
  t = await createTestApp();
  labId = (await create(t, 'labs', valid.lab())).id;
  projectId = (await create(t, 'projects', valid.project(labId))).id;
  [stadsdeel] = (await t.http.get(`/api/dimensions?filter={"labId":${labId},"key":"stadsdeel"}`)).body;
  doelgroep = await create(t, 'dimensions', {
    labId, key: 'doelgroep', name: 'Doelgroep', values: [{ code: 'jong', label: '18–26 jaar' }, { code: 'midden', label: '27–49 jaar' }, { code: 'ouder', label: '50 jaar en ouder' }],
  });
  const otherLab = await create(t, 'labs', valid.lab());
  [otherLabDimension] = (await t.http.get(`/api/dimensions?filter={"labId":${otherLab.id}}`)).body;
});
afterAll(async () => { await t?.close(); });

const indicator = (extra: Body = {}) => create(t, 'indicators', valid.indicator(projectId, { dimensionIds: [stadsdeel.id, doelgroep.id], ...extra }));
let quarter = 0;
const nextPeriod = () => `2016-Q${(quarter++ % 4) + 1}`.replace('2016', String(2016 + Math.floor(quarter / 4)));

describe('a lab\'s dimensions', () => {
  it('every new lab has a stadsdeel dimension with the districts as its values', () => {
    expect(stadsdeel).toMatchObject({ labId, key: 'stadsdeel', name: 'Stadsdeel', usedBy: 0 });
    expect(stadsdeel.values.map((v: Body) => v.code).sort()).toEqual(DISTRICTS);
    expect(stadsdeel.values.find((v: Body) => v.code === 'nieuw-west').label).toBe('Nieuw-West');
  });

  it('refuses badly formed codes, a value twice and an empty list, naming each, and changes nothing', async () => {
    const before = await rowCounts(t);
    const bad = await t.http.post('/api/dimensions').send({ labId, key: 'Wet', name: 'Wet', values: [{ code: 'wmo', label: 'Wmo' }, { code: 'wmo', label: 'Wmo 2' }, { code: 'Participatiewet', label: 'P' }] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['key', 'values.1.code', 'values.2.code']);
    const empty = await t.http.post('/api/dimensions').send({ labId, key: 'wet', name: 'Wet', values: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.values).toMatch(/at least one value/);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('keeps a value that measurements use, and its key while indicators use it (409 naming the field)', async () => {
    const dimension = await create(t, 'dimensions', { labId, key: `wet${Date.now()}`.slice(0, 20), name: 'Wet', values: [{ code: 'wmo', label: 'Wmo' }, { code: 'pw', label: 'Participatiewet' }] });
    const i = await indicator({ dimensionIds: [dimension.id] });
    await create(t, 'measurements', valid.measurement(i.id, { period: '2016-Q1', value: 7, parts: { [dimension.key]: { wmo: 3, pw: 4 } } }));
    const current = (await t.http.get(`/api/dimensions/${dimension.id}`)).body;
    expect(current.usedBy).toBe(1);
    const drop = await t.http.put(`/api/dimensions/${dimension.id}`).send({ ...current, values: [{ code: 'wmo', label: 'Wmo' }] });
    expect(drop.status).toBe(409);
    expect(drop.body.errors.values).toBe('cannot drop pw: measurements carry figures for it');
    const rename = await t.http.put(`/api/dimensions/${dimension.id}`).send({ ...current, key: 'regeling' });
    expect(rename.status).toBe(409);
    expect(rename.body.errors.key).toMatch(/^cannot change while 1 indicator is broken down by this dimension$/);
    // New values and labels are fine.
    const grown = await t.http.put(`/api/dimensions/${dimension.id}`).send({ ...current, values: [...current.values, { code: 'ww', label: 'WW' }] });
    expect(grown.status).toBe(200);
    expect(grown.body.values).toHaveLength(3);
  });
});

describe('an indicator broken down', () => {
  it('by the lab\'s own dimensions only, each once', async () => {
    const before = await rowCounts(t);
    for (const [dimensionIds, words] of [
      [[otherLabDimension.id], /^lists stadsdeel of another lab: choose the project's own lab's dimensions$/],
      [[stadsdeel.id, stadsdeel.id], /^lists a dimension twice/],
      [[999999], /^refers to a dimension that does not exist \(id 999999\)$/],
    ] as const) {
      const res = await t.http.post('/api/indicators').send(valid.indicator(projectId, { dimensionIds }));
      expect(res.status).toBe(400);
      expect(res.body.errors.dimensionIds).toMatch(words);
    }
    expect(await rowCounts(t)).toEqual(before);
  });

  it('does not drop a dimension its measurements carry parts for', async () => {
    const i = await indicator();
    await create(t, 'measurements', valid.measurement(i.id, { value: 10, parts: { doelgroep: { jong: 5, midden: 5, ouder: 0 } } }));
    const res = await t.http.put(`/api/indicators/${i.id}`).send({ version: i.version, dimensionIds: [stadsdeel.id] });
    expect(res.status).toBe(409);
    expect(res.body.errors.dimensionIds).toMatch(/^cannot drop a dimension that 1 measurement carries parts for$/);
    expect((await t.http.put(`/api/indicators/${i.id}`).send({ version: i.version, dimensionIds: [doelgroep.id] })).status).toBe(200);
  });
});

describe('a measurement\'s parts', () => {
  it('are stored per dimension and value, and add up to the value of a sum indicator', async () => {
    const i = await indicator();
    const parts = { stadsdeel: perDistrict({ centrum: 12, noord: 30, zuidoost: 8 }), doelgroep: { jong: 20, midden: 20, ouder: 10 } };
    const res = await t.http.post('/api/measurements').send(valid.measurement(i.id, { value: 50, parts }));
    expect(res.status).toBe(201);
    expect(res.body.parts).toEqual(parts);
    expect((await t.http.get(`/api/measurements/${res.body.id}`)).body.parts).toEqual(parts);
  });

  it('names the dimension and the difference when they do not add up, and saves nothing', async () => {
    const i = await indicator();
    const before = await rowCounts(t);
    const res = await t.http.post('/api/measurements').send(valid.measurement(i.id, {
      value: 50, parts: { stadsdeel: perDistrict({ centrum: 12, noord: 30 }), doelgroep: { jong: 20, midden: 20, ouder: 20 } },
    }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({
      'parts.stadsdeel': 'adds up to 42, 8 less than the value 50: the parts of a sum indicator add up to its value',
      'parts.doelgroep': 'adds up to 60, 10 more than the value 50: the parts of a sum indicator add up to its value',
    });
    expect(res.body.fieldCodes['parts.stadsdeel']).toEqual({ code: 'parts_sum_short', params: { total: '42', difference: '8', value: '50' } });
    expect(await rowCounts(t)).toEqual(before);
  });

  it('refuses a value outside its dimension, parts on an indicator without breakdown, and a part that is no count', async () => {
    const broken = await indicator();
    const plain = await create(t, 'indicators', valid.indicator(projectId));
    const before = await rowCounts(t);
    const outside = await t.http.post('/api/measurements').send(valid.measurement(broken.id, { value: 3, parts: { doelgroep: { jong: 1, midden: 1, ouder: 0, kind: 1 } } }));
    expect(outside.status).toBe(400);
    expect(outside.body.errors['parts.doelgroep.kind']).toBe('is not a value of doelgroep: its values are jong, midden, ouder');
    const none = await t.http.post('/api/measurements').send(valid.measurement(plain.id, { value: 3, parts: { doelgroep: { jong: 3, midden: 0, ouder: 0 } } }));
    expect(none.status).toBe(400);
    expect(none.body.errors.parts).toMatch(/^are given, but this indicator has no breakdown/);
    const fraction = await t.http.post('/api/measurements').send(valid.measurement(broken.id, { value: 3, parts: { doelgroep: { jong: 1.5, midden: 1.5, ouder: 0 } } }));
    expect(fraction.body.errors['parts.doelgroep.jong']).toBe('must be a whole number, 0 or more (a count)');
    const text = await t.http.post('/api/measurements').send(valid.measurement(broken.id, { value: 3, parts: 'centrum: 3' }));
    expect(text.status).toBe(400);
    expect(text.body.errors.parts).toMatch(/must be an object of figures per dimension/);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('parts of an average indicator are carried without adding up', async () => {
    const i = await indicator({ unit: 'score', aggregation: 'average', baselineValue: 5, targetValue: 7 });
    const res = await t.http.post('/api/measurements').send(valid.measurement(i.id, { value: 6.5, parts: { doelgroep: { jong: 6, midden: 7, ouder: 6.5 } } }));
    expect(res.status).toBe(201);
  });

  it('a changed value is checked against the stored parts', async () => {
    const i = await indicator();
    const m = await create(t, 'measurements', valid.measurement(i.id, { value: 10, parts: { doelgroep: { jong: 4, midden: 6, ouder: 0 } } }));
    const res = await t.http.put(`/api/measurements/${m.id}`).send({ version: m.version, value: 11 });
    expect(res.status).toBe(400);
    expect(res.body.errors['parts.doelgroep']).toMatch(/^adds up to 10, 1 less than the value 11/);
  });

  it('are locked with the measurement once submitted, and on its audit trail', async () => {
    const i = await indicator();
    const m = await create(t, 'measurements', valid.measurement(i.id, { value: 10, parts: { doelgroep: { jong: 4, midden: 6, ouder: 0 } } }));
    const changed = await t.http.put(`/api/measurements/${m.id}`).send({ version: m.version, parts: { doelgroep: { jong: 5, midden: 5, ouder: 0 } } });
    expect(changed.status).toBe(200);
    const audit = (await t.http.get(`/api/audit-events?filter={"resource":"measurements","recordId":${m.id}}&sort=["id","ASC"]`)).body;
    expect(audit.map((a: Body) => a.action)).toEqual(['create', 'update']);
    expect(audit[1].changes.parts).toEqual({ before: { doelgroep: { jong: 4, midden: 6, ouder: 0 } }, after: { doelgroep: { jong: 5, midden: 5, ouder: 0 } } });
    expect((await t.http.post(`/api/measurements/${m.id}/submit`).send({})).status).toBe(200);
    const submitted = (await t.http.get(`/api/measurements/${m.id}`)).body;
    const locked = await t.http.put(`/api/measurements/${m.id}`).send({ ...submitted, parts: { doelgroep: { jong: 6, midden: 4, ouder: 0 } } });
    expect(locked.status).toBe(409);
    expect(Object.keys(locked.body.errors)).toEqual(['parts']);
    // Sending it back as read is no change.
    expect((await t.http.put(`/api/measurements/${m.id}`).send(submitted)).status).toBe(200);
  });
});

describe('the quarterly entry', () => {
  it('shows each indicator\'s dimensions and takes the parts with the value, checked like a measurement', async () => {
    const i = await indicator();
    const period = nextPeriod();
    const entry = (await t.http.get(`/api/projects/${projectId}/quarters/${period}`)).body;
    const row = entry.indicators.find((r: Body) => r.id === i.id);
    expect(row.dimensions.map((d: Body) => d.key)).toEqual(['stadsdeel', 'doelgroep']);
    expect(row.dimensions[1].values.map((v: Body) => v.code)).toEqual(['jong', 'midden', 'ouder']);

    const before = await rowCounts(t);
    const wrong = await t.http.put(`/api/projects/${projectId}/quarters/${period}`).send({
      measurements: [{ indicatorId: i.id, value: 9, peopleMeasured: 9, parts: { doelgroep: { jong: 4, midden: 4, ouder: 0 } } }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors['measurements.0.parts.doelgroep']).toMatch(/^adds up to 8, 1 less than the value 9/);
    expect(await rowCounts(t)).toEqual(before);

    const saved = await t.http.put(`/api/projects/${projectId}/quarters/${period}`).send({
      measurements: [{ indicatorId: i.id, value: 9, peopleMeasured: 9, parts: { doelgroep: { jong: 4, midden: 5, ouder: 0 } } }],
    });
    expect(saved.status).toBe(200);
    const m = saved.body.indicators.find((r: Body) => r.id === i.id).measurement;
    expect(m).toMatchObject({ value: 9, peopleMeasured: 9, parts: { doelgroep: { jong: 4, midden: 5, ouder: 0 } } });
  });
});
