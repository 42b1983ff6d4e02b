import fc from 'fast-check';
import type { Response } from 'supertest';
import { create, projectGraph, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { fingerprint, report, RUNS } from './support';

/**
 * Property-based bad input against every write route (taken from the OpenAPI document) and every list
 * query: each generated payload is invalid by construction (one field of a valid payload turned into a
 * wrong type, an out-of-range number, a bad date, an unknown key, or a garbage body), so every answer must be
 * a 4xx JSON error with a message, never a 5xx, and the database must be exactly as it was (row count and
 * md5 of every table, compared after each property).
 */

type Body = Record<string, unknown>;
interface Schema {
  type?: string; $ref?: string; enum?: string[]; format?: string; nullable?: boolean;
  minimum?: number; maximum?: number; maxLength?: number; items?: Schema;
  properties?: Record<string, Schema>; required?: string[];
}

let t: TestApp;
let g: Awaited<ReturnType<typeof projectGraph>>;
let schemas: Record<string, Schema>;
let paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
let submitted: Body & { id: number };
let baseline: Record<string, string>;

const stats = { payloads: 0, fiveXx: 0, twoXx: 0, byStatus: {} as Record<number, number>, routes: new Set<string>(), examples: [] as string[] };

beforeAll(async () => {
  t = await createTestApp();
  g = await projectGraph(t);
  const m = await create(t, 'measurements', valid.measurement(g.indicator.id, { period: '2017-Q1' }));
  const res = await t.http.post(`/api/measurements/${m.id}/submit`).send({});
  if (res.status !== 200) throw new Error(`submit answered ${res.status}`);
  submitted = res.body;
  const docs = (await t.http.get('/api/docs-json')).body;
  schemas = docs.components.schemas;
  paths = docs.paths;
  baseline = await fingerprint(t.dataSource, { ignoreSecurityEvents: true });
}, 60_000);

afterAll(async () => {
  report('fuzz', {
    runsPerProperty: RUNS, payloadsTried: stats.payloads, fiveXxSeen: stats.fiveXx, twoXxOnWrites: stats.twoXx,
    routes: stats.routes.size, statuses: stats.byStatus, fiveXxExamples: stats.examples.slice(0, 5),
  });
  await t?.close();
});

/** A refused request changes nothing: every table as it was (security events aside: failed sign-ins and refusals are audited by design). */
afterEach(async () => {
  const now = await fingerprint(t.dataSource, { ignoreSecurityEvents: true });
  const before = baseline;
  baseline = now;
  expect(now).toEqual(before);
});

// ---- the check of one answer ---------------------------------------------------------------------

function record(route: string, res: Response, sent: string): void {
  stats.payloads++;
  stats.routes.add(route);
  stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
  if (res.status >= 500) {
    stats.fiveXx++;
    stats.examples.push(`${route} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)} for ${sent.slice(0, 300)}`);
  }
}

/** A 4xx JSON error with a message; `allowOk` for reads, where a generated query may happen to be valid. */
function refusedClearly(res: Response, allowOk = false): boolean {
  if (allowOk && res.status === 200) return true;
  if (res.status >= 200 && res.status < 300) stats.twoXx++;
  return (
    res.status >= 400 && res.status < 500 &&
    typeof res.body?.message === 'string' && res.body.message.length > 0 && res.body.statusCode === res.status
  );
}

function explain(res: Response, sent: string): string {
  return `${res.status} ${JSON.stringify(res.body).slice(0, 300)} for ${sent.slice(0, 300)}`;
}

type Method = 'post' | 'put' | 'delete' | 'get';
async function send(method: Method, url: string, body?: unknown, raw?: string): Promise<Response> {
  let req = t.http[method](url);
  if (raw !== undefined) req = req.set('Content-Type', 'application/json').send(raw);
  else if (body !== undefined) req = req.send(body as object);
  return req;
}

/** Runs one property: each generated case is sent and must be refused clearly. */
async function check<T>(route: string, arb: fc.Arbitrary<T>, toRequest: (v: T) => { method: Method; url: string; body?: unknown; raw?: string }, allowOk = false): Promise<void> {
  const outcome = await fc.check(
    fc.asyncProperty(arb, async (v) => {
      const r = toRequest(v);
      const sent = r.raw ?? JSON.stringify(r.body) ?? '';
      const res = await send(r.method, r.url, r.body, r.raw);
      record(route, res, `${r.method.toUpperCase()} ${r.url} ${sent}`);
      if (!refusedClearly(res, allowOk)) throw new Error(`${route}: ${explain(res, `${r.method.toUpperCase()} ${r.url} ${sent}`)}`);
    }),
    { numRuns: RUNS, endOnFailure: true },
  );
  // fast-check's own report prints the whole counterexample, which may be 100 KB: keep it readable.
  if (outcome.failed) {
    const cause = outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance);
    throw new Error(`${cause.slice(0, 1500)}\n(seed ${outcome.seed}, path ${outcome.counterexamplePath}; rerun with fc seed to reproduce)`);
  }
}

