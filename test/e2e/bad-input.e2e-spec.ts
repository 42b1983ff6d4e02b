import type { Response } from 'supertest';
import { create, projectGraph, rowCounts, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Every kind of bad input answers a clear 4xx JSON `{statusCode, error, message}` (validation failures add
 * `errors: {field: message}`), never a 500, never leaks SQL or a stack, and changes nothing: after every
 * test the row count of every table is compared with what it was before.
 */

type Body = Record<string, unknown>;
type Graph = Awaited<ReturnType<typeof projectGraph>>;

let t: TestApp;
let g: Graph;
/** A second project in the same lab, with its own indicator: for "indicator of another project". */
let other: { project: Body & { id: number }; indicator: Body & { id: number } };
let percentIndicator: Body & { id: number };
let doneMilestone: Body & { id: number; version: number };
let existingUser: Body & { id: number };
let baseline: Record<string, number>;

beforeAll(async () => {
  t = await createTestApp();
  g = await projectGraph(t);
  const project = await create(t, 'projects', valid.project(g.lab.id, { code: 'MW-OTHER', startDate: '2016-03-01', plannedEndDate: '2016-12-31' }));
  other = { project, indicator: await create(t, 'indicators', valid.indicator(project.id)) };
  percentIndicator = await create(t, 'indicators', valid.indicator(g.project.id, { unit: 'percent', baselineValue: 10, targetValue: 40 }));
  doneMilestone = await create(t, 'milestones', valid.milestone(g.project.id, { status: 'done', completedDate: '2016-06-01' }));
  existingUser = await create(t, 'users', valid.user());
  baseline = await rowCounts(t);
});

afterAll(async () => {
  await t?.close();
});

/** Nothing a test in this file sends may write anything. */
afterEach(async () => {
  const now = await rowCounts(t);
  const before = baseline;
  baseline = now; // one failure must not cascade into the following tests
  expect(now).toEqual(before);
});

// ---- assertions -------------------------------------------------------------------------------

const LEAKS: RegExp[] = [
  /QueryFailedError/, /TypeORMError/, /EntityPropertyNotFound/, /DriverError/, /\bSELECT\b/, /\bINSERT\s+INTO\b/, /\bUPDATE\s+"/,
  /\bDELETE\s+FROM\b/, /\bWHERE\b/, /syntax error/i, /violates/i, /duplicate key/i, /\bconstraint\b.*"/i, /relation ".*"/,
  /\n\s+at /, /\bat \S+ \(.*:\d+:\d+\)/, /node_modules/, /\/work\//, /\.[cm]?[jt]s:\d+/, /TypeError|RangeError|ReferenceError/,
];

/** The answer text with what the client itself sent (and the API may quote back) taken out. */
function answerText(res: Response, echoed: string[]): string {
  let text = JSON.stringify(res.body ?? res.text);
  for (const e of echoed) {
    for (const piece of [e, e.slice(0, 60), e.slice(0, 40)]) {
      const escaped = JSON.stringify(piece).slice(1, -1);
      if (escaped) text = text.split(escaped).join('');
    }
  }
  return text;
}

function expectNoLeak(res: Response, echoed: string[] = []): void {
  const text = answerText(res, echoed);
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

interface Expect {
  field?: string | string[];
  echoed?: string[];
  /** A text the message must contain (e.g. the unknown field's name). */
  mentions?: string;
}

/** A clear 4xx JSON error. `status` may list what is acceptable when the design allows either. */
function expectRefused(res: Response, status: number | number[], opts: Expect = {}): void {
  const statuses = Array.isArray(status) ? status : [status];
  // Status and body together, so that a failure shows what the API said.
  expect(`${res.status} ${JSON.stringify(res.body)}`).toMatch(new RegExp(`^(${statuses.join('|')}) `));
  expect(res.type).toBe('application/json');
  expect(res.body).toMatchObject({ statusCode: res.status, error: expect.any(String), message: expect.any(String) });
  expect(res.body.error.length).toBeGreaterThan(0);
  expect(res.body.message.length).toBeGreaterThan(0);
  const fields = opts.field === undefined ? [] : Array.isArray(opts.field) ? opts.field : [opts.field];
  for (const field of fields) {
    expect(res.body.errors ?? {}).toHaveProperty([field], expect.any(String));
    expect(res.body.errors[field].length).toBeGreaterThan(0);
  }
  if (res.body.errors !== undefined) {
    expect(typeof res.body.errors).toBe('object');
    for (const v of Object.values(res.body.errors)) expect(typeof v).toBe('string');
    // Each field error also carries its code, so that the dashboard can word it in the user's language.
    const uncoded = Object.entries(res.body.errors as Record<string, string>).filter(([field]) => !res.body.fieldCodes?.[field]);
    expect(uncoded).toEqual([]);
  }
  if (opts.mentions) expect(res.body.message).toContain(opts.mentions);
  expectNoLeak(res, opts.echoed);
}

const json = (v: unknown) => JSON.stringify(v);

/** The texts inside list parameters that an error message may quote back: keys, sort fields, values. */
function echoesOf(query: Record<string, string>): string[] {
  const out: string[] = [];
  for (const raw of Object.values(query)) {
    out.push(raw);
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) out.push(...parsed.filter((x): x is string => typeof x === 'string'));
      else if (parsed && typeof parsed === 'object') {
        for (const [k, v] of Object.entries(parsed)) {
          out.push(k);
          if (typeof v === 'string') out.push(v);
        }
      }
    } catch {
      // not JSON: the raw text is all there is
    }
  }
  return out;
}
const long = (n: number) => 'x'.repeat(n);
function nested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}
function without(body: Body, key: string): Body {
  const copy = { ...body };
  delete copy[key];
  return copy;
}

// ---- list query parameters --------------------------------------------------------------------

