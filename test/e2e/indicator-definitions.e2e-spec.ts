import { create, rowCounts, valid } from '../support/factories';
import { createTestApp, type Http, type TestApp } from '../support/test-app';

// A lab's indicator library (issue 14, item 1) and the evidence level of an indicator's figures (item 4),
// over real HTTP on the demo lab: who may change a definition, an indicator adopting one and following its
// unit, direction and aggregation, a definition in use that keeps its terms, and the level on every read.

type Body = Record<string, any>;
const DEMO = 'meedoen-werkt-demo';

let t: TestApp;
let focus: Http;
let member: Http;
let labId: number;
let otherLabId: number;
/** MW-03, on whose team the demo project member is. */
let ownProject: Body;
let lastDemoIndicator: number;
let demoDefinitions: Body[];

beforeAll(async () => {
  t = await createTestApp({ demoData: true });
  focus = await t.as('focusteam@meedoenwerkt.example', DEMO);
  member = await t.as('projectlid@meedoenwerkt.example', DEMO);
  [ownProject] = (await t.http.get('/api/projects?filter={"code":"MW-03"}')).body;
  labId = ownProject.labId;
  otherLabId = (await create(t, 'labs', valid.lab())).id;
  lastDemoIndicator = (await t.http.get('/api/indicators?sort=["id","DESC"]&range=[0,0]')).body[0].id;
  demoDefinitions = (await t.http.get(`/api/indicator-definitions?filter={"labId":${labId}}`)).body;
});
afterAll(async () => { await t?.close(); });

let n = 0;
const definition = (extra: Body = {}): Body => ({
  labId, name: `Deelnemers aan werk ${++n}`, definition: 'Aantal deelnemers dat start met betaald werk', kind: 'outcome',
  aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum', dataSource: 'WPI', ...extra,
});
const get = async (resource: string, id: number) => (await t.http.get(`/api/${resource}/${id}`)).body as Body;
/** Everything a refused request could have touched. */
const snapshot = async (resource?: string, id?: number) => ({ rows: await rowCounts(t), record: resource && id ? await get(resource, id) : null });

describe('the library: who may keep it', () => {
  it('the focus team creates, changes and deletes a definition, each on record', async () => {
    const created = await focus.post('/api/indicator-definitions').send(definition());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ labId, unit: 'count', direction: 'increase', aggregation: 'sum', adoptedBy: 0, version: 1 });
    const changed = await focus.put(`/api/indicator-definitions/${created.body.id}`).send({ ...created.body, unit: 'percent', aggregation: 'latest' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ unit: 'percent', aggregation: 'latest', version: 2 });
    expect((await focus.delete(`/api/indicator-definitions/${created.body.id}`)).status).toBe(200);
    const audit = (await t.http.get(`/api/audit-events?filter={"resource":"indicator-definitions","recordId":${created.body.id}}&sort=["id","ASC"]`)).body;
    expect(audit.map((a: Body) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(audit[1].changes.unit).toEqual({ before: 'count', after: 'percent' });
  });

  it('lists a lab\'s definitions, filtered and searched', async () => {
    const mine = await create(t, 'indicator-definitions', definition({ name: 'Vrijwilligers met een vaste plek' }));
    await create(t, 'indicator-definitions', definition({ labId: otherLabId, name: 'Vrijwilligers met een vaste plek' }));
    const res = await t.http.get(`/api/indicator-definitions?filter=${JSON.stringify({ labId, q: 'vaste plek' })}`);
    expect(res.status).toBe(200);
    expect(res.body.map((d: Body) => d.id)).toEqual([mine.id]);
    expect(res.headers['content-range']).toBe('indicator-definitions 0-0/1');
  });

  it('a project member reads the library but changes nothing in it: 403 and nothing written', async () => {
    const existing = await create(t, 'indicator-definitions', definition());
    expect((await member.get('/api/indicator-definitions')).status).toBe(200);
    expect((await member.get(`/api/indicator-definitions/${existing.id}`)).body.name).toBe(existing.name);
    const before = await snapshot('indicator-definitions', existing.id);
    for (const res of [
      await member.post('/api/indicator-definitions').send(definition()),
      await member.put(`/api/indicator-definitions/${existing.id}`).send({ ...existing, name: 'Anders' }),
      await member.delete(`/api/indicator-definitions/${existing.id}`),
    ]) {
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    }
    expect(await snapshot('indicator-definitions', existing.id)).toEqual(before);
  });

  it('one name once per lab: the same name in the same lab is refused', async () => {
    const first = await create(t, 'indicator-definitions', definition());
    const res = await focus.post('/api/indicator-definitions').send(definition({ name: first.name }));
    expect([409, 422]).toContain(res.status);
  });
});

