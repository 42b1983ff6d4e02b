import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { configureApp } from '../../apps/api/src/configure-app';
import { AGREEMENTS } from '../../apps/api/src/agreements/agreements.resource';
import { AUDIT_EVENTS } from '../../apps/api/src/audit-events/audit-events.resource';
import type { FieldType } from '../../apps/api/src/common/list-query';
import type { ResourceDefinition } from '../../apps/api/src/common/resource';
import { DISTRICTS } from '../../apps/api/src/districts/districts.resource';
import { INDICATOR_DEFINITIONS } from '../../apps/api/src/indicator-definitions/indicator-definitions.resource';
import { INDICATORS } from '../../apps/api/src/indicators/indicators.resource';
import { LABS } from '../../apps/api/src/labs/labs.resource';
import { LESSONS } from '../../apps/api/src/lessons/lessons.resource';
import { MEASUREMENTS } from '../../apps/api/src/measurements/measurements.resource';
import { MEMBERSHIPS } from '../../apps/api/src/memberships/memberships.resource';
import { MILESTONES } from '../../apps/api/src/milestones/milestones.resource';
import { ORGANISATIONS } from '../../apps/api/src/organisations/organisations.resource';
import { PEOPLE } from '../../apps/api/src/people/people.resource';
import { PHASE_DECISIONS } from '../../apps/api/src/phase-decisions/phase-decisions.resource';
import { PROJECTS } from '../../apps/api/src/projects/projects.resource';
import { STATUS_UPDATES } from '../../apps/api/src/status-updates/status-updates.resource';
import { TARGET_REVISIONS } from '../../apps/api/src/target-revisions/target-revisions.resource';
import { THEMES } from '../../apps/api/src/themes/themes.resource';
import { USERS } from '../../apps/api/src/users/users.resource';
import { create, valid } from '../support/factories';
import { createTestApp, type TestApp, signedIn } from '../support/test-app';

/**
 * react-admin's ra-data-simple-rest list contract, end to end: sort, range, filter (q, any-of, null,
 * _gte/_lte, references, custom filters) and the Content-Range header, over a data set built through the API.
 * Every expectation is computed from what this file sent, not from what the API answered.
 */

type Row = Record<string, unknown> & { id: number };
type Dir = 'ASC' | 'DESC';

let t: TestApp;