describe('list query parameters', () => {
  const cases: { name: string; resource?: string; query: Record<string, string>; field: string; mentions?: string }[] = [
    // malformed JSON
    { name: 'sort not JSON', query: { sort: '[title,ASC' }, field: 'sort' },
    { name: 'sort empty', query: { sort: '' }, field: 'sort' },
    { name: 'range not JSON', query: { range: '[0,' }, field: 'range' },
    { name: 'range a word', query: { range: 'all' }, field: 'range' },
    { name: 'filter not JSON', query: { filter: '{q:1}' }, field: 'filter' },
    { name: 'filter cut short', query: { filter: '{"q":"x"' }, field: 'filter' },
    { name: 'filter with single quotes', query: { filter: "{'q':'x'}" }, field: 'filter' },
    // sort
    { name: 'sort on an unknown field', query: { sort: '["nope","ASC"]' }, field: 'sort', mentions: 'nope' },
    { name: 'sort on a field that is not sortable', query: { sort: '["summary","ASC"]' }, field: 'sort', mentions: 'summary' },
    { name: 'sort on a link array', query: { sort: '["themeIds","ASC"]' }, field: 'sort', mentions: 'themeIds' },
    { name: 'sort on a hidden column', resource: 'users', query: { sort: '["passwordHash","ASC"]' }, field: 'sort', mentions: 'passwordHash' },
    { name: 'sort with one element', query: { sort: '["title"]' }, field: 'sort' },
    { name: 'sort with three elements', query: { sort: '["title","ASC","id"]' }, field: 'sort' },
    { name: 'sort as a string', query: { sort: '"title"' }, field: 'sort' },
    { name: 'sort as an object', query: { sort: '{"field":"title","order":"ASC"}' }, field: 'sort' },
    { name: 'sort null', query: { sort: 'null' }, field: 'sort' },
    { name: 'sort empty array', query: { sort: '[]' }, field: 'sort' },
    { name: 'sort with a bad order', query: { sort: '["title","UP"]' }, field: 'sort' },
    { name: 'sort with a numeric order', query: { sort: '["title",1]' }, field: 'sort' },
    { name: 'sort with a numeric field', query: { sort: '[1,"ASC"]' }, field: 'sort' },
    // range
    { name: 'range negative', query: { range: '[-1,9]' }, field: 'range' },
    { name: 'range reversed', query: { range: '[10,5]' }, field: 'range' },
    { name: 'range fractional start', query: { range: '[0.5,9]' }, field: 'range' },
    { name: 'range fractional end', query: { range: '[0,9.5]' }, field: 'range' },
    { name: 'range of strings', query: { range: '["0","9"]' }, field: 'range' },
    { name: 'range spanning 1001 records', query: { range: '[0,1000]' }, field: 'range' },
    { name: 'range spanning 1001 records further on', query: { range: '[5000,6000]' }, field: 'range' },
    { name: 'range with one element', query: { range: '[0]' }, field: 'range' },
    { name: 'range with three elements', query: { range: '[0,1,2]' }, field: 'range' },
    { name: 'range as an object', query: { range: '{"start":0,"end":9}' }, field: 'range' },
    { name: 'range null', query: { range: 'null' }, field: 'range' },
    { name: 'range of nulls', query: { range: '[null,null]' }, field: 'range' },
    { name: 'range beyond int4', query: { range: '[99999999999,99999999999]' }, field: 'range' },
    { name: 'range huge exponent', query: { range: '[1e300,1e300]' }, field: 'range' },
    { name: 'range of booleans', query: { range: '[true,false]' }, field: 'range' },
    { name: 'range as text', query: { range: '"0-9"' }, field: 'range' },
    // filter shape
    { name: 'filter an array', query: { filter: '[]' }, field: 'filter' },
    { name: 'filter a string', query: { filter: '"x"' }, field: 'filter' },
    { name: 'filter a number', query: { filter: '1' }, field: 'filter' },
    { name: 'filter a boolean', query: { filter: 'true' }, field: 'filter' },
    // unknown filter fields
    { name: 'filter on an unknown field', query: { filter: '{"nope":1}' }, field: 'filter', mentions: 'nope' },
    { name: 'filter on a field that is not filterable', query: { filter: '{"summary":"x"}' }, field: 'filter', mentions: 'summary' },
    { name: 'filter on a hidden column', resource: 'users', query: { filter: '{"passwordHash":"x"}' }, field: 'filter', mentions: 'passwordHash' },
    { name: 'filter on "constructor"', query: { filter: '{"constructor":1}' }, field: 'filter', mentions: 'constructor' },
    { name: 'filter on "__proto__"', query: { filter: '{"__proto__":1}' }, field: 'filter', mentions: '__proto__' },
    { name: 'filter on "toString"', query: { filter: '{"toString":"x"}' }, field: 'filter', mentions: 'toString' },
    { name: 'filter on "hasOwnProperty"', query: { filter: '{"hasOwnProperty":1}' }, field: 'filter', mentions: 'hasOwnProperty' },
    { name: 'custom filter on "constructor" (milestones)', resource: 'milestones', query: { filter: '{"constructor":true}' }, field: 'filter', mentions: 'constructor' },
    { name: '_gte on an unknown field', query: { filter: '{"nope_gte":1}' }, field: 'filter', mentions: 'nope_gte' },
    // wrong value types
    { name: 'int filter given a word', query: { filter: '{"labId":"abc"}' }, field: 'filter.labId' },
    { name: 'int filter given a fraction', query: { filter: '{"labId":1.5}' }, field: 'filter.labId' },
    { name: 'int filter given a boolean', query: { filter: '{"labId":true}' }, field: 'filter.labId' },
    { name: 'int filter given an object', query: { filter: '{"labId":{"a":1}}' }, field: 'filter.labId' },
    { name: 'int filter given nested arrays', query: { filter: '{"labId":[[1]]}' }, field: 'filter.labId' },
    { name: 'int filter given an empty string', query: { filter: '{"labId":""}' }, field: 'filter.labId' },
    { name: 'int filter beyond int4', query: { filter: '{"labId":2147483648}' }, field: 'filter.labId' },
    { name: 'int filter as text beyond int4', query: { filter: '{"labId":"99999999999"}' }, field: 'filter.labId' },
    { name: 'int filter in exponent notation', query: { filter: '{"labId":"1e3"}' }, field: 'filter.labId' },
    { name: 'id list with a word in it', query: { filter: '{"id":[1,"x"]}' }, field: 'filter.id' },
    { name: 'id list longer than 1000', query: { filter: json({ id: Array.from({ length: 1001 }, (_, i) => i + 1) }) }, field: 'filter.id' },
    { name: 'date filter 2016-02-30', query: { filter: '{"startDate":"2016-02-30"}' }, field: 'filter.startDate' },
    { name: 'date filter in Dutch order', query: { filter: '{"startDate":"30-01-2016"}' }, field: 'filter.startDate' },
    { name: 'date filter month 13', query: { filter: '{"startDate":"2016-13-01"}' }, field: 'filter.startDate' },
    { name: 'date _gte a word', query: { filter: '{"startDate_gte":"yesterday"}' }, field: 'filter.startDate_gte' },
    { name: 'date _lte a number', query: { filter: '{"startDate_lte":20160101}' }, field: 'filter.startDate_lte' },
    { name: 'timestamp _gte not a time', query: { filter: '{"createdAt_gte":"not a time"}' }, field: 'filter.createdAt_gte' },
    { name: 'timestamp _gte hour 25', query: { filter: '{"createdAt_gte":"2016-01-01T25:00:00Z"}' }, field: 'filter.createdAt_gte' },
    { name: 'enum filter bad value', query: { filter: '{"health":"great"}' }, field: 'filter.health' },
    { name: 'enum filter wrong case', query: { filter: '{"health":"ON_TRACK"}' }, field: 'filter.health' },
    { name: 'enum any-of with one bad value', query: { filter: '{"health":["on_track","nope"]}' }, field: 'filter.health' },
    { name: 'enum filter given an operator object', query: { filter: '{"health":{"$ne":"on_track"}}' }, field: 'filter.health' },
    { name: 'enum filter given a number', query: { filter: '{"phase":1}' }, field: 'filter.phase' },
    { name: 'int _gte given exponent text', query: { filter: '{"budgetCents_gte":"1e3"}' }, field: 'filter.budgetCents_gte' },
    { name: 'int _lte given an object', query: { filter: '{"budgetCents_lte":{"a":1}}' }, field: 'filter.budgetCents_lte' },
    { name: 'text filter given an object', query: { filter: '{"code":{"a":1}}' }, field: 'filter.code' },
    { name: 'text filter over 500 characters', query: { filter: json({ code: long(501) }) }, field: 'filter.code' },
    { name: '_gte on a text field', query: { filter: '{"code_gte":"A"}' }, field: 'filter.code_gte' },
    { name: '_lte on an enum field', query: { filter: '{"health_lte":"on_track"}' }, field: 'filter.health_lte' },
    { name: 'custom filter themeIds given a word', query: { filter: '{"themeIds":"abc"}' }, field: 'filter.themeIds' },
    { name: 'custom filter districtIds given a fraction', query: { filter: '{"districtIds":[1.5]}' }, field: 'filter.districtIds' },
    { name: 'custom filter districtIds given an object', query: { filter: '{"districtIds":{"a":1}}' }, field: 'filter.districtIds' },
    { name: 'q a number', query: { filter: '{"q":123}' }, field: 'filter.q' },
    { name: 'q an array', query: { filter: '{"q":["a"]}' }, field: 'filter.q' },
    { name: 'q an object', query: { filter: '{"q":{"a":1}}' }, field: 'filter.q' },
    { name: 'q over 200 characters', query: { filter: json({ q: long(201) }) }, field: 'filter.q' },
    { name: 'q on a resource without search (memberships)', resource: 'memberships', query: { filter: '{"q":"x"}' }, field: 'filter.q' },
    { name: 'q on a resource without search (audit events)', resource: 'audit-events', query: { filter: '{"q":"x"}' }, field: 'filter.q' },
    { name: 'overdue neither true nor false', resource: 'milestones', query: { filter: '{"overdue":"maybe"}' }, field: 'filter.overdue' },
    { name: 'overdue given 1', resource: 'milestones', query: { filter: '{"overdue":1}' }, field: 'filter.overdue' },
    { name: 'milestone dueDate_lte month 13', resource: 'milestones', query: { filter: '{"dueDate_lte":"2016-13-01"}' }, field: 'filter.dueDate_lte' },
    { name: 'milestone status bad enum', resource: 'milestones', query: { filter: '{"status":"finished"}' }, field: 'filter.status' },
    { name: 'measurement value_gte a word', resource: 'measurements', query: { filter: '{"value_gte":"abc"}' }, field: 'filter.value_gte' },
    { name: 'measurement value_gte Infinity', resource: 'measurements', query: { filter: '{"value_gte":"Infinity"}' }, field: 'filter.value_gte' },
    { name: 'measurement projectId a word', resource: 'measurements', query: { filter: '{"projectId":"x"}' }, field: 'filter.projectId' },
    { name: 'measurement period_gte (a text field)', resource: 'measurements', query: { filter: '{"period_gte":"2016-Q1"}' }, field: 'filter.period_gte' },
    { name: 'user active "yes"', resource: 'users', query: { filter: '{"active":"yes"}' }, field: 'filter.active' },
  ];

  it.each(cases)('$name → 400 naming $field', async ({ resource = 'projects', query, field, mentions }) => {
    const res = await t.http.get(`/api/${resource}`).query(query);
    expectRefused(res, 400, { field, mentions, echoed: echoesOf(query) });
    expect(res.headers['content-range']).toBeUndefined();
  });

  it.each([
    ['sort', '["id","ASC"]', '["id","DESC"]'],
    ['range', '[0,1]', '[0,2]'],
    ['filter', '{}', '{"q":"x"}'],
  ])('a repeated %s parameter → 400', async (name, a, b) => {
    const res = await t.http.get('/api/projects').query(`${name}=${encodeURIComponent(a)}&${name}=${encodeURIComponent(b)}`);
    expectRefused(res, 400, { field: name });
  });

  it('the largest page (1000 records) and a null filter are accepted', async () => {
    const res = await t.http.get('/api/projects').query({ range: '[0,999]', filter: 'null' });
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('projects 0-1/2');
  });
});