describe('an indicator adopting a definition', () => {
  it('takes its unit, direction and aggregation (and kind and aspect where none is sent), keeps its own baseline and target', async () => {
    const d = await create(t, 'indicator-definitions', definition({ unit: 'percent', direction: 'decrease', aggregation: 'latest', kind: 'outcome', aspect: 'sustainability' }));
    const res = await member.post('/api/indicators').send({
      projectId: ownProject.id, name: 'Uitval na zes maanden', definitionId: d.id,
      baselineValue: 40, baselineDate: '2024-01-01', targetValue: 20, targetDate: '2026-12-31',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      definitionId: d.id, unit: 'percent', direction: 'decrease', aggregation: 'latest', kind: 'outcome', aspect: 'sustainability',
      baselineValue: 40, targetValue: 20,
    });
    expect((await get('indicator-definitions', d.id)).adoptedBy).toBe(1);
  });

  it('existing indicators keep working without one, and an indicator without one still needs its unit', async () => {
    const res = await t.http.post('/api/indicators').send(valid.indicator(ownProject.id));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ definitionId: null, evidenceDesign: 'none', evidenceSource: null, validatedBy: null });
    const before = await rowCounts(t);
    const missing = await t.http.post('/api/indicators').send({ ...valid.indicator(ownProject.id), unit: undefined });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.errors)).toEqual(['unit']);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('diverging from the definition answers 400 naming each field and the fix, and writes nothing', async () => {
    const d = await create(t, 'indicator-definitions', definition());
    const before = await rowCounts(t);
    const res = await t.http.post('/api/indicators').send(valid.indicator(ownProject.id, { definitionId: d.id, unit: 'percent', aggregation: 'average' }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({
      unit: `follows the definition '${d.name}' (count); leave it out or use that value`,
      aggregation: `follows the definition '${d.name}' (sum); leave it out or use that value`,
    });
    expect(await rowCounts(t)).toEqual(before);
    // Sending the definition's own values is fine.
    expect((await t.http.post('/api/indicators').send(valid.indicator(ownProject.id, { definitionId: d.id }))).status).toBe(201);
  });

  it('an adopting indicator cannot be changed to diverge later: 400 naming the field, nothing changed', async () => {
    const d = await create(t, 'indicator-definitions', definition());
    const indicator = await create(t, 'indicators', valid.indicator(ownProject.id, { definitionId: d.id }));
    const before = await snapshot('indicators', indicator.id);
    const res = await member.put(`/api/indicators/${indicator.id}`).send({ ...indicator, direction: 'decrease', targetValue: indicator.targetValue });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ direction: `follows the definition '${d.name}' (increase); leave it out or use that value` });
    expect(await snapshot('indicators', indicator.id)).toEqual(before);
    // Its own fields still change, sent back whole as the dashboard does.
    const renamed = await member.put(`/api/indicators/${indicator.id}`).send({ ...indicator, name: 'Eigen naam', baselineValue: 12 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Eigen naam', baselineValue: 12, definitionId: d.id });
  });

  it('adopting later takes the definition\'s terms; leaving it keeps them', async () => {
    const d = await create(t, 'indicator-definitions', definition({ aggregation: 'average', unit: 'score' }));
    const indicator = await create(t, 'indicators', valid.indicator(ownProject.id, { unit: 'score', baselineValue: 5, targetValue: 7 }));
    const adopted = await t.http.put(`/api/indicators/${indicator.id}`).send({ version: indicator.version, definitionId: d.id });
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({ definitionId: d.id, unit: 'score', aggregation: 'average' });
    const left = await t.http.put(`/api/indicators/${indicator.id}`).send({ version: adopted.body.version, definitionId: null, aggregation: 'latest' });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ definitionId: null, unit: 'score', aggregation: 'latest' });
  });

  it('a definition of another lab answers 400 naming definitionId, and nothing changes', async () => {
    const foreign = await create(t, 'indicator-definitions', definition({ labId: otherLabId }));
    const before = await rowCounts(t);
    const res = await t.http.post('/api/indicators').send(valid.indicator(ownProject.id, { definitionId: foreign.id }));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual(['definitionId']);
    expect(res.body.errors.definitionId).toMatch(/another lab/);
    expect(await rowCounts(t)).toEqual(before);

    const indicator = await create(t, 'indicators', valid.indicator(ownProject.id));
    const snap = await snapshot('indicators', indicator.id);
    const put = await t.http.put(`/api/indicators/${indicator.id}`).send({ ...indicator, definitionId: foreign.id });
    expect(put.status).toBe(400);
    expect(Object.keys(put.body.errors)).toEqual(['definitionId']);
    expect(await snapshot('indicators', indicator.id)).toEqual(snap);
  });

  it('a project whose indicators adopt its lab\'s definitions does not move to another lab (409 naming labId)', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    const d = await create(t, 'indicator-definitions', definition());
    const indicator = await create(t, 'indicators', valid.indicator(project.id, { definitionId: d.id }));
    const before = await snapshot('projects', project.id);
    const res = await t.http.put(`/api/projects/${project.id}`).send({ version: project.version, labId: otherLabId });
    expect(res.status).toBe(409);
    expect(Object.keys(res.body.errors)).toEqual(['labId']);
    expect(res.body.errors.labId).toMatch(/^cannot change while 1 indicator of this project adopts a definition/);
    expect(await snapshot('projects', project.id)).toEqual(before);
    // Once it leaves the definition, the project may move.
    await t.http.put(`/api/indicators/${indicator.id}`).send({ version: indicator.version, definitionId: null }).expect(200);
    expect((await t.http.put(`/api/projects/${project.id}`).send({ version: project.version, labId: otherLabId })).status).toBe(200);
  });

  it('a definition that does not exist answers 400 naming definitionId', async () => {
    const res = await t.http.post('/api/indicators').send(valid.indicator(ownProject.id, { definitionId: 999999 }));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual(['definitionId']);
  });
});