// ---- generators of bad values --------------------------------------------------------------------

const NASTY = [
  "'; DROP TABLE projects; --", "' OR '1'='1", '" OR 1=1 --', "1; SELECT pg_sleep(5)", "$1", '%', '_', '\\', "'", '"',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{7*7}}', '${7*7}', '../../etc/passwd', '\u0000', 'a\u0000b',
  '\u202eevil', '𝕸𝖊𝖊𝖉𝖔𝖊𝖓 🎉', 'ﷺ', '\ud800', 'NaN', 'Infinity', '-Infinity', '-0', '1e308', '-1e308', '0x10', 'null',
  'undefined', 'true', '[]', '{}', ' ', '', 'Robert\'); DROP TABLE users;--',
];
const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(100_000)) },
);
/** For URLs: Node refuses request lines over 16 KB before the app sees them (431 without a body). */
const shortNasty = nastyString.filter((s) => s.length < 2000);
const anyNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 31, -(2 ** 31) - 1, -1, 0.5, 5e-324, -0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const BAD_DATES = ['2016-13-01', '2016-02-30', '2016-00-10', '0000-00-00', '99999-01-01', '2016-1-1', '16-01-01', 'yesterday', '2016/01/01', '01-01-2016', '2016-01-01T25:00:00Z', '2016-01-01 extra', '∞'];
const BAD_QUARTERS = ['2016-Q5', '2016-Q0', '2016-q3', '2016Q3', '16-Q3', '99999-Q1', '2016-Q3 ', 'Q3-2016', '2016-Q'];

function resolve(s: Schema): Schema {
  return s.$ref ? schemas[s.$ref.split('/').pop()!] : s;
}

/** Values that break `s` whatever else the payload holds (never a value the schema allows). */
function badValue(s0: Schema, name: string, required: boolean): fc.Arbitrary<unknown> {
  const s = resolve(s0);
  const options: fc.Arbitrary<unknown>[] = [];
  // An optional field may be null (class-validator's IsOptional reads null as "not given").
  const nullIsBad = required && !s.nullable;
  const type = s.type ?? (s.properties ? 'object' : undefined);
  if (type === 'string') {
    options.push(anyNumber, fc.boolean(), fc.constant([]), fc.constant({ $gt: '' }), fc.array(fc.string(), { minLength: 1, maxLength: 3 }));
    if (s.maxLength !== undefined) options.push(fc.integer({ min: s.maxLength + 1, max: s.maxLength + 200 }).map((n) => 'é'.repeat(n)), fc.constant('x'.repeat(100_000)));
    if (s.enum) options.push(nastyString.filter((v) => !s.enum!.includes(v)));
    if (s.format === 'date') options.push(fc.constantFrom(...BAD_DATES), nastyString);
    if (/period|quarter|effectiveFrom/i.test(name)) options.push(fc.constantFrom(...BAD_QUARTERS), nastyString);
    if (/email/i.test(name)) options.push(fc.constantFrom('not-an-address', 'a@b', '@example.org', "x'@x.nl --"));
  } else if (type === 'number' || type === 'integer') {
    options.push(nastyString, fc.boolean(), fc.constant([1]), fc.constant({ $ne: 0 }));
    if (s.minimum !== undefined) options.push(fc.integer({ min: -1_000_000, max: Math.ceil(s.minimum) - 1 }), fc.constant(-1e308));
    if (s.maximum !== undefined) options.push(fc.constantFrom(s.maximum + 1, 1e308));
    if (/Id$|^lab$/.test(name)) options.push(fc.constantFrom(1e308, 2 ** 31, 1.5, 99_999_999_999));
    if (/Cents$/.test(name)) options.push(fc.constantFrom(1e308, 1e19, 0.5));
  } else if (type === 'boolean') {
    options.push(fc.constantFrom('true', 'false', 1, 0, 'yes', [], {}));
  } else if (type === 'array') {
    options.push(nastyString, anyNumber, fc.constant({ 0: 1 }), fc.constant([null]));
    const items = s.items ? resolve(s.items) : undefined;
    if (items?.type === 'number') {
      options.push(fc.array(nastyString, { minLength: 1, maxLength: 5 }), fc.constant(Array.from({ length: 10_000 }, () => -1)), fc.constant([0]), fc.constant([1.5]), fc.constant([1e308]));
    } else if (items?.properties) {
      options.push(fc.constant([42]), fc.constant([[]]), badObject(items).map((o) => [o]));
    }
  } else if (type === 'object') {
    options.push(nastyString, anyNumber, fc.constant([]), fc.boolean(), badObject(s));
  }
  if (nullIsBad && type !== 'object') options.push(fc.constant(null));
  if (options.length === 0) options.push(fc.constant({ unexpected: true }));
  return fc.oneof(...options);
}