// ---- SQL injection ----------------------------------------------------------------------------

describe('SQL injection', () => {
  const DROP = "'; DROP TABLE projects; --";

  it.each([
    ['q with a DROP', { q: DROP }],
    ['q with an OR', { q: "%' OR '1'='1" }],
    ['q with a comment', { q: 'x/**/OR/**/1=1--' }],
    ['q with a sleep', { q: "'; SELECT pg_sleep(3); --" }],
    ['q with a backslash escape', { q: "\\'; DROP TABLE projects; --" }],
    ['text filter with an OR', { code: "' OR 1=1 --" }],
    ['text filter any-of with an OR', { code: ['MW-OTHER', "x') OR ('1'='1"] }],
  ])('%s is a plain value: nothing matches, nothing happens', async (_name, filter) => {
    const started = Date.now();
    const res = await t.http.get('/api/projects').query({ filter: json(filter) });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2500);
    const codes = (res.body as Body[]).map((p) => p.code);
    // Only the literal MW-OTHER may match; nothing else.
    expect(codes.filter((c) => c !== 'MW-OTHER')).toEqual([]);
  });

  it.each([
    ['int filter with a DROP', '/api/projects', { filter: json({ labId: '1; DROP TABLE projects' }) }, 'filter.labId'],
    ['int filter with an OR', '/api/projects', { filter: json({ id: '1 OR 1=1' }) }, 'filter.id'],
    ['enum filter with an OR', '/api/projects', { filter: json({ health: "on_track' OR '1'='1" }) }, 'filter.health'],
    ['date filter with a DROP', '/api/projects', { filter: json({ startDate: `2016-01-01${DROP}` }) }, 'filter.startDate'],
    ['filter key with an OR', '/api/projects', { filter: json({ 'id) OR (1=1': 1 }) }, 'filter'],
    ['filter key with a comment', '/api/projects', { filter: json({ 'code = code OR 1=1 --': 'x' }) }, 'filter'],
    ['filter key ending in _gte', '/api/projects', { filter: json({ '1=1 OR labId_gte': 1 }) }, 'filter'],
    ['filter key with a DROP', '/api/milestones', { filter: json({ [`projectId${DROP}`]: 1 }) }, 'filter'],
    ['sort field with a DROP', '/api/projects', { sort: json([`title${DROP}`, 'ASC']) }, 'sort'],
    ['sort field with a sub-select', '/api/projects', { sort: json(['(SELECT 1)', 'ASC']) }, 'sort'],
    ['sort field with a quote', '/api/projects', { sort: json(['id" DESC --', 'ASC']) }, 'sort'],
    ['sort order with a DROP', '/api/projects', { sort: json(['title', `ASC${DROP}`]) }, 'sort'],
    ['sort order with a NULLS clause', '/api/projects', { sort: json(['title', 'ASC NULLS LAST, (SELECT 1)']) }, 'sort'],
  ])('%s → 400', async (_name, path, query, field) => {
    const res = await t.http.get(path).query(query);
    expectRefused(res, 400, { field, echoed: echoesOf(query) });
  });

  it.each([
    '1;DROP TABLE projects',
    "1' OR '1'='1",
    '1 OR 1=1',
    '1--',
    '(SELECT 1)',
  ])('path id %j → 400, for GET, PUT and DELETE', async (id) => {
    const path = `/api/projects/${encodeURIComponent(id)}`;
    for (const res of [
      await t.http.get(path),
      await t.http.put(path).send({ title: 'x', version: 1 }),
      await t.http.delete(path),
    ]) {
      expectRefused(res, 400, { field: 'id', echoed: [id] });
    }
  });

  it('the tables are all still there', async () => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'projects'`);
    expect(n).toBe(1);
    const res = await t.http.get('/api/projects');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
  });
});

// ---- text that PostgreSQL cannot store ----------------------------------------------------------

describe('text PostgreSQL cannot store (NUL characters)', () => {
  it('in a body → 400, not 500', async () => {
    const res = await t.http.post('/api/labs').send({ ...valid.lab(), name: 'Lab\u0000nul' });
    expectRefused(res, 400);
  });

  it('in a search → 400 or no match, not 500', async () => {
    const res = await t.http.get('/api/projects').query({ filter: json({ q: 'a\u0000b' }) });
    if (res.status === 200) expect(res.body).toEqual([]);
    else expectRefused(res, 400);
  });

  it('in a text filter → 400 or no match, not 500', async () => {
    const res = await t.http.get('/api/projects').query({ filter: json({ code: 'MW\u0000' }) });
    if (res.status === 200) expect(res.body).toEqual([]);
    else expectRefused(res, 400);
  });
});

// ---- path ids ---------------------------------------------------------------------------------

describe('path ids', () => {
  const BAD_IDS = ['abc', '0', '-1', '1.5', '1.0', '+1', '99999999999', '2147483648', '1e3', '0x1', ' 1', '１', 'null', 'undefined', '1,2'];

  it.each(BAD_IDS)('GET, PUT and DELETE /api/projects/%j → 400 naming id', async (id) => {
    const path = `/api/projects/${encodeURIComponent(id)}`;
    expectRefused(await t.http.get(path), 400, { field: 'id', echoed: [id] });
    expectRefused(await t.http.put(path).send({ title: 'Nieuwe titel', version: 1 }), 400, { field: 'id', echoed: [id] });
    expectRefused(await t.http.delete(path), 400, { field: 'id', echoed: [id] });
  });

  it.each(['milestones', 'measurements', 'districts', 'audit-events', 'phase-decisions', 'target-revisions', 'users'])(
    'GET /api/%s/abc → 400 naming id',
    async (resource) => {
      expectRefused(await t.http.get(`/api/${resource}/abc`), 400, { field: 'id' });
    },
  );

  it('POST /api/projects/abc/transition → 400 naming id', async () => {
    expectRefused(await t.http.post('/api/projects/abc/transition').send({ to: 'experiment', decision: 'go' }), 400, { field: 'id' });
  });

  it.each(['999999', '2147483647'])('a well-formed id that does not exist (%s) → 404 for GET, PUT and DELETE', async (id) => {
    expectRefused(await t.http.get(`/api/projects/${id}`), 404, { mentions: id });
    expectRefused(await t.http.put(`/api/projects/${id}`).send({ title: 'Nieuwe titel', version: 1 }), 404);
    expectRefused(await t.http.delete(`/api/projects/${id}`), 404);
    expectRefused(await t.http.post(`/api/projects/${id}/transition`).send({ to: 'experiment', decision: 'go' }), 404);
  });
});

// ---- malformed bodies -------------------------------------------------------------------------

describe('malformed bodies', () => {
  it.each([
    ['cut short', '{"name":'],
    ['unquoted keys', '{name: "Lab", city: "Amsterdam"}'],
    ['single quotes', "{'name':'Lab','city':'Amsterdam'}"],
    ['trailing brace', '{"name":"Lab","city":"Amsterdam"}}'],
    ['trailing comma', '{"name":"Lab","city":"Amsterdam",}'],
    ['a bare word', 'nul'],
    ['NaN', '{"name":"Lab","city":"Amsterdam","reportingDueDays":NaN}'],
  ])('malformed JSON (%s) → 400', async (_name, text) => {
    const res = await t.http.post('/api/labs').set('Content-Type', 'application/json').send(text);
    expectRefused(res, 400, { echoed: [text] });
  });

  it.each([
    ['an empty array', '[]'],
    ['an array of one valid object', json([{ name: 'Lab array', city: 'Amsterdam' }])],
    ['a string', '"Lab"'],
    ['a number', '42'],
    ['true', 'true'],
    ['null', 'null'],
  ])('a body that is %s instead of an object → 400', async (_name, text) => {
    for (const req of [
      t.http.post('/api/labs').set('Content-Type', 'application/json').send(text),
      t.http.put(`/api/labs/${g.lab.id}`).set('Content-Type', 'application/json').send(text),
    ]) {
      expectRefused(await req, 400);
    }
  });

  it('an empty JSON body → 400 naming the required fields', async () => {
    const res = await t.http.post('/api/labs').set('Content-Type', 'application/json').send('');
    expectRefused(res, 400, { field: ['name', 'city'] });
  });

  it('a JSON body sent as text/plain → 400 or 415', async () => {
    const res = await t.http.post('/api/labs').set('Content-Type', 'text/plain').send(json({ name: 'Lab text', city: 'Amsterdam' }));
    expectRefused(res, [400, 415]);
  });

  it.each([
    ['__proto__', '{"name":"Lab proto","city":"Amsterdam","__proto__":{"admin":true}}'],
    ['constructor', '{"name":"Lab constructor","city":"Amsterdam","constructor":{"prototype":{"admin":true}}}'],
  ])('a body with a "%s" key → 400 (an unknown field), nothing written', async (_key, text) => {
    const res = await t.http.post('/api/labs').set('Content-Type', 'application/json').send(text);
    expectRefused(res, 400);
  });

  it('a JSON body in an unsupported charset → 415', async () => {
    const res = await t.http.post('/api/labs').set('Content-Type', 'application/json; charset=latin1').send(json({ name: 'Lab latin1', city: 'Amsterdam' }));
    expectRefused(res, [400, 415]);
  });

  it('a body with an unsupported Content-Encoding → 415', async () => {
    const res = await t.http.post('/api/labs').set('Content-Type', 'application/json').set('Content-Encoding', 'compress')
      .send(json({ name: 'Lab compressed', city: 'Amsterdam' }));
    expectRefused(res, [400, 415]);
  });

  it('a gzip body that is not gzip → 400', async () => {
    const res = await t.http.post('/api/labs').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip')
      .send(json({ name: 'Lab gzip', city: 'Amsterdam' }));
    expectRefused(res, 400);
  });

  it('a body over 256 kB → 413', async () => {
    const res = await t.http.post('/api/projects').set('Content-Type', 'application/json')
      .send(json({ ...valid.project(g.lab.id), summary: long(300_000) }));
    expectRefused(res, 413);
  });

  it('a body just under 256 kB with an over-long text → 400 naming it', async () => {
    const res = await t.http.post('/api/projects').send({ ...valid.project(g.lab.id), summary: long(200_000) });
    expectRefused(res, 400, { field: 'summary' });
  });

  it.each([
    ['a deeply nested value in a text field', 'title', 50],
    ['a deeply nested unknown field', 'extra', 50],
    ['a very deeply nested unknown field', 'extra', 20_000],
    ['a very deeply nested text field', 'title', 20_000],
  ])('%s → 400', async (_name, field, depth) => {
    const text = json(valid.project(g.lab.id)).replace(/}$/, `,"${field}":${nested(depth)}}`).replace(`"${field}":"Samen aan het werk",`, '');
    const res = await t.http.post('/api/projects').set('Content-Type', 'application/json').send(text);
    expectRefused(res, 400, { field });
  });
});

// ---- field validation on create ---------------------------------------------------------------

type BodyCase = { name: string; resource: string; body: () => Body; field: string | string[] };

function fieldCases(resource: string, base: () => Body, rows: [string, string, unknown][]): BodyCase[] {
  return rows.map(([name, field, value]) => ({
    name: `${resource}: ${name}`,
    resource,
    field,
    body: () => (value === MISSING ? without(base(), field) : { ...base(), [field]: value }),
  }));
}
const MISSING = Symbol('missing');

describe('field validation on POST → 400 naming the field', () => {
  const project = () => valid.project(g.lab.id);
  const cases: BodyCase[] = [
    ...fieldCases('projects', project, [
      // text
      ['title a number', 'title', 123],
      ['title a boolean', 'title', true],
      ['title an array', 'title', ['a']],
      ['title an object', 'title', { a: 1 }],
      ['title empty', 'title', ''],
      ['title null (required)', 'title', null],
      ['title missing (required)', 'title', MISSING],
      ['title over 300 characters', 'title', long(301)],
      ['summary over 10000 characters', 'summary', long(10_001)],
      ['summary a number', 'summary', 5],
      ['code with a space', 'code', 'MW 01'],
      ['code starting with a dash', 'code', '-MW'],
      ['code over 20 characters', 'code', `MW-${long(18)}`],
      ['code with SQL', 'code', "MW'; DROP TABLE projects; --"],
      ['code a number', 'code', 1],
      ['code missing', 'code', MISSING],
      // int id
      ['labId as text', 'labId', '1'],
      ['labId a word', 'labId', 'abc'],
      ['labId fractional', 'labId', 1.5],
      ['labId zero', 'labId', 0],
      ['labId negative', 'labId', -1],
      ['labId beyond int4', 'labId', 2_147_483_648],
      ['labId a boolean', 'labId', true],
      ['labId an array', 'labId', [1]],
      ['labId an object', 'labId', { id: 1 }],
      ['labId null (required)', 'labId', null],
      ['labId missing (required)', 'labId', MISSING],
      ['leadOrganisationId a word', 'leadOrganisationId', 'abc'],
      ['leadOrganisationId zero', 'leadOrganisationId', 0],
      // id arrays
      ['themeIds not an array', 'themeIds', 1],
      ['themeIds as text', 'themeIds', '1,2'],
      ['themeIds with a fraction', 'themeIds', [1.5]],
      ['themeIds with a word', 'themeIds', ['a']],
      ['themeIds with zero', 'themeIds', [0]],
      ['themeIds with a negative', 'themeIds', [-1]],
      ['themeIds nested', 'themeIds', [[1]]],
      ['themeIds with an object', 'themeIds', [{ id: 1 }]],
      ['themeIds beyond int4', 'themeIds', [2_147_483_648]],
      ['themeIds over 100 ids', 'themeIds', Array.from({ length: 101 }, (_, i) => i + 1)],
      ['districtIds with a district code', 'districtIds', ['noord']],
      ['districtIds an object', 'districtIds', { a: 1 }],
      // enum
      ['health not a health', 'health', 'great'],
      ['health upper case', 'health', 'ON_TRACK'],
      ['health a number', 'health', 1],
      ['health null (the column is required)', 'health', null],
      // ISO date
      ['startDate 2016-02-30', 'startDate', '2016-02-30'],
      ['startDate 2015-02-29 (no leap year)', 'startDate', '2015-02-29'],
      ['startDate without zero padding', 'startDate', '2016-2-3'],
      ['startDate in Dutch order', 'startDate', '30-01-2016'],
      ['startDate with a time', 'startDate', '2016-01-01T00:00:00Z'],
      ['startDate a number', 'startDate', 20160101],
      ['startDate empty', 'startDate', ''],
      ['startDate year 0000', 'startDate', '0000-01-01'],
      ['startDate month 13', 'startDate', '2016-13-01'],
      // cents
      ['budgetCents negative', 'budgetCents', -1],
      ['budgetCents fractional', 'budgetCents', 1.5],
      ['budgetCents huge', 'budgetCents', 1e16],
      ['budgetCents beyond 2^53', 'budgetCents', 2 ** 53 + 2],
      ['budgetCents as text', 'budgetCents', '100'],
      ['budgetCents a boolean', 'budgetCents', true],
      // unknown and read-only-but-unknown fields
      ['an unknown field', 'hacker', 1],
      ['an unknown nested field', 'meta', { a: { b: 1 } }],
      ['a field of another resource', 'projectId', 1],
      ['a password hash', 'passwordHash', 'x'],
    ]),
    ...fieldCases('milestones', () => valid.milestone(g.project.id), [
      ['phase stopped', 'phase', 'stopped'],
      ['phase unknown', 'phase', 'pilot'],
      ['phase missing', 'phase', MISSING],
      ['dueDate 2016-02-30', 'dueDate', '2016-02-30'],
      ['dueDate missing', 'dueDate', MISSING],
      ['dueDate null', 'dueDate', null],
      ['status unknown', 'status', 'finished'],
      ['completedDate a word', 'completedDate', 'today'],
      ['ownerId a word', 'ownerId', 'me'],
      ['projectId missing', 'projectId', MISSING],
      ['title over 300 characters', 'title', long(301)],
    ]),
    ...fieldCases('measurements', () => valid.measurement(g.indicator.id, { period: '2017-Q2' }), [
      ['period 2016-Q5', 'period', '2016-Q5'],
      ['period 2016-Q0', 'period', '2016-Q0'],
      ['period without dash', 'period', '2016Q1'],
      ['period two-digit year', 'period', '16-Q1'],
      ['period a number', 'period', 2016],
      ['period a date', 'period', '2016-07-01'],
      ['period missing', 'period', MISSING],
      ['value as text', 'value', '20'],
      ['value with 5 decimals', 'value', 1.23456],
      ['value too large', 'value', 1e12],
      ['value a boolean', 'value', true],
      ['value null', 'value', null],
      ['value missing', 'value', MISSING],
      ['evidenceUrl without scheme', 'evidenceUrl', 'example.org/evidence'],
      ['evidenceUrl javascript:', 'evidenceUrl', 'javascript:alert(1)'],
      ['evidenceUrl ftp', 'evidenceUrl', 'ftp://example.org/x'],
      ['evidenceUrl with a space', 'evidenceUrl', 'https://example.org/a b'],
      ['evidenceUrl over 1000 characters', 'evidenceUrl', `https://example.org/${long(1000)}`],
      ['peopleMeasured negative', 'peopleMeasured', -1],
      ['peopleMeasured a fraction', 'peopleMeasured', 1.5],
      ['indicatorId a word', 'indicatorId', 'x'],
      ['note over 5000 characters', 'note', long(5001)],
    ]),
    ...fieldCases('indicators', () => valid.indicator(g.project.id), [
      ['unit unknown', 'unit', 'kg'],
      ['kind missing', 'kind', MISSING],
      ['aspect unknown', 'aspect', 'speed'],
      ['direction unknown', 'direction', 'up'],
      ['aggregation unknown', 'aggregation', 'max'],
      ['baselineValue with 5 decimals', 'baselineValue', 1.23456],
      ['targetValue as text', 'targetValue', '50'],
      ['baselineDate 2016-02-30', 'baselineDate', '2016-02-30'],
      ['name missing', 'name', MISSING],
      ['evidenceDesign unknown', 'evidenceDesign', 'rct'],
      ['evidenceSource unknown', 'evidenceSource', 'hearsay'],
      ['definitionId a word', 'definitionId', 'werk'],
    ]),
    ...fieldCases('agreements', () => valid.agreement(g.project.id, g.organisation.id), [
      ['kind unknown', 'kind', 'gift'],
      ['status unknown', 'status', 'done'],
      ['contributionCents negative', 'contributionCents', -1],
      ['contributionCents fractional', 'contributionCents', 1.5],
      ['contributionCents huge', 'contributionCents', 1e16],
      ['contributionCents as text', 'contributionCents', '100'],
      ['pricePerUnitCents negative', 'pricePerUnitCents', -100],
      ['signedDate 2016-02-30', 'signedDate', '2016-02-30'],
      ['organisationId missing', 'organisationId', MISSING],
    ]),
    ...fieldCases('organisations', () => valid.organisation(), [
      ['website without scheme', 'website', 'example.org'],
      ['website javascript:', 'website', 'javascript:alert(1)'],
      ['perspective unknown', 'perspective', 'alien'],
      ['perspective missing', 'perspective', MISSING],
      ['name over 200 characters', 'name', long(201)],
    ]),
    ...fieldCases('people', () => valid.person(), [
      ['email not an e-mail', 'email', 'not-an-email'],
      ['email without a domain dot', 'email', 'a@b'],
      ['email with a space', 'email', 'a b@example.org'],
      ['email a number', 'email', 123],
      ['email over 254 characters', 'email', `${long(250)}@example.org`],
      ['perspective unknown', 'perspective', 'alien'],
      ['organisationId a word', 'organisationId', 'x'],
    ]),
    ...fieldCases('users', () => valid.user(), [
      ['active "yes"', 'active', 'yes'],
      ['active 1', 'active', 1],
      ['active "true"', 'active', 'true'],
      ['active null (the column is required)', 'active', null],
      ['role unknown', 'role', 'god'],
      ['email missing', 'email', MISSING],
      ['email not an e-mail', 'email', 'root'],
    ]),
    ...fieldCases('labs', () => valid.lab(), [
      ['reportingDueDays over 365', 'reportingDueDays', 366],
      ['reportingDueDays negative', 'reportingDueDays', -1],
      ['reportingDueDays fractional', 'reportingDueDays', 1.5],
      ['reportingDueDays as text', 'reportingDueDays', '30'],
      ['name over 200 characters', 'name', long(201)],
      ['city missing', 'city', MISSING],
    ]),
    ...fieldCases('memberships', () => valid.membership(g.project.id, g.person.id), [
      ['role unknown', 'role', 'boss'],
      ['personId missing', 'personId', MISSING],
    ]),
    ...fieldCases('lessons', () => valid.lesson(g.project.id), [
      ['kind unknown', 'kind', 'tip'],
      ['date missing', 'date', MISSING],
      ['date 2016-02-30', 'date', '2016-02-30'],
      ['text empty', 'text', ''],
      ['themeId fractional', 'themeId', 1.5],
    ]),
    ...fieldCases('status-updates', () => valid.statusUpdate(g.project.id, { period: '2017-Q2' }), [
      ['period 2016-Q5', 'period', '2016-Q5'],
      ['health missing', 'health', MISSING],
      ['narrative over 20000 characters', 'narrative', long(20_001)],
    ]),
    ...fieldCases('themes', () => valid.theme(g.lab.id), [
      ['name missing', 'name', MISSING],
      ['labId a word', 'labId', 'x'],
    ]),
    ...fieldCases('target-revisions', () => ({ indicatorId: g.indicator.id, newValue: 60, effectiveFrom: '2016-Q4', reason: 'Bijgesteld' }), [
      ['newValue as text', 'newValue', '60'],
      ['effectiveFrom 2016-Q5', 'effectiveFrom', '2016-Q5'],
      ['reason missing', 'reason', MISSING],
      ['an unknown field (oldValue is never sent)', 'oldValue', 10],
    ]),
  ];

  it.each(cases)('$name', async ({ resource, body, field }) => {
    const res = await t.http.post(`/api/${resource}`).send(body());
    expectRefused(res, 400, { field });
  });

  it('reports every invalid field at once', async () => {
    const res = await t.http.post('/api/projects').send({ labId: 'x', code: '-', title: 1, startDate: '2016-02-30', health: 'great', extra: 1 });
    expectRefused(res, 400, { field: ['labId', 'code', 'title', 'startDate', 'health', 'extra'] });
  });

  it('the phase-gate action validates its body', async () => {
    const path = `/api/projects/${g.project.id}/transition`;
    expectRefused(await t.http.post(path).send({ to: 'nowhere', decision: 'go' }), 400, { field: 'to' });
    expectRefused(await t.http.post(path).send({ to: 'experiment', decision: 'maybe' }), 400, { field: 'decision' });
    expectRefused(await t.http.post(path).send({}), 400, { field: ['to', 'decision'] });
    expectRefused(await t.http.post(path).send({ to: 'experiment', decision: 'go', phase: 'rollout' }), 400, { field: 'phase' });
    const after = await t.http.get(`/api/projects/${g.project.id}`);
    expect(after.body).toMatchObject({ phase: 'scenario', version: g.project.version });
  });
});