const HEALTHS = ['on_track', 'at_risk', 'off_track'];
/** PostgreSQL sorts enum columns in declaration order, not alphabetically. */
const ENUM_ORDER: Record<string, readonly string[]> = {
  health: HEALTHS,
  status: ['planned', 'in_progress', 'done', 'cancelled'],
  phase: ['scenario', 'experiment', 'rollout', 'stopped'],
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;
const YESTERDAY = iso(new Date(Date.now() - 2 * DAY));
const TOMORROW = iso(new Date(Date.now() + 2 * DAY));

// ---- the data set -----------------------------------------------------------------------------

interface Model {
  labA: number;
  labB: number;
  orgA: number;
  orgB: number;
  themes: { a1: number; a2: number; b1: number };
  districts: number[];
  projects: Row[];
  milestones: Row[];
  indicators: Row[];
  measurements: Row[];
}
let m: Model;

const TITLE_WORDS = ['Werk', 'Buurt', 'Zorg', 'Meedoen', 'Dagbesteding'];

function projectBody(i: number, m: Pick<Model, 'labA' | 'labB' | 'orgA' | 'orgB' | 'themes' | 'districts'>): Record<string, unknown> {
  // A permutation for codes and another for titles, so that id, code and title orders all differ.
  const c = (i * 7) % 30;
  const k = (i * 11) % 30;
  const prefix = `${'ABCDEFGHIJ'[Math.floor(k / 3)]}${'aei'[k % 3]}`;
  let title = `${prefix} ${TITLE_WORDS[i % 5]} ${TITLE_WORDS[(i + 2) % 5].toLowerCase()}`;
  let summary: string | null = i % 4 === 0 ? null : `Samenvatting ${i}`;
  let problem: string | null = null;
  let targetGroup: string | null = null;
  if (i === 3 || i === 4) title = 'Dubbele titel';
  if (i === 5) summary = 'Met 100% inzet van vrijwilligers';
  if (i === 6) summary = 'Voor 1000 mensen in Noord';
  if (i === 7) title = `${prefix} Een werk_plaats`;
  if (i === 8) title = `${prefix} Een werk-plaats`;
  if (i === 9) title = `${prefix} Een werkplaats`;
  if (i === 10) targetGroup = 'Statushouders met afstand tot werk';
  if (i === 11) problem = 'Eenzaamheid en schulden in de BUURT';
  if (i === 12) summary = 'Samen aan het WERK in de buurt';
  const startDate = i % 5 === 0 ? null : `2016-0${(i % 4) + 1}-01`;
  const lab = i < 20 ? m.labA : m.labB;
  const themeIds = i < 20
    ? [[m.themes.a1], [m.themes.a2], [m.themes.a1, m.themes.a2]][i % 3]
    : i % 2 === 0 ? [m.themes.b1] : [];
  const districtIds = [m.districts[i % 8]];
  if (i % 5 === 0) districtIds.push(m.districts[(i + 3) % 8]);
  return {
    labId: lab,
    code: `LC-${String(c).padStart(2, '0')}`,
    title,
    summary,
    problem,
    targetGroup,
    health: HEALTHS[i % 3],
    startDate,
    plannedEndDate: startDate === null || i % 7 === 0 ? null : '2017-12-31',
    budgetCents: i % 6 === 0 ? null : (i % 7) * 100_000,
    leadOrganisationId: [m.orgA, m.orgB, null, null][i % 4],
    themeIds,
    districtIds: [...districtIds].sort((a, b) => a - b),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  const labA = (await create(t, 'labs', valid.lab())).id;
  const labB = (await create(t, 'labs', valid.lab())).id;
  const orgA = (await create(t, 'organisations', valid.organisation())).id;
  const orgB = (await create(t, 'organisations', valid.organisation())).id;
  const themes = {
    a1: (await create(t, 'themes', valid.theme(labA))).id,
    a2: (await create(t, 'themes', valid.theme(labA))).id,
    b1: (await create(t, 'themes', valid.theme(labB))).id,
  };
  const districts = ((await t.http.get('/api/districts').query({ sort: '["id","ASC"]' })).body as Row[]).map((d) => d.id);
  const base = { labA, labB, orgA, orgB, themes, districts };

  const projects: Row[] = [];
  for (let i = 0; i < 30; i++) {
    const body = projectBody(i, base);
    const created = await create(t, 'projects', body);
    projects.push({ ...body, id: created.id, phase: 'scenario', createdAt: created.createdAt });
  }

  const [p0, p1, p2] = projects;
  const milestoneSpecs: [Row, string, string, string | null][] = [
    [p0, '2016-03-31', 'planned', null],
    [p0, '2016-06-30', 'in_progress', null],
    [p0, '2016-09-30', 'done', '2016-09-15'],
    [p0, '2016-12-31', 'cancelled', null],
    [p0, '2035-01-01', 'planned', null],
    [p0, YESTERDAY, 'planned', null],
    [p0, TOMORROW, 'in_progress', null],
    [p0, '2016-06-30', 'planned', null],
    [p1, '2016-06-30', 'planned', null],
    [p1, '2035-06-30', 'done', '2016-05-01'],
    [p2, YESTERDAY, 'cancelled', null],
  ];
  const milestones: Row[] = [];
  for (const [n, [project, dueDate, status, completedDate]] of milestoneSpecs.entries()) {
    const body = valid.milestone(project.id, {
      title: `Mijlpaal ${'ABCDEFGHIJKLMNOP'[n]} ${n % 2 ? 'werving' : 'evaluatie'}`, dueDate, status, completedDate, phase: n % 2 ? 'experiment' : 'scenario',
    });
    const created = await create(t, 'milestones', body);
    milestones.push({ ...body, id: created.id });
  }

  const indicatorSpecs: [Row, string, string, Record<string, unknown>][] = [
    [p0, 'count', 'outcome', {}],
    [p0, 'percent', 'output', { baselineValue: 10, targetValue: 50 }],
    [p1, 'score', 'outcome', { baselineValue: 5, targetValue: 8 }],
    [p2, 'euro', 'output', { baselineValue: 0, targetValue: 5000 }],
  ];
  const indicators: Row[] = [];
  for (const [project, unit, kind, extra] of indicatorSpecs) {
    const body = valid.indicator(project.id, { unit, kind, ...extra });
    const created = await create(t, 'indicators', body);
    indicators.push({ ...body, id: created.id });
  }

  const [i1, i2, i3, i4] = indicators;
  const measurementSpecs: [Row, string, number][] = [
    [i1, '2016-Q1', 5], [i1, '2016-Q2', 12], [i1, '2016-Q3', 20], [i1, '2016-Q4', 20],
    [i2, '2016-Q2', 12.5], [i2, '2016-Q3', 30.25],
    [i3, '2016-Q3', 7.5], [i3, '2017-Q1', 8],
    [i4, '2016-Q3', 1000],
  ];
  const measurements: Row[] = [];
  for (const [indicator, period, value] of measurementSpecs) {
    const body = valid.measurement(indicator.id, { period, value, note: `Meting ${period}` });
    const created = await create(t, 'measurements', body);
    measurements.push({ ...body, id: created.id, projectId: indicator.projectId });
  }

  m = { ...base, projects, milestones, indicators, measurements };
}, 60_000);

afterAll(async () => {
  await t?.close();
});

// ---- helpers ----------------------------------------------------------------------------------

interface ListParams {
  sort?: [string, string];
  range?: [number, number];
  filter?: Record<string, unknown>;
}

async function list(resource: string, params: ListParams = {}) {
  const query: Record<string, string> = {};
  if (params.sort) query.sort = JSON.stringify(params.sort);
  if (params.range) query.range = JSON.stringify(params.range);
  if (params.filter) query.filter = JSON.stringify(params.filter);
  const res = await t.http.get(`/api/${resource}`).query(query);
  if (res.status !== 200) throw new Error(`GET /api/${resource} ${JSON.stringify(query)} answered ${res.status}: ${JSON.stringify(res.body)}`);
  expect(Array.isArray(res.body)).toBe(true);
  return { rows: res.body as Row[], ids: (res.body as Row[]).map((r) => r.id), contentRange: res.headers['content-range'] as string };
}

function compareValues(field: string, a: unknown, b: unknown): number {
  // Nulls are the smallest value: first in ASC, last in DESC.
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  const order = ENUM_ORDER[field];
  if (order) return order.indexOf(a as string) - order.indexOf(b as string);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** The order the contract promises: by the field, ties broken by id in the same direction. */
function sortedIds(rows: Row[], field: string, dir: Dir): number[] {
  return [...rows]
    .sort((x, y) => {
      const c = compareValues(field, x[field], y[field]) || x.id - y.id;
      return dir === 'ASC' ? c : -c;
    })
    .map((r) => r.id);
}

const idsOf = (rows: Row[]) => rows.map((r) => r.id).sort((a, b) => a - b);
const sortNum = (ids: number[]) => [...ids].sort((a, b) => a - b);

const SEARCH_COLUMNS = ['code', 'title', 'summary', 'problem', 'targetGroup'];
/** What `q` means: every word appears, case-insensitively, in at least one search column. */
function matchesQ(row: Row, q: string): boolean {
  return q.trim().split(/\s+/).filter(Boolean).every((word) =>
    SEARCH_COLUMNS.some((c) => typeof row[c] === 'string' && (row[c] as string).toLowerCase().includes(word.toLowerCase())),
  );
}

// ---- the tests --------------------------------------------------------------------------------

describe('without parameters', () => {
  it('answers every project, in the default order (code ASC), with an exact Content-Range', async () => {
    const { ids, contentRange } = await list('projects');
    expect(ids).toEqual(sortedIds(m.projects, 'code', 'ASC'));
    expect(contentRange).toBe('projects 0-29/30');
  });

  it('answers the whole record in list rows, link id arrays included', async () => {
    const { rows } = await list('projects', { filter: { id: m.projects[2].id } });
    const p = m.projects[2];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: p.id, code: p.code, title: p.title, labId: p.labId, health: p.health, startDate: p.startDate,
      budgetCents: p.budgetCents, leadOrganisationId: p.leadOrganisationId, themeIds: p.themeIds, districtIds: p.districtIds,
      phase: 'scenario', version: 1,
    });
  });

  it('has no default page cut on a larger resource either (audit events)', async () => {
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events');
    expect(n).toBeGreaterThan(50);
    const { ids, contentRange } = await list('audit-events');
    expect(ids).toHaveLength(n);
    expect(new Set(ids).size).toBe(n);
    expect(contentRange).toBe(`audit-events 0-${n - 1}/${n}`);
  });
});