describe('a definition in use keeps its terms', () => {
  it('changing the unit, direction or aggregation while indicators adopt it: 409 saying how many, nothing changed', async () => {
    const d = await create(t, 'indicator-definitions', definition());
    await create(t, 'indicators', valid.indicator(ownProject.id, { definitionId: d.id }));
    await create(t, 'indicators', valid.indicator(ownProject.id, { definitionId: d.id }));
    const current = await get('indicator-definitions', d.id);
    expect(current.adoptedBy).toBe(2);
    const before = await snapshot('indicator-definitions', d.id);
    const res = await focus.put(`/api/indicator-definitions/${d.id}`).send({ ...current, unit: 'percent' });
    expect(res.status).toBe(409);
    expect(res.body.errors.unit).toMatch(/^cannot change while 2 indicators adopt this definition/);
    expect(res.body.message).toMatch(/2 indicators adopt/);
    expect(await snapshot('indicator-definitions', d.id)).toEqual(before);
    // Its name and text may still change.
    const renamed = await focus.put(`/api/indicator-definitions/${d.id}`).send({ ...current, name: `${d.name} (herzien)`, definition: 'Scherper omschreven' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.adoptedBy).toBe(2);
  });

  it('is not deleted while indicators adopt it (409 naming them), nor moved to another lab', async () => {
    const d = await create(t, 'indicator-definitions', definition());
    await create(t, 'indicators', valid.indicator(ownProject.id, { definitionId: d.id }));
    const before = await rowCounts(t);
    const res = await focus.delete(`/api/indicator-definitions/${d.id}`);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/1 indicators still refer to it/);
    const moved = await focus.put(`/api/indicator-definitions/${d.id}`).send({ version: d.version, labId: otherLabId });
    expect(moved.status).toBe(409);
    expect(Object.keys(moved.body.errors)).toEqual(['labId']);
    expect(await rowCounts(t)).toEqual(before);
  });
});