// ---- field validation on update ---------------------------------------------------------------

describe('PUT with bad input changes nothing', () => {
  async function putRefused(resource: string, record: { id: number }, body: Body, status: number | number[], field?: string | string[]) {
    const before = (await t.http.get(`/api/${resource}/${record.id}`)).body;
    const res = await t.http.put(`/api/${resource}/${record.id}`).send(body);
    expectRefused(res, status, { field });
    const after = (await t.http.get(`/api/${resource}/${record.id}`)).body;
    expect(after).toEqual(before);
  }

  it.each([
    ['version missing', () => ({ title: 'Nieuw' }), 'version'],
    ['version as text', () => ({ title: 'Nieuw', version: '1' }), 'version'],
    ['version zero', () => ({ title: 'Nieuw', version: 0 }), 'version'],
    ['version fractional', () => ({ title: 'Nieuw', version: 1.5 }), 'version'],
    ['title null', () => ({ title: null, version: 1 }), 'title'],
    ['title a number', () => ({ title: 5, version: 1 }), 'title'],
    ['startDate 2016-02-30', () => ({ startDate: '2016-02-30', version: 1 }), 'startDate'],
    ['budgetCents negative', () => ({ budgetCents: -5, version: 1 }), 'budgetCents'],
    ['themeIds with a word', () => ({ themeIds: ['x'], version: 1 }), 'themeIds'],
    ['an unknown field', () => ({ title: 'Nieuw', hacker: true, version: 1 }), 'hacker'],
    ['labId null', () => ({ labId: null, version: 1 }), 'labId'],
  ])('project: %s → 400', async (_name, body, field) => {
    await putRefused('projects', g.project, body(), 400, field);
  });

  it('a stale version → 409', async () => {
    await putRefused('projects', g.project, { title: 'Nieuw', version: g.project.version + 5 }, 409);
  });

  it('a duplicate code → 409 naming code', async () => {
    await putRefused('projects', g.project, { code: 'MW-OTHER', version: g.project.version }, 409, 'code');
  });

  it('plannedEndDate before the stored startDate → 422 naming plannedEndDate', async () => {
    await putRefused('projects', other.project, { plannedEndDate: '2016-01-01', version: other.project.version }, 422, 'plannedEndDate');
  });

  it('a reference to a project that does not exist → 422 naming projectId', async () => {
    await putRefused('milestones', g.milestone, { projectId: 999999, version: g.milestone.version }, 422, 'projectId');
  });

  it('milestone done with its completedDate cleared → 4xx naming completedDate', async () => {
    await putRefused('milestones', doneMilestone, { status: 'done', completedDate: null, version: doneMilestone.version }, [400, 422], 'completedDate');
  });

  it('milestone phase stopped → 400 naming phase', async () => {
    await putRefused('milestones', g.milestone, { phase: 'stopped', version: g.milestone.version }, 400, 'phase');
  });

  it('count measurement value 2.5 → 4xx naming value', async () => {
    await putRefused('measurements', g.measurement, { value: 2.5, version: g.measurement.version }, [400, 422], 'value');
  });

  it('agreement turned into an outcome contract without its terms → 4xx naming them', async () => {
    await putRefused('agreements', g.agreement, { kind: 'outcome_contract', version: g.agreement.version }, [400, 422], ['indicatorId', 'pricePerUnitCents', 'maxPaymentCents']);
  });

  it('a body that is an array → 400', async () => {
    await putRefused('projects', g.project, [{ title: 'Nieuw', version: 1 }] as unknown as Body, 400);
  });
});