describe('sort', () => {
  const fields = ['id', 'code', 'title', 'health', 'startDate', 'plannedEndDate', 'budgetCents', 'leadOrganisationId', 'labId', 'phase', 'createdAt'];

  it.each(fields.flatMap((field) => (['ASC', 'DESC'] as const).map((dir) => [field, dir] as const)))(
    'projects by %s %s: nulls smallest, ties broken by id in the same direction',
    async (field, dir) => {
      const { ids, contentRange } = await list('projects', { sort: [field, dir] });
      expect(ids).toEqual(sortedIds(m.projects, field, dir));
      expect(contentRange).toBe('projects 0-29/30');
    },
  );

  it('DESC is exactly the reverse of ASC, even with nulls and ties', async () => {
    for (const field of ['budgetCents', 'startDate', 'health', 'leadOrganisationId']) {
      const asc = await list('projects', { sort: [field, 'ASC'] });
      const desc = await list('projects', { sort: [field, 'DESC'] });
      expect(desc.ids).toEqual([...asc.ids].reverse());
    }
  });

  it('accepts the order in lower case', async () => {
    expect((await list('projects', { sort: ['code', 'desc'] })).ids).toEqual(sortedIds(m.projects, 'code', 'DESC'));
    expect((await list('projects', { sort: ['title', 'asc'] })).ids).toEqual(sortedIds(m.projects, 'title', 'ASC'));
  });

  it('gives records with the same value a stable order: identical titles by id', async () => {
    const dup = m.projects.filter((p) => p.title === 'Dubbele titel').map((p) => p.id);
    expect(dup).toHaveLength(2);
    const asc = (await list('projects', { sort: ['title', 'ASC'] })).ids.filter((id) => dup.includes(id));
    const desc = (await list('projects', { sort: ['title', 'DESC'] })).ids.filter((id) => dup.includes(id));
    expect(asc).toEqual(sortNum(dup));
    expect(desc).toEqual(sortNum(dup).reverse());
  });

  it.each([
    ['dueDate', 'ASC'], ['dueDate', 'DESC'], ['status', 'ASC'], ['completedDate', 'ASC'], ['completedDate', 'DESC'], ['title', 'DESC'],
  ] as const)('milestones by %s %s', async (field, dir) => {
    expect((await list('milestones', { sort: [field, dir] })).ids).toEqual(sortedIds(m.milestones, field, dir));
  });

  it('milestones default to dueDate ASC', async () => {
    expect((await list('milestones')).ids).toEqual(sortedIds(m.milestones, 'dueDate', 'ASC'));
  });

  it.each([['period', 'ASC'], ['period', 'DESC'], ['value', 'ASC'], ['value', 'DESC'], ['indicatorId', 'DESC']] as const)(
    'measurements by %s %s (numeric values sort as numbers)',
    async (field, dir) => {
      expect((await list('measurements', { sort: [field, dir] })).ids).toEqual(sortedIds(m.measurements, field, dir));
    },
  );

  it('measurements default to period DESC, ties by id DESC', async () => {
    expect((await list('measurements')).ids).toEqual(sortedIds(m.measurements, 'period', 'DESC'));
  });
});

