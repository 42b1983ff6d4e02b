import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import { ENTITIES } from '../../apps/api/src/seed/entities';
import { prepareDatabase } from '../../apps/api/src/seed/prepare-database';
import { report, root } from './support';

/**
 * `npm run db:backup` and `npm run db:restore`, round trip: the demo lab is dumped, restored into a fresh
 * database, and every table (row count and md5 of all rows, the migrations table included) and every
 * sequence must be the same. pg_dump must be of the server's major version or newer, so the test runs on a
 * server that has a matching pg_dump on this machine: the tests' own server, or else the local one at
 * 127.0.0.1:5432; without either it is skipped with the reason printed.
 */
const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';
const dir = mkdtempSync(join(tmpdir(), 'lab-backup-'));
const created: { admin: string; name: string }[] = [];

interface Tools { findTools(tool: string): { path: string; major: number }[] }
let tools: Tools;

async function major(adminUrl: string): Promise<number | null> {
  const c = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    const { rows } = await c.query(`SELECT current_setting('server_version_num')::int AS n`);
    return Math.floor(rows[0].n / 10000);
  } catch {
    return null;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

async function newDatabase(adminUrl: string, create = true): Promise<string> {
  const name = `lab_backup_${randomBytes(5).toString('hex')}`;
  if (create) await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  created.push({ admin: adminUrl, name });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(script: 'db:backup' | 'db:restore', args: string[], databaseUrl: string) {
  const file = script === 'db:backup' ? 'scripts/db-backup.mjs' : 'scripts/db-restore.mjs';
  const r = spawnSync(process.execPath, [join(root, file), ...args], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}`.trim() };
}

/** Every table's rows and every sequence's position. */
async function snapshot(url: string): Promise<Record<string, string>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, string> = {};
    const { rows: tables } = await c.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    for (const { name } of tables) {
      const { rows } = await c.query(`SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '' ORDER BY t::text)), '-') AS sum FROM "${name}" t`);
      out[`table ${name}`] = `${rows[0].n} rows, md5 ${rows[0].sum}`;
    }
    const { rows: seqs } = await c.query(`SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`);
    for (const s of seqs) out[`sequence ${s.name}`] = String(s.last_value);
    const { rows: types } = await c.query(`SELECT count(*)::int AS n FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`);
    out['enum types'] = String(types[0].n);
    return out;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  tools = (await import(join(root, 'scripts/db-backup.mjs'))) as Tools;
});
afterAll(async () => {
  for (const { admin, name } of created) await adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

/** A server for which a pg_dump of its version or newer is on this machine. */
async function pickServer(): Promise<{ adminUrl: string; major: number } | { skip: string }> {
  const dumps = tools.findTools('pg_dump');
  const newest = Math.max(0, ...dumps.map((d) => d.major));
  const reasons: string[] = [];
  for (const adminUrl of [process.env.TEST_PG_ADMIN_URL!, LOCAL]) {
    const m = await major(adminUrl);
    if (m === null) { reasons.push(`${new URL(adminUrl).host}: not reachable`); continue; }
    if (m <= newest) return { adminUrl, major: m };
    reasons.push(`${new URL(adminUrl).host}: PostgreSQL ${m}, newest pg_dump here is ${newest || 'none'}`);
  }
  return { skip: reasons.join('; ') };
}

it('backs up the demo lab and restores it into a fresh database, table for table', async () => {
  const server = await pickServer();
  if ('skip' in server) {
    report('backup', { skipped: `no server with a matching pg_dump (${server.skip}); install postgresql-client of the server's version` });
    return;
  }
  const source = await newDatabase(server.adminUrl);
  const ds = new DataSource(dataSourceOptions(source, { entities: ENTITIES }));
  await ds.initialize();
  try {
    await prepareDatabase(ds, { demoData: true, admin: null, log: () => undefined });
    // A few writes of the kinds the app makes, so that audit events and sequences past the demo are covered.
    await ds.query(`UPDATE projects SET title = title || ' (bijgewerkt)', version = version + 1 WHERE id = (SELECT min(id) FROM projects)`);
  } finally {
    await ds.destroy();
  }
  const before = await snapshot(source);

  const file = join(dir, 'lab.dump');
  const backedUp = run('db:backup', [file], source);
  expect(backedUp.out).toMatch(/^Backed up /);
  expect(backedUp.status).toBe(0);

  // Into a database that does not exist yet: created, then restored.
  const target = await newDatabase(server.adminUrl, false);
  const began = Date.now();
  const restored = run('db:restore', [file], target);
  const restoreMs = Date.now() - began;
  expect(restored.out).toMatch(/^Restored /);
  expect(restored.status).toBe(0);
  const after = await snapshot(target);
  expect(after).toEqual(before);

  // A second restore into the now non-empty database is refused in one line, and changes nothing...
  const refused = run('db:restore', [file], target);
  expect(refused.status).toBe(1);
  expect(refused.out.split('\n')).toHaveLength(1);
  expect(refused.out).toMatch(/^Cannot restore: .* is not empty \(\d+ tables\).*--force/);
  // ...unless forced, which replaces the contents with the backup's again.
  await adminQuery(target, `DELETE FROM lessons`);
  const forced = run('db:restore', [file, '--force'], target);
  expect(forced.status).toBe(0);
  expect(await snapshot(target)).toEqual(before);

  const tables = Object.keys(before).filter((k) => k.startsWith('table ')).length;
  const rows = Object.entries(before).filter(([k]) => k.startsWith('table ')).reduce((n, [, v]) => n + Number(v.split(' ')[0]), 0);
  report('backup', {
    server: `PostgreSQL ${server.major} at ${new URL(server.adminUrl).host}`, tablesCompared: tables, rowsCompared: rows,
    sequencesCompared: Object.keys(before).filter((k) => k.startsWith('sequence ')).length, dumpBytes: statSync(file).size, restoreMs,
    identical: true,
  });
}, 120_000);

it('says in one line what to do when pg_dump is older than the server', async () => {
  const dumps = tools.findTools('pg_dump');
  const newest = Math.max(0, ...dumps.map((d) => d.major));
  const m = await major(process.env.TEST_PG_ADMIN_URL!);
  if (m === null || m <= newest) {
    console.log(`[reliability] backup: version-mismatch message not checked (the tests' server is PostgreSQL ${m}, pg_dump ${newest} handles it)`);
    return;
  }
  const res = run('db:backup', [join(dir, 'never.dump')], await newDatabase(process.env.TEST_PG_ADMIN_URL!));
  expect(res.status).toBe(1);
  expect(res.out.split('\n')).toHaveLength(1);
  expect(res.out).toContain(`runs PostgreSQL ${m} and pg_dump ${m} or newer is needed`);
  expect(res.out).toContain(`postgresql-client-${m}`);
  console.log(`[reliability] backup: version mismatch explained: ${res.out}`);
});