// ---- references, duplicates and cross-field rules -----------------------------------------------

describe('references to records that do not exist → 422 naming the field', () => {
  const cases: [string, string, () => Body, string][] = [
    ['project in a lab that does not exist', 'projects', () => valid.project(999999), 'labId'],
    ['project led by an organisation that does not exist', 'projects', () => valid.project(g.lab.id, { leadOrganisationId: 999999 }), 'leadOrganisationId'],
    ['project with a theme that does not exist', 'projects', () => valid.project(g.lab.id, { themeIds: [g.theme.id, 999999] }), 'themeIds'],
    ['project in a district that does not exist', 'projects', () => valid.project(g.lab.id, { districtIds: [99] }), 'districtIds'],
    ['milestone of a project that does not exist', 'milestones', () => valid.milestone(999999), 'projectId'],
    ['milestone owned by a person who does not exist', 'milestones', () => valid.milestone(g.project.id, { ownerId: 999999 }), 'ownerId'],
    ['indicator of a project that does not exist', 'indicators', () => valid.indicator(999999), 'projectId'],
    ['measurement of an indicator that does not exist', 'measurements', () => valid.measurement(999999), 'indicatorId'],
    ['agreement of a project that does not exist', 'agreements', () => valid.agreement(999999, g.organisation.id), 'projectId'],
    ['agreement with an organisation that does not exist', 'agreements', () => valid.agreement(g.project.id, 999999), 'organisationId'],
    ['agreement paying for an indicator that does not exist', 'agreements',
      () => valid.agreement(g.project.id, g.organisation.id, { kind: 'outcome_contract', indicatorId: 999999, pricePerUnitCents: 100, maxPaymentCents: 1000 }), 'indicatorId'],
    ['membership of a person who does not exist', 'memberships', () => valid.membership(g.project.id, 999999), 'personId'],
    ['membership of a project that does not exist', 'memberships', () => valid.membership(999999, g.person.id), 'projectId'],
    ['lesson under a theme that does not exist', 'lessons', () => valid.lesson(g.project.id, { themeId: 999999 }), 'themeId'],
    ['status update of a project that does not exist', 'status-updates', () => valid.statusUpdate(999999), 'projectId'],
    ['person at an organisation that does not exist', 'people', () => valid.person({ organisationId: 999999 }), 'organisationId'],
    ['user linked to a person who does not exist', 'users', () => valid.user({ personId: 999999 }), 'personId'],
    ['theme in a lab that does not exist', 'themes', () => valid.theme(999999), 'labId'],
    ['target revision of an indicator that does not exist', 'target-revisions',
      () => ({ indicatorId: 999999, newValue: 60, effectiveFrom: '2016-Q4', reason: 'Bijgesteld' }), 'indicatorId'],
  ];

  it.each(cases)('%s', async (_name, resource, body, field) => {
    const res = await t.http.post(`/api/${resource}`).send(body());
    expectRefused(res, 422, { field });
  });
});