describe('range', () => {
  it.each([
    ['budgetCents', 'DESC', 10], ['health', 'ASC', 10], ['startDate', 'ASC', 7], ['title', 'DESC', 4], ['leadOrganisationId', 'ASC', 1],
  ] as const)('pages of %s %s (size %i) concatenate to the full sorted set without duplicates', async (field, dir, size) => {
    const all = sortedIds(m.projects, field, dir);
    const seen: number[] = [];
    for (let start = 0; start < 30; start += size) {
      const end = start + size - 1;
      const { ids, contentRange } = await list('projects', { sort: [field, dir], range: [start, end] });
      const last = Math.min(end, 29);
      expect(ids).toHaveLength(last - start + 1);
      expect(contentRange).toBe(`projects ${start}-${last}/30`);
      seen.push(...ids);
    }
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(30);
  });

  it.each([
    [[0, 9], 'projects 0-9/30', 10],
    [[0, 0], 'projects 0-0/30', 1],
    [[29, 29], 'projects 29-29/30', 1],
    [[25, 34], 'projects 25-29/30', 5],
    [[0, 999], 'projects 0-29/30', 30],
    [[30, 39], 'projects */30', 0],
    [[1000, 1999], 'projects */30', 0],
  ] as const)('range %j answers Content-Range "%s" and %i rows', async (range, header, count) => {
    const { ids, contentRange } = await list('projects', { sort: ['code', 'ASC'], range: [range[0], range[1]] });
    expect(contentRange).toBe(header);
    expect(ids).toEqual(sortedIds(m.projects, 'code', 'ASC').slice(range[0], range[1] + 1));
    expect(ids).toHaveLength(count);
  });

  it('counts the filtered total, not the table, in Content-Range', async () => {
    const labA = m.projects.filter((p) => p.labId === m.labA);
    const { ids, contentRange } = await list('projects', { sort: ['id', 'ASC'], range: [5, 9], filter: { labId: m.labA } });
    expect(contentRange).toBe(`projects 5-9/${labA.length}`);
    expect(ids).toEqual(sortNum(labA.map((p) => p.id)).slice(5, 10));
  });

  it('answers an empty result with an empty array and "*/0"', async () => {
    const res = await t.http.get('/api/projects').query({ filter: JSON.stringify({ code: 'does-not-exist' }), range: '[0,9]' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect(res.headers['content-range']).toBe('projects */0');
  });
});

describe('getMany: filter {"id":[...]} without range', () => {
  it('returns every listed id, no default page cut', async () => {
    const wanted = m.projects.slice(0, 27).map((p) => p.id);
    const { ids, contentRange } = await list('projects', { filter: { id: wanted } });
    expect(sortNum(ids)).toEqual(sortNum(wanted));
    expect(contentRange).toBe('projects 0-26/27');
  });

  it('ignores ids that do not exist and accepts numeric strings', async () => {
    const wanted = [m.projects[0].id, m.projects[5].id];
    const { ids } = await list('projects', { filter: { id: [String(wanted[0]), wanted[1], 999999] } });
    expect(sortNum(ids)).toEqual(sortNum(wanted));
  });

  it('works on every kind of resource (milestones, measurements)', async () => {
    const ms = m.milestones.slice(0, 5).map((x) => x.id);
    expect(sortNum((await list('milestones', { filter: { id: ms } })).ids)).toEqual(sortNum(ms));
    const me = m.measurements.map((x) => x.id);
    expect(sortNum((await list('measurements', { filter: { id: me } })).ids)).toEqual(sortNum(me));
  });
});

describe('filter.q: full-text search', () => {
  it.each([
    ['werk'], ['WERK'], ['Buurt'], ['buurt meedoen'], ['dagbesteding ZORG'], ['werk buurt'], ['LC-07'], ['lc-1'], ['statushouders'], ['EENZAAMHEID'],
    ['samenvatting 1'], ['  werk   buurt  '], ['Dubbele'],
  ])('q=%j matches case-insensitively across code, title, summary, problem and targetGroup (words AND-ed)', async (q) => {
    const expected = idsOf(m.projects.filter((p) => matchesQ(p, q)));
    expect(expected.length).toBeGreaterThan(0);
    const { ids, contentRange } = await list('projects', { filter: { q } });
    expect(sortNum(ids)).toEqual(expected);
    expect(contentRange).toBe(`projects 0-${expected.length - 1}/${expected.length}`);
  });

  it('finds a word only present in targetGroup, and one only in problem', async () => {
    expect((await list('projects', { filter: { q: 'statushouders' } })).ids).toEqual([m.projects[10].id]);
    expect((await list('projects', { filter: { q: 'eenzaamheid' } })).ids).toEqual([m.projects[11].id]);
  });

  it('AND-s words that sit in different columns, and none for a word found nowhere', async () => {
    // "statushouders" is in targetGroup, the title word in title: both must match.
    const p = m.projects[10];
    const titleWord = (p.title as string).split(' ')[1];
    expect((await list('projects', { filter: { q: `statushouders ${titleWord}` } })).ids).toEqual([p.id]);
    expect((await list('projects', { filter: { q: 'statushouders eenzaamheid' } })).ids).toEqual([]);
    expect((await list('projects', { filter: { q: 'werk xyzzy' } })).ids).toEqual([]);
  });

  it.each([
    ['%', [5]],
    ['100%', [5]],
    ['_', [7]],
    ['werk_plaats', [7]],
    ['werk_', [7]],
    ['\\', []],
    ["'", []],
  ] as const)('treats %j literally, not as a wildcard', async (q, indexes) => {
    const { ids } = await list('projects', { filter: { q } });
    expect(sortNum(ids)).toEqual(sortNum(indexes.map((i) => m.projects[i].id)));
  });

  it('an empty q filters nothing', async () => {
    expect((await list('projects', { filter: { q: '' } })).ids).toHaveLength(30);
    expect((await list('projects', { filter: { q: '   ' } })).ids).toHaveLength(30);
  });

  it('combines q with other filters, sort and range', async () => {
    const expected = m.projects.filter((p) => matchesQ(p, 'werk') && p.labId === m.labA && p.health !== 'off_track');
    const sorted = sortedIds(expected, 'title', 'DESC');
    const { ids, contentRange } = await list('projects', {
      filter: { q: 'werk', labId: m.labA, health: ['on_track', 'at_risk'] }, sort: ['title', 'DESC'], range: [0, 2],
    });
    expect(ids).toEqual(sorted.slice(0, 3));
    expect(contentRange).toBe(`projects 0-2/${expected.length}`);
  });

  it('searches milestones (title, description) and measurements (note)', async () => {
    expect(sortNum((await list('milestones', { filter: { q: 'WERVING' } })).ids))
      .toEqual(idsOf(m.milestones.filter((x) => (x.title as string).includes('werving'))));
    expect(sortNum((await list('measurements', { filter: { q: '2016-q3' } })).ids))
      .toEqual(idsOf(m.measurements.filter((x) => x.period === '2016-Q3')));
  });
});

describe('value filters on projects', () => {
  const cases: [string, () => Record<string, unknown>, (p: Row) => boolean][] = [
    ['health any-of', () => ({ health: ['on_track', 'at_risk'] }), (p) => p.health === 'on_track' || p.health === 'at_risk'],
    ['health single value', () => ({ health: 'off_track' }), (p) => p.health === 'off_track'],
    ['health array of one', () => ({ health: ['at_risk'] }), (p) => p.health === 'at_risk'],
    ['phase enum', () => ({ phase: 'scenario' }), () => true],
    ['phase enum, none', () => ({ phase: ['experiment', 'rollout', 'stopped'] }), () => false],
    ['empty array: nothing', () => ({ health: [] }), () => false],
    ['empty id array: nothing', () => ({ id: [] }), () => false],
    ['startDate null → IS NULL', () => ({ startDate: null }), (p) => p.startDate === null],
    ['budgetCents null → IS NULL (0 is not null)', () => ({ budgetCents: null }), (p) => p.budgetCents === null],
    ['budgetCents 0', () => ({ budgetCents: 0 }), (p) => p.budgetCents === 0],
    ['leadOrganisationId null', () => ({ leadOrganisationId: null }), (p) => p.leadOrganisationId === null],
    ['leadOrganisationId reference', () => ({ leadOrganisationId: m.orgB }), (p) => p.leadOrganisationId === m.orgB],
    ['labId reference', () => ({ labId: m.labB }), (p) => p.labId === m.labB],
    ['labId as a numeric string', () => ({ labId: String(m.labA) }), (p) => p.labId === m.labA],
    ['labId any-of', () => ({ labId: [m.labA, m.labB] }), () => true],
    ['code exact', () => ({ code: 'LC-05' }), (p) => p.code === 'LC-05'],
    ['startDate exact', () => ({ startDate: '2016-02-01' }), (p) => p.startDate === '2016-02-01'],
    ['startDate_gte inclusive', () => ({ startDate_gte: '2016-03-01' }), (p) => p.startDate !== null && (p.startDate as string) >= '2016-03-01'],
    ['startDate_lte inclusive', () => ({ startDate_lte: '2016-02-01' }), (p) => p.startDate !== null && (p.startDate as string) <= '2016-02-01'],
    ['startDate between, both bounds hit', () => ({ startDate_gte: '2016-02-01', startDate_lte: '2016-03-01' }),
      (p) => p.startDate === '2016-02-01' || p.startDate === '2016-03-01'],
    ['plannedEndDate_gte', () => ({ plannedEndDate_gte: '2017-12-31' }), (p) => p.plannedEndDate === '2017-12-31'],
    ['budgetCents_gte inclusive', () => ({ budgetCents_gte: 400_000 }), (p) => p.budgetCents !== null && (p.budgetCents as number) >= 400_000],
    ['budgetCents_lte inclusive', () => ({ budgetCents_lte: 100_000 }), (p) => p.budgetCents !== null && (p.budgetCents as number) <= 100_000],
    ['budgetCents between as numeric strings', () => ({ budgetCents_gte: '200000', budgetCents_lte: '300000' }),
      (p) => p.budgetCents === 200_000 || p.budgetCents === 300_000],
    ['an empty bound is ignored', () => ({ budgetCents_gte: '', startDate_lte: null }), () => true],
    ['id_gte/id_lte', () => ({ id_gte: m.projects[10].id, id_lte: m.projects[14].id }),
      (p) => p.id >= m.projects[10].id && p.id <= m.projects[14].id],
    ['themeIds (custom): any project with the theme', () => ({ themeIds: m.themes.a1 }), (p) => (p.themeIds as number[]).includes(m.themes.a1)],
    ['themeIds any-of', () => ({ themeIds: [m.themes.a2, m.themes.b1] }),
      (p) => (p.themeIds as number[]).some((x) => x === m.themes.a2 || x === m.themes.b1)],
    ['themeIds as numeric strings', () => ({ themeIds: [String(m.themes.b1)] }), (p) => (p.themeIds as number[]).includes(m.themes.b1)],
    ['themeIds empty array: nothing', () => ({ themeIds: [] }), () => false],
    ['districtIds (custom)', () => ({ districtIds: m.districts[3] }), (p) => (p.districtIds as number[]).includes(m.districts[3])],
    ['districtIds any-of', () => ({ districtIds: [m.districts[0], m.districts[7]] }),
      (p) => (p.districtIds as number[]).some((x) => x === m.districts[0] || x === m.districts[7])],
    ['several filters are AND-ed', () => ({ labId: m.labA, health: 'on_track', themeIds: [m.themes.a1], startDate: null }),
      (p) => p.labId === m.labA && p.health === 'on_track' && (p.themeIds as number[]).includes(m.themes.a1) && p.startDate === null],
  ];

  it.each(cases.map(([name, filter, predicate]) => ({ name, filter, predicate })))('$name', async ({ filter, predicate }) => {
    const expected = idsOf(m.projects.filter(predicate));
    const { ids, contentRange } = await list('projects', { filter: filter(), sort: ['id', 'ASC'] });
    expect(ids).toEqual(expected);
    expect(contentRange).toBe(expected.length ? `projects 0-${expected.length - 1}/${expected.length}` : 'projects */0');
  });

  it('the data set covers what the cases need (ties, nulls, both labs, themes)', () => {
    expect(m.projects.filter((p) => p.startDate === null).length).toBeGreaterThan(2);
    expect(m.projects.filter((p) => p.budgetCents === null).length).toBeGreaterThan(2);
    expect(m.projects.filter((p) => p.budgetCents === 0).length).toBeGreaterThan(0);
    expect(m.projects.filter((p) => p.labId === m.labB).length).toBe(10);
    expect(m.projects.filter((p) => (p.themeIds as number[]).length === 0).length).toBeGreaterThan(0);
  });
});

describe('milestones: reference and custom filters', () => {
  const overdue = (x: Row) => ['planned', 'in_progress'].includes(x.status as string) && (x.dueDate as string) < iso(new Date());

  it.each([
    ['projectId reference', () => ({ projectId: m.projects[0].id }), (x: Row) => x.projectId === m.projects[0].id],
    ['projectId as a numeric string', () => ({ projectId: String(m.projects[1].id) }), (x: Row) => x.projectId === m.projects[1].id],
    ['projectId any-of', () => ({ projectId: [m.projects[1].id, m.projects[2].id] }),
      (x: Row) => x.projectId === m.projects[1].id || x.projectId === m.projects[2].id],
    ['overdue true: due before today, planned or in progress', () => ({ overdue: true }), overdue],
    ['overdue "true" as text', () => ({ overdue: 'true' }), overdue],
    ['overdue false: everything else', () => ({ overdue: false }), (x: Row) => !overdue(x)],
    ['overdue "false" as text', () => ({ overdue: 'false' }), (x: Row) => !overdue(x)],
    ['overdue with projectId', () => ({ overdue: true, projectId: m.projects[1].id }), (x: Row) => overdue(x) && x.projectId === m.projects[1].id],
    ['status enum any-of', () => ({ status: ['done', 'cancelled'] }), (x: Row) => x.status === 'done' || x.status === 'cancelled'],
    ['phase enum', () => ({ phase: 'experiment' }), (x: Row) => x.phase === 'experiment'],
    ['dueDate_gte/_lte inclusive', () => ({ dueDate_gte: '2016-06-30', dueDate_lte: '2016-12-31' }),
      (x: Row) => (x.dueDate as string) >= '2016-06-30' && (x.dueDate as string) <= '2016-12-31'],
    ['completedDate null', () => ({ completedDate: null }), (x: Row) => x.completedDate === null],
    ['completedDate_lte', () => ({ completedDate_lte: '2016-09-15' }), (x: Row) => x.completedDate !== null && (x.completedDate as string) <= '2016-09-15'],
  ])('%s', async (_name, filter, predicate) => {
    const expected = idsOf(m.milestones.filter(predicate));
    const { ids } = await list('milestones', { filter: filter(), sort: ['id', 'ASC'] });
    expect(ids).toEqual(expected);
  });

  it('the derived overdue field agrees with the overdue filter', async () => {
    const { rows } = await list('milestones');
    const flagged = idsOf(rows.filter((r) => r.overdue === true));
    expect(flagged).toEqual(idsOf(m.milestones.filter(overdue)));
    expect(flagged.length).toBe(5);
    expect((await list('milestones', { filter: { overdue: true } })).rows.every((r) => r.overdue === true)).toBe(true);
  });
});

describe('indicators and measurements', () => {
  it.each([
    ['indicators projectId', 'indicators', () => ({ projectId: m.projects[0].id }), (x: Row) => x.projectId === m.projects[0].id],
    ['indicators unit enum', 'indicators', () => ({ unit: 'percent' }), (x: Row) => x.unit === 'percent'],
    ['indicators kind any-of', 'indicators', () => ({ kind: ['output', 'outcome'] }), () => true],
    ['indicators kind + projectId', 'indicators', () => ({ kind: 'outcome', projectId: [m.projects[0].id, m.projects[2].id] }),
      (x: Row) => x.kind === 'outcome' && (x.projectId === m.projects[0].id || x.projectId === m.projects[2].id)],
    ['measurements projectId (custom, through the indicator)', 'measurements', () => ({ projectId: m.projects[0].id }),
      (x: Row) => x.projectId === m.projects[0].id],
    ['measurements projectId any-of', 'measurements', () => ({ projectId: [m.projects[0].id, m.projects[1].id] }),
      (x: Row) => x.projectId === m.projects[0].id || x.projectId === m.projects[1].id],
    ['measurements projectId as text', 'measurements', () => ({ projectId: String(m.projects[2].id) }), (x: Row) => x.projectId === m.projects[2].id],
    ['measurements projectId of a project without measurements', 'measurements', () => ({ projectId: m.projects[20].id }), () => false],
    ['measurements projectId empty array', 'measurements', () => ({ projectId: [] }), () => false],
    ['measurements indicatorId reference', 'measurements', () => ({ indicatorId: m.indicators[0].id }), (x: Row) => x.indicatorId === m.indicators[0].id],
    ['measurements period', 'measurements', () => ({ period: '2016-Q3' }), (x: Row) => x.period === '2016-Q3'],
    ['measurements period any-of', 'measurements', () => ({ period: ['2016-Q1', '2017-Q1'] }), (x: Row) => x.period === '2016-Q1' || x.period === '2017-Q1'],
    ['measurements value_gte/_lte inclusive', 'measurements', () => ({ value_gte: 12, value_lte: 20 }),
      (x: Row) => (x.value as number) >= 12 && (x.value as number) <= 20],
    ['measurements value_gte decimal string', 'measurements', () => ({ value_gte: '12.5' }), (x: Row) => (x.value as number) >= 12.5],
    ['measurements status enum', 'measurements', () => ({ status: 'draft' }), () => true],
    ['measurements status none approved', 'measurements', () => ({ status: ['approved', 'returned'] }), () => false],
  ])('%s', async (_name, resource, filter, predicate) => {
    const model = resource === 'indicators' ? m.indicators : m.measurements;
    const expected = idsOf(model.filter(predicate));
    const { ids, contentRange } = await list(resource, { filter: filter(), sort: ['id', 'ASC'] });
    expect(ids).toEqual(expected);
    expect(contentRange).toBe(expected.length ? `${resource} 0-${expected.length - 1}/${expected.length}` : `${resource} */0`);
  });

  it('measurement values come back as numbers', async () => {
    const { rows } = await list('measurements', { filter: { indicatorId: m.indicators[1].id }, sort: ['value', 'ASC'] });
    expect(rows.map((r) => r.value)).toEqual([12.5, 30.25]);
  });
});

describe('other resources use the same mechanism', () => {
  it('themes by labId, labs by q, districts by q and sorted by name, audit events by resource and action', async () => {
    expect(sortNum((await list('themes', { filter: { labId: m.labA } })).ids)).toEqual(sortNum([m.themes.a1, m.themes.a2]));
    expect((await list('labs', { filter: { q: 'amsterdam' } })).ids).toHaveLength(2);
    const noord = await list('districts', { filter: { q: 'NOORD' } });
    expect(noord.rows.map((d) => d.name)).toEqual(['Noord']);
    const districts = await list('districts', { sort: ['name', 'DESC'], range: [0, 2] });
    expect(districts.contentRange).toBe('districts 0-2/8');
    expect(districts.rows.map((d) => d.name)).toEqual(['Zuidoost', 'Zuid', 'West']);
    const created = await list('audit-events', { filter: { resource: 'projects', action: 'create' } });
    expect(created.rows).toHaveLength(30);
    expect(sortNum(created.rows.map((r) => r.recordId as number))).toEqual(idsOf(m.projects));
  });
});

describe('every resource: every declared sort and filter works', () => {
  const RESOURCES: ResourceDefinition[] = [
    LABS, THEMES, DISTRICTS, PROJECTS, PEOPLE, MEMBERSHIPS, ORGANISATIONS, AGREEMENTS, MILESTONES, INDICATORS, INDICATOR_DEFINITIONS,
    TARGET_REVISIONS, MEASUREMENTS, STATUS_UPDATES, LESSONS, PHASE_DECISIONS, USERS, AUDIT_EVENTS,
  ] as ResourceDefinition[];

  function sample(type: FieldType): unknown {
    if (typeof type === 'object') return type.enum[0];
    return { int: 1, bigint: 1, number: 1.5, string: 'x', date: '2016-07-01', timestamp: '2016-07-01T09:00:00Z', boolean: true }[type];
  }
  const ORDERED = ['int', 'bigint', 'number', 'date', 'timestamp'];
  const CONTENT_RANGE = (name: string) => new RegExp(`^${name} (\\d+-\\d+|\\*)/\\d+$`);

  it.each(RESOURCES.map((def) => [def.name, def] as const))('%s', async (name, def) => {
    // No range: every row, whatever the table holds.
    const table = t.dataSource.getMetadata(def.entity).tableName;
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`);
    const all = await list(name);
    expect(all.rows).toHaveLength(n);
    expect(all.contentRange).toBe(n ? `${name} 0-${n - 1}/${n}` : `${name} */0`);

    for (const field of def.list.sortable) {
      for (const dir of ['ASC', 'DESC']) {
        const { rows, contentRange } = await list(name, { sort: [field, dir], range: [0, 4] });
        expect(rows.length).toBe(Math.min(5, n));
        expect(contentRange).toMatch(CONTENT_RANGE(name));
      }
    }
    for (const [field, type] of Object.entries(def.list.fields)) {
      for (const filter of [{ [field]: sample(type) }, { [field]: [sample(type), sample(type)] }, { [field]: null }, { [field]: [] }]) {
        expect((await list(name, { filter })).contentRange).toMatch(CONTENT_RANGE(name));
      }
      if (ORDERED.includes(type as string)) {
        const filter = { [`${field}_gte`]: sample(type), [`${field}_lte`]: sample(type) };
        expect((await list(name, { filter })).contentRange).toMatch(CONTENT_RANGE(name));
      }
    }
    for (const [field, custom] of Object.entries(def.list.custom ?? {})) {
      expect((await list(name, { filter: { [field]: sample(custom.type) } })).contentRange).toMatch(CONTENT_RANGE(name));
    }
    if (def.list.search.length) {
      expect((await list(name, { filter: { q: 'a e' } })).contentRange).toMatch(CONTENT_RANGE(name));
    }
  });
});

describe('CORS and the Content-Range header', () => {
  it('without CORS_ORIGIN, a cross-origin request gets no CORS headers at all (the dashboard is same-origin)', async () => {
    const res = await t.http.get('/api/projects').set('Origin', 'https://evil.example.com').query({ range: '[0,4]' });
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('projects 0-4/30');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers['access-control-expose-headers']).toBeUndefined();
    const preflight = await t.http.options('/api/projects/1').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'DELETE');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });

  describe('with CORS_ORIGIN configured', () => {
    const ORIGIN = 'https://admin.example.org';
    let corsApp: INestApplication;
    let http: ReturnType<typeof signedIn>;

    beforeAll(async () => {
      const settings = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CORS_ORIGIN: ORIGIN }), databaseUrl: t.databaseUrl, jwtSecret: t.settings.jwtSecret };
      const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(settings)] }).compile();
      corsApp = moduleRef.createNestApplication({ logger: false });
      configureApp(corsApp, settings);
      await corsApp.init();
      http = signedIn(corsApp.getHttpServer(), t.token);
    });
    afterAll(async () => {
      await corsApp?.close();
    });

    it('allows that origin and exposes Content-Range to it', async () => {
      const res = await http.get('/api/projects').set('Origin', ORIGIN).query({ range: '[0,9]' });
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
      const exposed = String(res.headers['access-control-expose-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase());
      expect(exposed).toContain('content-range');
      expect(res.headers['content-range']).toBe('projects 0-9/30');
    });

    it('sends the CORS headers on error answers too, so the client can read the error', async () => {
      const res = await http.get('/api/projects').set('Origin', ORIGIN).query({ sort: '["nope","ASC"]' });
      expect(res.status).toBe(400);
      expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    });

    it('answers the preflight of a write from that origin', async () => {
      const res = await http.options('/api/projects/1').set('Origin', ORIGIN)
        .set('Access-Control-Request-Method', 'PUT').set('Access-Control-Request-Headers', 'content-type,authorization');
      expect(res.status).toBeLessThan(300);
      expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
      expect(String(res.headers['access-control-allow-methods'])).toMatch(/PUT/);
      expect(String(res.headers['access-control-allow-methods'])).toMatch(/DELETE/);
    });

    it('does not allow another origin', async () => {
      const res = await http.get('/api/projects').set('Origin', 'https://evil.example.com');
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).not.toBe('https://evil.example.com');
      expect(res.headers['access-control-allow-origin']).not.toBe('*');
    });
  });
});