/** A key no DTO has: unknown fields are refused (400). */
const unknownKey = fc.oneof(
  fc.constantFrom("'; DROP TABLE projects; --", '<script>', 'constructor', 'prototype', 'passwordHash', 'isAdmin', 'role ', '$where', 'a.b', '🎉'),
  fc.string({ minLength: 1, maxLength: 20 }).map((k) => `x_${k}`),
);

/** One valid payload of `s`, turned invalid in exactly one place (recursing into nested objects). */
function badObject(s: Schema, valid: Body = {}, opts: { requiredMissing?: boolean } = {}): fc.Arbitrary<Body> {
  const props = Object.keys(s.properties ?? {});
  const options: fc.Arbitrary<Body>[] = [
    fc.tuple(unknownKey, fc.oneof(nastyString, anyNumber, fc.constant({ deep: { er: 1 } }))).map(([k, v]) => ({ ...valid, [k]: v })),
  ];
  if (props.length) {
    options.push(
      fc.constantFrom(...props).chain((p) => badValue(s.properties![p], p, (s.required ?? []).includes(p)).map((v) => ({ ...valid, [p]: v }))),
    );
  }
  const required = (s.required ?? []).filter((r) => r !== 'version' || opts.requiredMissing);
  if (opts.requiredMissing !== false && required.length) {
    options.push(fc.constantFrom(...required).map((r) => { const copy = { ...valid }; delete copy[r]; return copy; }));
  }
  return fc.oneof(...options);
}