describe('duplicates → 409', () => {
  const cases: [string, string, () => Body, string | string[]][] = [
    ['the same project code in the same lab', 'projects', () => valid.project(g.lab.id, { code: g.project.code }), 'code'],
    ['a second measurement for the same indicator and period', 'measurements', () => valid.measurement(g.indicator.id, { period: g.measurement.period, value: 1 }), ['indicatorId', 'period']],
    ['a second status update for the same project and period', 'status-updates', () => valid.statusUpdate(g.project.id, { period: g.statusUpdate.period }), ['projectId', 'period']],
    ['the same person twice on a team', 'memberships', () => valid.membership(g.project.id, g.person.id, 'member'), ['projectId', 'personId']],
    ['a lab name that exists', 'labs', () => ({ ...valid.lab(), name: g.lab.name }), 'name'],
    ['an organisation name that exists', 'organisations', () => ({ ...valid.organisation(), name: g.organisation.name }), 'name'],
    ['a theme name that exists in the lab', 'themes', () => ({ ...valid.theme(g.lab.id), name: g.theme.name }), ['labId', 'name']],
    ['a person e-mail that exists', 'people', () => valid.person({ email: g.person.email }), 'email'],
    ['a user e-mail that exists', 'users', () => valid.user({ email: existingUser.email }), 'email'],
  ];

  it.each(cases)('%s', async (_name, resource, body, field) => {
    const res = await t.http.post(`/api/${resource}`).send(body());
    expectRefused(res, 409, { field });
  });

});

