import type { Pool, PoolClient } from 'pg';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The key screens' queries must be able to use an index on the large tables. At this small scale
 * PostgreSQL rightly prefers reading a few pages whole, so every query the API actually sent is explained
 * with sequential scans priced out (enable_seqscan = off): a plan that still scans a large table whole has
 * no index to use, and would read every row at the scale of a country.
 */
const LARGE_TABLES = ['projects', 'milestones', 'indicators', 'measurements', 'status_updates', 'audit_events', 'memberships'];

let t: TestApp;
const sent: { text: string; values: unknown[] }[] = [];
let recording = false;

beforeAll(async () => {
  t = await createTestApp({ demoData: true });
  // Record what the API sends to PostgreSQL, on the very client class its pool uses.
  const pool = (t.dataSource.driver as unknown as { master: Pool }).master;
  const client: PoolClient = await pool.connect();
  const proto = Object.getPrototypeOf(client) as { query: (...args: unknown[]) => unknown };
  client.release();
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
    const text = typeof first === 'string' ? first : first?.text;
    const values = Array.isArray(second) ? second : typeof first === 'object' ? first?.values ?? [] : [];
    if (recording && typeof text === 'string' && /^\s*SELECT/i.test(text)) sent.push({ text, values });
    return original.apply(this, args);
  };
});
afterAll(async () => { await t?.close(); });

/** The queries one request sends. */
async function queriesOf(path: string): Promise<{ text: string; values: unknown[] }[]> {
  sent.length = 0;
  recording = true;
  const res = await t.http.get(path);
  recording = false;
  expect(res.status).toBe(200);
  return [...sent];
}

/** Tables a plan reads whole, with sequential scans priced out. */
async function scannedWhole(query: { text: string; values: unknown[] }): Promise<string[]> {
  const runner = t.dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query('SET LOCAL enable_seqscan = off');
    const [{ 'QUERY PLAN': plan }] = await runner.query(`EXPLAIN (FORMAT JSON) ${query.text}`, query.values);
    const tables: string[] = [];
    const walk = (node: Record<string, unknown>) => {
      if (node['Node Type'] === 'Seq Scan') tables.push(node['Relation Name'] as string);
      for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk(plan[0].Plan);
    return tables.filter((name) => LARGE_TABLES.includes(name));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

const SCREENS: [string, string][] = [
  ['the project list, filtered, sorted and searched', '/api/projects?filter={"q":"werk","phase":"experiment"}&sort=["title","ASC"]&range=[0,24]'],
  ['overdue milestones', '/api/milestones?filter={"overdue":true}&sort=["dueDate","ASC"]&range=[0,24]'],
  ["a project's milestones", '/api/milestones?filter={"projectId":3}&range=[0,99]'],
  ["a project's indicators", '/api/indicators?filter={"projectId":3}&range=[0,99]'],
  ["a project's measurements", '/api/measurements?filter={"projectId":3}&range=[0,499]'],
  ["a project's status updates", '/api/status-updates?filter={"projectId":3}&range=[0,99]'],
  ["a project's team", '/api/memberships?filter={"projectId":3}'],
  ['the review queue', '/api/measurements?filter={"queue":"to_review"}&range=[0,24]'],
  ["a record's history", '/api/audit-events?filter={"resource":"projects","recordId":3}&sort=["occurredAt","DESC"]&range=[0,24]'],
  ['the home dashboard', '/api/dashboard?lab=1'],
  ['the quarterly entry', '/api/projects/3/quarters/2018-Q2'],
  ['a project at a glance', '/api/projects/3/overview'],
  ["a measurement's page", '/api/measurements/1'],
];

describe.each(SCREENS)('%s', (_name, path) => {
  it('can use an index for every large table it reads', async () => {
    const queries = await queriesOf(path);
    expect(queries.length).toBeGreaterThan(0);
    const scans: Record<string, string[]> = {};
    for (const q of queries) {
      const tables = await scannedWhole(q);
      if (tables.length) scans[q.text.replace(/\s+/g, ' ').slice(0, 160)] = tables;
    }
    expect(scans).toEqual({});
  });
});

describe('list totals', () => {
  const counts = (queries: { text: string }[]) => queries.filter((q) => /\bCOUNT\s*\(/i.test(q.text)).length;

  it('are not counted apart when the page is not full: it is the last one', async () => {
    const queries = await queriesOf('/api/milestones?filter={"projectId":3}&range=[0,99]');
    expect(counts(queries)).toBe(0);
  });

  it('are counted when the page is full, and the count is right', async () => {
    const all = await t.http.get('/api/milestones?filter={"projectId":3}&range=[0,99]');
    const n = all.body.length as number;
    expect(n).toBeGreaterThan(2);
    expect(all.headers['content-range']).toBe(`milestones 0-${n - 1}/${n}`);
    const queries = await queriesOf('/api/milestones?filter={"projectId":3}&range=[0,1]');
    expect(counts(queries)).toBe(1);
    const full = await t.http.get('/api/milestones?filter={"projectId":3}&range=[0,1]');
    expect(full.headers['content-range']).toBe(`milestones 0-1/${n}`);
    const past = await t.http.get(`/api/milestones?filter={"projectId":3}&range=[${n},${n + 9}]`);
    expect(past.headers['content-range']).toBe(`milestones */${n}`);
  });
});

describe('the signed-in account', () => {
  it('is read once, not on every request, while the users table stands still', async () => {
    await queriesOf('/api/projects?range=[0,4]');
    const again = await queriesOf('/api/projects?range=[0,4]');
    expect(again.filter((q) => /FROM "users"/i.test(q.text))).toEqual([]);
  });
});