/** encodeURIComponent, except that a lone surrogate goes as the bytes a careless client would send. */
function enc(s: string): string {
  try { return encodeURIComponent(s); } catch { return encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80'; }
}

function nested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Bodies that are not a payload at all. Returned as raw JSON text. */
const garbageBody = fc.oneof(
  fc.constantFrom('[]', '"text"', '42', 'null', 'true', '{', '{"a":', "{'a':1}", '{"a":1,}', '\u0000', '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"x":1}}}', 'NaN', '[{"a":1}]', '{"a":1}{"b":2}'),
  fc.integer({ min: 17, max: 60 }).map((d) => nested(d)),
  fc.integer({ min: 17, max: 60 }).map((d) => '['.repeat(d) + ']'.repeat(d)).map((arr) => `{"title":${arr}}`),
  fc.constant(JSON.stringify({ title: 'x'.repeat(300_000) })),
  fc.constant(JSON.stringify({ items: Array.from({ length: 10_000 }, (_, i) => i) })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(Array.isArray(v) || typeof v !== 'object' || v === null ? v : { ['x_' + 'garbage']: v })),
);

// ---- the routes ------------------------------------------------------------------------------------

function schemaOf(path: string, method: string): Schema | null {
  const ref = paths[path]?.[method]?.requestBody?.content?.['application/json']?.schema;
  return ref ? resolve(ref) : null;
}

function validCreate(resource: string): Body {
  switch (resource) {
    case 'labs': return valid.lab();
    case 'themes': return valid.theme(g.lab.id as number);
    case 'indicator-definitions': return { labId: g.lab.id, name: `Definitie ${Math.random()}`, kind: 'outcome', aspect: 'effectiveness', unit: 'count' };
    case 'projects': return valid.project(g.lab.id as number, { themeIds: [g.theme.id], districtIds: [1] });
    case 'people': return valid.person();
    case 'memberships': return valid.membership(g.project.id, g.person.id, 'member');
    case 'organisations': return valid.organisation();
    case 'agreements': return valid.agreement(g.project.id, g.organisation.id);
    case 'milestones': return valid.milestone(g.project.id);
    case 'indicators': return valid.indicator(g.project.id);
    case 'target-revisions': return { indicatorId: g.indicator.id, newValue: 60, effectiveFrom: '2017-Q1', reason: 'Bijgesteld' };
    case 'measurements': return valid.measurement(g.indicator.id, { period: '2018-Q2' });
    case 'status-updates': return valid.statusUpdate(g.project.id, { period: '2018-Q2' });
    case 'lessons': return valid.lesson(g.project.id);
    case 'users': return valid.user();
    default: throw new Error(`no valid payload for ${resource}`);
  }
}

const EXISTING: Record<string, () => Body & { id: number }> = {
  labs: () => g.lab, themes: () => g.theme, projects: () => g.project, people: () => g.person, memberships: () => g.membership,
  organisations: () => g.organisation, agreements: () => g.agreement, milestones: () => g.milestone, indicators: () => g.indicator,
  measurements: () => g.measurement, 'status-updates': () => g.statusUpdate, lessons: () => g.lesson,
};

const WRITABLE = ['labs', 'themes', 'indicator-definitions', 'projects', 'people', 'memberships', 'organisations', 'agreements', 'milestones', 'indicators',
  'target-revisions', 'measurements', 'status-updates', 'lessons', 'users'];
const READ_ONLY = ['districts', 'phase-decisions', 'audit-events'];
const LISTS = ['labs', 'themes', 'indicator-definitions', 'districts', 'projects', 'people', 'memberships', 'organisations', 'agreements', 'milestones',
  'indicators', 'target-revisions', 'measurements', 'status-updates', 'lessons', 'phase-decisions', 'users', 'audit-events'];

describe('creates: one field of a valid payload made invalid', () => {
  it.each(WRITABLE)('POST /api/%s', async (resource) => {
    const schema = schemaOf(`/api/${resource}`, 'post');
    expect(schema).not.toBeNull();
    await check(`POST /api/${resource}`, fc.constant(null).chain(() => badObject(schema!, validCreate(resource), { requiredMissing: true })),
      (body) => ({ method: 'post', url: `/api/${resource}`, body }));
  });
});

describe('updates: the record as read, one field made invalid', () => {
  it.each(Object.keys(EXISTING))('PUT /api/%s/:id', async (resource) => {
    const schema = schemaOf(`/api/${resource}/{id}`, 'put');
    expect(schema).not.toBeNull();
    const record = (await t.http.get(`/api/${resource}/${EXISTING[resource]().id}`)).body as Body & { id: number };
    expect(record.id).toBe(EXISTING[resource]().id);
    await check(`PUT /api/${resource}/:id`, badObject(schema!, record, { requiredMissing: false }),
      (body) => ({ method: 'put', url: `/api/${resource}/${record.id}`, body }));
  });

  it('PUT with a bad version: wrong type, stale, out of range', async () => {
    const record = (await t.http.get(`/api/projects/${g.project.id}`)).body as Body & { version: number };
    const badVersion = fc.oneof(nastyString, fc.constant(null), fc.constantFrom(record.version + 1, 0, -1, 1e308, 2 ** 31, 1.5, [1], { v: 1 }));
    await check('PUT /api/projects/:id (version)', badVersion, (version) => ({ method: 'put', url: `/api/projects/${record.id}`, body: { ...record, title: 'Changed', version } }));
  });
});

describe('bodies that are no payload at all', () => {
  it('on every write route', async () => {
    const routes: [Method, string][] = [
      ...WRITABLE.map((r): [Method, string] => ['post', `/api/${r}`]),
      ...Object.keys(EXISTING).map((r): [Method, string] => ['put', `/api/${r}/${EXISTING[r]().id}`]),
      ['post', `/api/projects/${g.project.id}/transition`],
      ['post', `/api/measurements/${submitted.id}/approve`],
      ['post', `/api/measurements/${submitted.id}/comments`],
      ['put', `/api/projects/${g.project.id}/quarters/2018-Q4`],
      ['post', `/api/projects/${g.project.id}/quarters/2018-Q4/import?dryRun=false`],
      ['post', `/api/labs/${g.lab.id}/quarters/2018-Q4/import?dryRun=false`],
      ['post', '/api/reports/quarterly/freeze'],
      ['post', '/api/auth/login'],
    ];
    await check('garbage bodies', fc.tuple(fc.constantFrom(...routes), garbageBody), ([[method, url], raw]) => ({ method, url, raw }));
  });
});

describe('actions', () => {
  it('POST /api/projects/:id/transition', async () => {
    const schema = schemaOf('/api/projects/{id}/transition', 'post')!;
    const base = { to: 'experiment', decision: 'no_go', rationale: 'Nog niet klaar.' };
    await check('POST /api/projects/:id/transition', badObject(schema, base, { requiredMissing: true }),
      (body) => ({ method: 'post', url: `/api/projects/${g.project.id}/transition`, body }));
  });

  it('POST /api/measurements/:id/:action', async () => {
    const schema = schemaOf('/api/measurements/{id}/{action}', 'post')!;
    const step = fc.constantFrom('approve', 'return', 'submit', 'reopen');
    await check('POST /api/measurements/:id/:action', fc.tuple(step, badObject(schema, { comment: 'Akkoord.' })),
      ([action, body]) => ({ method: 'post', url: `/api/measurements/${submitted.id}/${action}`, body }));
  });

  it('POST /api/measurements/:id/:action with a bad action or id', async () => {
    const action = fc.oneof(shortNasty.filter((s) => s.length > 0).map(enc), fc.constantFrom('delete', 'APPROVE', 'approve%20', '%20approve', 'approve%00', 'submit;drop', 'approve%2F', '..%2Fapprove'));
    const id = fc.oneof(fc.constant(String(submitted.id)), fc.constantFrom('0', '-1', '1.5', '1e3', '0x1', '99999999999', '2147483647', 'abc', '%27'));
    await check('POST /api/measurements/:id/:action (path)', fc.tuple(id, action).filter(([i, a]) => !(i === String(submitted.id) && ['submit', 'approve', 'return', 'reopen'].includes(a))),
      ([i, a]) => ({ method: 'post', url: `/api/measurements/${i}/${a}`, body: { comment: 'x' } }));
  });

  it('POST /api/measurements/:id/comments', async () => {
    const schema = schemaOf('/api/measurements/{id}/comments', 'post')!;
    await check('POST /api/measurements/:id/comments', badObject(schema, { body: 'Een vraag.' }, { requiredMissing: true }),
      (body) => ({ method: 'post', url: `/api/measurements/${submitted.id}/comments`, body }));
  });

  it('PUT /api/projects/:id/quarters/:period', async () => {
    const schema = schemaOf('/api/projects/{id}/quarters/{period}', 'put')!;
    const base = { statusUpdate: { health: 'on_track', narrative: 'Goed op weg.' }, measurements: [{ indicatorId: g.indicator.id, value: 12 }] };
    const body = fc.oneof(
      badObject(schema, base),
      badObject(resolve(schema.properties!.statusUpdate), base.statusUpdate, { requiredMissing: true }).map((s) => ({ ...base, statusUpdate: s })),
      badObject(resolve(schema.properties!.measurements.items!), base.measurements[0], { requiredMissing: true }).map((m) => ({ ...base, measurements: [m] })),
    );
    await check('PUT /api/projects/:id/quarters/:period', body, (b) => ({ method: 'put', url: `/api/projects/${g.project.id}/quarters/2018-Q4`, body: b }));
    const period = fc.oneof(fc.constantFrom(...BAD_QUARTERS).map(enc), nastyString.filter((s) => s.length > 0 && s.length < 1000).map(enc));
    await check('PUT /api/projects/:id/quarters/:period (period)', period, (p) => ({ method: 'put', url: `/api/projects/${g.project.id}/quarters/${p}`, body: base }));
  });

  it('POST /api/reports/quarterly/freeze', async () => {
    const schema = schemaOf('/api/reports/quarterly/freeze', 'post')!;
    await check('POST /api/reports/quarterly/freeze', badObject(schema, { lab: g.lab.id, quarter: '2016-Q3', note: 'Vastgesteld.' }, { requiredMissing: true }),
      (body) => ({ method: 'post', url: '/api/reports/quarterly/freeze', body }));
  });

  it('POST /api/auth/login: invalid payloads and wrong passwords (only failed sign-ins are recorded)', async () => {
    const schema = schemaOf('/api/auth/login', 'post')!;
    const wrong = fc.record({ email: fc.constantFrom('admin@test.example', 'nobody@example.org', "x'@x.nl"), password: nastyString.filter((p) => p.length > 0 && p.length <= 200) });
    await check('POST /api/auth/login', fc.oneof(badObject(schema, { email: 'admin@test.example', password: 'wrong-password' }, { requiredMissing: true }), wrong),
      (body) => ({ method: 'post', url: '/api/auth/login', body }));
  });
});

describe('deletes and reads with bad ids', () => {
  const badId = fc.oneof(
    fc.constantFrom('0', '-1', '1.5', '1e3', '0x1', '99999999999', '2147483648', 'abc', '%27%3B%20DROP%20TABLE%20projects%3B--', '%3Cscript%3E', 'null', '%20', '1%00'),
    fc.integer({ min: 1_000_000, max: 2_147_483_647 }).map(String),
    nastyString.filter((s) => s.length > 0 && s.length < 2000).map(enc),
  );
  it('DELETE /api/:resource/:badId', async () => {
    await check('DELETE /api/:resource/:id', fc.tuple(fc.constantFrom(...WRITABLE, ...READ_ONLY), badId),
      ([r, id]) => ({ method: 'delete', url: `/api/${r}/${id}` }));
  });
  it('PUT and POST on history and reference data (405 whatever is sent)', async () => {
    await check('write on read-only resources', fc.tuple(fc.constantFrom(...READ_ONLY), fc.constantFrom<Method>('post', 'put', 'delete'), fc.jsonValue({ maxDepth: 3 })),
      ([r, m, body]) => ({ method: m, url: m === 'post' ? `/api/${r}` : `/api/${r}/1`, body: { payload: body } }));
  });
  it('PUT /api/:resource/:badId', async () => {
    await check('PUT /api/:resource/:id (bad id)', fc.tuple(fc.constantFrom(...Object.keys(EXISTING)), badId),
      ([r, id]) => ({ method: 'put', url: `/api/${r}/${id}`, body: { version: 1, title: 'x' } }));
  });
});

describe('list queries', () => {
  const anyJson = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v));
  const deep = fc.integer({ min: 17, max: 45 }).map((d) => JSON.stringify({ q: JSON.parse(nested(d)) }));
  // 1,000 ids: a 10,000-item array would not fit in a URL (Node answers 431 to request lines over 16 KB).
  const bigArray = fc.constant(JSON.stringify({ id: Array.from({ length: 1_000 }, (_, i) => i + 1) }));
  const sort = fc.oneof(
    anyJson, shortNasty,
    fc.tuple(fc.oneof(shortNasty, fc.constantFrom('id', 'title', 'passwordHash', 'createdAt')), fc.oneof(shortNasty, fc.constantFrom('ASC', 'DESC', 'asc'))).map((p) => JSON.stringify(p)),
  );
  const range = fc.oneof(
    anyJson, shortNasty,
    fc.tuple(anyNumber, anyNumber).map((p) => JSON.stringify(p)),
    fc.constantFrom('[0,1e308]', '[-0,9]', '[NaN,1]', '["0","9"]', '[0,999999999999]', '[1e308,1e308]'),
  );
  const filterValue = fc.oneof(shortNasty, anyNumber, fc.constant(null), fc.array(shortNasty, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }));
  const filterKey = fc.oneof(fc.constantFrom('q', 'id', 'title', 'projectId', 'phase', 'startDate_gte', 'startDate_lte', 'themeIds', 'overdue', 'status', 'period', 'role', 'passwordHash', 'id_gte'), shortNasty);
  const filter = fc.oneof(
    anyJson, shortNasty, deep, bigArray,
    fc.dictionary(filterKey, filterValue, { maxKeys: 3 }).map((f) => JSON.stringify(f)),
  );
  const query = fc.record({ sort, range, filter }, { requiredKeys: [] });

  it('GET /api/:resource?sort&range&filter never fails on the server', async () => {
    await check('GET /api/:resource (list)', fc.tuple(fc.constantFrom(...LISTS), query), ([r, q]) => {
      const qs = Object.entries(q).map(([k, v]) => `${k}=${enc(v as string)}`).join('&');
      return { method: 'get', url: `/api/${r}?${qs}` };
    }, true);
  });
});