describe('cross-field rules', () => {
  const cases: [string, string, () => Body, number | number[], string | string[]][] = [
    ['project plannedEndDate before startDate', 'projects',
      () => valid.project(g.lab.id, { startDate: '2016-06-01', plannedEndDate: '2016-05-31' }), 422, 'plannedEndDate'],
    ['lab endDate before startDate', 'labs', () => ({ ...valid.lab(), startDate: '2015-12-18', endDate: '2015-10-01' }), [400, 422], 'endDate'],
    ['percent indicator target 150', 'indicators', () => valid.indicator(g.project.id, { unit: 'percent', baselineValue: 10, targetValue: 150 }), [400, 422], 'targetValue'],
    ['percent indicator baseline -5', 'indicators', () => valid.indicator(g.project.id, { unit: 'percent', baselineValue: -5, targetValue: 50 }), [400, 422], 'baselineValue'],
    ['indicator target date before baseline date', 'indicators',
      () => valid.indicator(g.project.id, { baselineDate: '2017-01-01', targetDate: '2016-01-01' }), [400, 422], 'targetDate'],
    ['decreasing indicator with a target above the baseline', 'indicators',
      () => valid.indicator(g.project.id, { direction: 'decrease', baselineValue: 10, targetValue: 50 }), [400, 422], 'targetValue'],
    ['count measurement 2.5', 'measurements', () => valid.measurement(g.indicator.id, { period: '2017-Q2', value: 2.5 }), [400, 422], 'value'],
    ['count measurement -1', 'measurements', () => valid.measurement(g.indicator.id, { period: '2017-Q2', value: -1 }), [400, 422], 'value'],
    ['percent measurement 101', 'measurements', () => valid.measurement(percentIndicator.id, { period: '2017-Q2', value: 101 }), [400, 422], 'value'],
    ['percent measurement -0.5', 'measurements', () => valid.measurement(percentIndicator.id, { period: '2017-Q2', value: -0.5 }), [400, 422], 'value'],
    ['outcome contract without indicator, price and maximum', 'agreements',
      () => valid.agreement(g.project.id, g.organisation.id, { kind: 'outcome_contract' }), [400, 422], ['indicatorId', 'pricePerUnitCents', 'maxPaymentCents']],
    ['outcome contract without a price', 'agreements',
      () => valid.agreement(g.project.id, g.organisation.id, { kind: 'outcome_contract', indicatorId: g.indicator.id, maxPaymentCents: 1000 }), [400, 422], 'pricePerUnitCents'],
    ['outcome contract on an indicator of another project', 'agreements',
      () => valid.agreement(g.project.id, g.organisation.id, { kind: 'outcome_contract', indicatorId: other.indicator.id, pricePerUnitCents: 100, maxPaymentCents: 1000 }),
      [400, 422], 'indicatorId'],
    ['agreement endDate before startDate', 'agreements',
      () => valid.agreement(g.project.id, g.organisation.id, { startDate: '2016-06-01', endDate: '2016-01-01' }), [400, 422], 'endDate'],
    ['target revision of a percent indicator to 150', 'target-revisions',
      () => ({ indicatorId: percentIndicator.id, newValue: 150, effectiveFrom: '2016-Q4', reason: 'Bijgesteld' }), [400, 422], 'newValue'],
  ];

  it.each(cases)('%s', async (_name, resource, body, status, field) => {
    const res = await t.http.post(`/api/${resource}`).send(body());
    expectRefused(res, status, { field });
  });
});