describe('the evidence level', () => {
  /** Creates, submits and approves a measurement, as the team and the focus team would. */
  async function approved(indicatorId: number, period: string, value: number, peopleMeasured: number | null) {
    const m = await create(t, 'measurements', { indicatorId, period, value, peopleMeasured });
    expect((await t.http.post(`/api/measurements/${m.id}/submit`).send({})).status).toBe(200);
    expect((await focus.post(`/api/measurements/${m.id}/approve`).send({})).status).toBe(200);
  }

  it('rises with the design, the approved quarters and the people measured, on every read, in words', async () => {
    const indicator = await create(t, 'indicators', valid.indicator(ownProject.id, {
      evidenceDesign: 'randomised', evidenceSource: 'register', validatedBy: 'Universiteit van Amsterdam',
    }));
    expect(indicator.evidence).toMatchObject({ level: 1, approvedQuarters: 0, peopleMeasured: null });
    expect(indicator.evidence.label).toEqual({ nl: '1 – goed beschreven', en: '1 – well described' });
    expect(indicator.evidence.next.nl).toMatch(/^Voor niveau 2 \(goed onderbouwd\) nodig: minstens 1 goedgekeurde kwartaal \(nu 0\)/);

    await approved(indicator.id, '2025-Q1', 12, 30);
    await approved(indicator.id, '2025-Q2', 14, 30);
    expect((await get('indicators', indicator.id)).evidence.level).toBe(3);
    await approved(indicator.id, '2025-Q3', 15, 40);
    await approved(indicator.id, '2025-Q4', 18, 45);
    const four = await get('indicators', indicator.id);
    expect(four.evidence).toMatchObject({ level: 4, approvedQuarters: 4, peopleMeasured: 45 });
    expect(four.evidence.next.nl).toContain('minstens 50 gemeten personen in het laatste goedgekeurde kwartaal (nu 45)');
    // A draft does not count: only approved figures.
    await create(t, 'measurements', { indicatorId: indicator.id, period: '2026-Q2', value: 20, peopleMeasured: 500 });
    expect((await get('indicators', indicator.id)).evidence.level).toBe(4);
    await approved(indicator.id, '2026-Q1', 21, 60);
    const five = await get('indicators', indicator.id);
    expect(five.evidence).toMatchObject({ level: 5, approvedQuarters: 5, peopleMeasured: 60, next: null });
    expect(five.evidence.label.nl).toBe('5 – sterke aanwijzingen voor effectiviteit');
    expect(five.evidence.explanation.nl).toBe(
      'Niveau 5 van 5, sterke aanwijzingen voor effectiviteit: gerandomiseerd (loting), bron: registratie, 5 goedgekeurde kwartalen, '
      + '60 gemeten personen, gevalideerd door Universiteit van Amsterdam.',
    );
    expect(five.evidence.explanation.en).toMatch(/^Level 5 of 5, strong indications of effectiveness: randomised, source: register/);
    // The list says the same as the record.
    const [listed] = (await t.http.get(`/api/indicators?filter={"id":[${indicator.id}]}`)).body;
    expect(listed.evidence).toEqual(five.evidence);
    expect(listed).not.toHaveProperty('approvedQuarters');

    // Weaker facts lower it: self-report without validation caps it at 3.
    const weaker = await t.http.put(`/api/indicators/${indicator.id}`).send({ ...five, evidenceSource: 'self_report', validatedBy: null });
    expect(weaker.status).toBe(200);
    expect(weaker.body.evidence.level).toBe(3);
    expect(weaker.body.evidence).toEqual((await get('indicators', indicator.id)).evidence);
  });

  it('varies across the demo lab, whose shared definitions several projects adopt', async () => {
    const codes = Array.from({ length: 14 }, (_, i) => `MW-${String(i + 1).padStart(2, '0')}`);
    const projects: Body[] = (await t.http.get(`/api/projects?filter=${JSON.stringify({ code: codes })}`)).body;
    expect(projects).toHaveLength(14);
    // The demo indicators only: other tests in this file add their own.
    const all: Body[] = (await t.http.get(`/api/indicators?filter=${JSON.stringify({ projectId: projects.map((p) => p.id), id_lte: lastDemoIndicator })}`)).body;
    // Every step of the ladder occurs, from "goed beschreven" to "sterke aanwijzingen".
    expect([...new Set(all.map((i) => i.evidence.level))].sort()).toEqual([1, 2, 3, 4, 5]);
    const levelOf = (name: string) => all.find((i) => i.name === name)?.evidence.level;
    expect(levelOf('Aantal kandidaten dat zes maanden of langer aan het werk is')).toBe(5);
    expect(levelOf('Aantal deelnemers doorgestroomd naar betaald werk')).toBe(4);
    expect(levelOf('Ervaren regie over het eigen leven')).toBe(3);
    expect(levelOf('Doorlooptijd van aanmelding tot start dagbesteding (dagen)')).toBe(2);
    const shared = demoDefinitions.filter((d) => d.adoptedBy >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const d of shared) {
      const adopting = all.filter((i) => i.definitionId === d.id);
      expect(adopting).toHaveLength(d.adoptedBy);
      expect(new Set(adopting.map((i) => i.projectId)).size).toBe(d.adoptedBy);
      for (const i of adopting) expect([i.unit, i.direction, i.aggregation]).toEqual([d.unit, d.direction, d.aggregation]);
    }
  });

  it('a measurement carries the people measured: a whole number, not negative, locked once approved', async () => {
    const indicator = await create(t, 'indicators', valid.indicator(ownProject.id));
    const m = await create(t, 'measurements', { indicatorId: indicator.id, period: '2025-Q1', value: 4, peopleMeasured: 0 });
    expect(m.peopleMeasured).toBe(0);
    await t.http.post(`/api/measurements/${m.id}/submit`).send({});
    await focus.post(`/api/measurements/${m.id}/approve`).send({});
    const approvedOne = await get('measurements', m.id);
    const res = await t.http.put(`/api/measurements/${m.id}`).send({ ...approvedOne, peopleMeasured: 10 });
    expect(res.status).toBe(409);
    expect(Object.keys(res.body.errors)).toEqual(['peopleMeasured']);
  });
});

describe('bad values answer 400 naming the field, and change nothing', () => {
  let indicator: Body;
  let measurement: Body;
  let def: Body;
  beforeAll(async () => {
    indicator = await create(t, 'indicators', valid.indicator(ownProject.id));
    measurement = await create(t, 'measurements', { indicatorId: indicator.id, period: '2024-Q3', value: 2 });
    def = await create(t, 'indicator-definitions', definition());
  });

  it.each<[string, string, () => Body, string]>([
    ['indicator evidenceDesign unknown', 'indicators', () => ({ evidenceDesign: 'rct' }), 'evidenceDesign'],
    ['indicator evidenceDesign null', 'indicators', () => ({ evidenceDesign: null }), 'evidenceDesign'],
    ['indicator evidenceDesign a number', 'indicators', () => ({ evidenceDesign: 3 }), 'evidenceDesign'],
    ['indicator evidenceSource unknown', 'indicators', () => ({ evidenceSource: 'gut_feeling' }), 'evidenceSource'],
    ['indicator validatedBy over 300 characters', 'indicators', () => ({ validatedBy: 'x'.repeat(301) }), 'validatedBy'],
    ['indicator definitionId a word', 'indicators', () => ({ definitionId: 'werk' }), 'definitionId'],
    ['indicator definitionId zero', 'indicators', () => ({ definitionId: 0 }), 'definitionId'],
    ['measurement peopleMeasured negative', 'measurements', () => ({ peopleMeasured: -1 }), 'peopleMeasured'],
    ['measurement peopleMeasured a fraction', 'measurements', () => ({ peopleMeasured: 2.5 }), 'peopleMeasured'],
    ['measurement peopleMeasured as text', 'measurements', () => ({ peopleMeasured: '12' }), 'peopleMeasured'],
    ['definition unit unknown', 'indicator-definitions', () => ({ unit: 'kg' }), 'unit'],
    ['definition kind unknown', 'indicator-definitions', () => ({ kind: 'impact' }), 'kind'],
    ['definition direction unknown', 'indicator-definitions', () => ({ direction: 'up' }), 'direction'],
    ['definition aggregation unknown', 'indicator-definitions', () => ({ aggregation: 'max' }), 'aggregation'],
    ['definition name over 300 characters', 'indicator-definitions', () => ({ name: 'x'.repeat(301) }), 'name'],
    ['definition an unknown field', 'indicator-definitions', () => ({ projectId: 1 }), 'projectId'],
  ])('%s', async (_what, resource, change, field) => {
    const record = resource === 'indicators' ? indicator : resource === 'measurements' ? measurement : def;
    const base = resource === 'indicators' ? valid.indicator(ownProject.id)
      : resource === 'measurements' ? { indicatorId: indicator.id, period: '2024-Q4', value: 2 } : definition();
    const before = await snapshot(resource, record.id);
    const posted = await t.http.post(`/api/${resource}`).send({ ...base, ...change() });
    const current = await get(resource, record.id);
    const put = await t.http.put(`/api/${resource}/${record.id}`).send({ ...current, ...change() });
    for (const res of [posted, put]) {
      expect({ status: res.status, fields: Object.keys(res.body.errors ?? {}) }).toEqual({ status: 400, fields: [field] });
    }
    expect(await snapshot(resource, record.id)).toEqual(before);
  });
});