describe('deleting a record others still refer to → 409', () => {
  it.each([
    ['project', () => `/api/projects/${g.project.id}`],
    ['lab', () => `/api/labs/${g.lab.id}`],
    ['organisation', () => `/api/organisations/${g.organisation.id}`],
    ['indicator', () => `/api/indicators/${g.indicator.id}`],
  ])('%s', async (_name, path) => {
    const res = await t.http.delete(path());
    expectRefused(res, 409);
  });
});

// ---- routes and methods -----------------------------------------------------------------------

describe('routes and methods', () => {
  it.each([
    ['GET', '/api/nope'],
    ['POST', '/api/nope'],
    ['GET', '/api/projects/1/nope'],
    ['POST', '/api/projects/1/nope'],
    ['GET', '/api/project'],
    ['GET', '/api/'],
  ])('%s %s → 404 JSON', async (method, path) => {
    const res = method === 'POST' ? await t.http.post(path).send({ a: 1 }) : await t.http.get(path);
    expectRefused(res, 404);
  });

  it.each([
    ['POST', '/api/districts', { code: 'x', name: 'X' }],
    ['PUT', '/api/districts/1', { name: 'X', version: 1 }],
    ['DELETE', '/api/districts/1', undefined],
    ['POST', '/api/audit-events', { resource: 'projects' }],
    ['PUT', '/api/audit-events/1', { action: 'delete' }],
    ['DELETE', '/api/audit-events/1', undefined],
    ['POST', '/api/phase-decisions', { projectId: 1, toPhase: 'rollout' }],
    ['PUT', '/api/phase-decisions/1', {}],
    ['DELETE', '/api/phase-decisions/1', undefined],
    ['PUT', '/api/target-revisions/1', { newValue: 1 }],
    ['DELETE', '/api/target-revisions/1', undefined],
  ] as const)('%s %s on a read-only resource → 405 JSON', async (method, path, body) => {
    const req = t.http[method.toLowerCase() as 'post' | 'put' | 'delete'](path);
    const res = body === undefined ? await req : await req.send(body);
    expectRefused(res, 405);
  });

  it.each([
    ['PATCH', '/api/projects/1'],
    ['DELETE', '/api/projects'],
    ['PUT', '/api/projects'],
  ])('%s %s (no such route) → 404 or 405 JSON', async (method, path) => {
    const res = await t.http[method.toLowerCase() as 'patch' | 'delete' | 'put'](path).send({ title: 'x', version: 1 });
    expectRefused(res, [404, 405]);
  });
});
