#!/usr/bin/env node
// npm run db:backup [-- <file>]
// Writes a custom-format dump (pg_dump -Fc) of the app's database to <file>, by default
// ./.data/backups/<timestamp>.dump. The database is DATABASE_URL's, or, without it, the embedded PostgreSQL
// that `npm start` runs (port EMBEDDED_PG_PORT, default 54329), which must be running.
// pg_dump refuses servers newer than itself: a pg_dump of the server's major version (or newer) is looked
// for in PG_BIN_DIR, /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin, Homebrew and PATH.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

export class ToolError extends Error {}

/** The database the app uses: DATABASE_URL, or the embedded server's default. */
export function targetUrl(env = process.env) {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false };
  const port = env.EMBEDDED_PG_PORT || '54329';
  return { url: `postgres://postgres:embedded@127.0.0.1:${port}/lab`, embedded: true };
}

/** The URL without its password, for messages. */
export function describe(url) {
  try {
    const u = new URL(url);
    return `${u.pathname.slice(1)} on ${u.hostname}:${u.port || 5432}`;
  } catch {
    return 'the database';
  }
}

/** Connects once to learn the server's version; explains an unreachable server in one line. */
export async function serverInfo(url, { embedded = false } = {}) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS text,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')) AS tables`,
    );
    return { major: Math.floor(rows[0].num / 10000), version: rows[0].text, tables: rows[0].tables };
  } catch (error) {
    const hint = embedded
      ? 'No DATABASE_URL is set and the embedded PostgreSQL is not running: start the app (npm start) or set DATABASE_URL'
      : 'Check DATABASE_URL';
    throw new ToolError(`cannot reach ${describe(url)} (${error.code ?? error.message}). ${hint}.`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}

function candidateDirs() {
  const dirs = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  for (const parent of ['/usr/lib/postgresql', '/usr/pgsql']) {
    if (existsSync(parent)) for (const v of readdirSync(parent)) dirs.push(join(parent, v, 'bin'));
  }
  for (const prefix of ['/usr', '/opt/homebrew/opt', '/usr/local/opt']) {
    if (!existsSync(prefix)) continue;
    for (const name of readdirSync(prefix)) if (/^(pgsql-\d+|postgresql@\d+)$/.test(name)) dirs.push(join(prefix, name, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir) dirs.push(dir);
  return [...new Set(dirs)];
}

/** Every `tool` (pg_dump, pg_restore) on this machine, with its major version. */
export function findTools(tool) {
  const found = [];
  const seen = new Set();
  for (const dir of candidateDirs()) {
    const path = join(dir, tool);
    if (!existsSync(path)) continue;
    try {
      const out = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
      const m = /(\d+)(?:\.(\d+))?/.exec(out.replace(/^[^)]*\)/, ''));
      if (!m) continue;
      const key = `${out}`;
      if (seen.has(key) && !process.env.PG_BIN_DIR) continue;
      seen.add(key);
      found.push({ path, major: Number(m[1]), version: out });
    } catch {
      // not runnable: skip
    }
  }
  return found;
}

/**
 * The tool for a server of `major`: the same major if there is one, else the lowest newer one (pg_dump and
 * pg_restore handle older servers, never newer ones). Explains what to do when there is none.
 */
export function pickTool(tool, major, where) {
  const all = findTools(tool);
  const exact = all.find((t) => t.major === major);
  if (exact) return exact;
  const newer = all.filter((t) => t.major > major).sort((a, b) => a.major - b.major)[0];
  if (newer) return newer;
  const have = all.length ? `has only ${all.map((t) => `${tool} ${t.major} (${t.path})`).join(', ')}` : `has no ${tool} at all`;
  throw new ToolError(
    `${where} runs PostgreSQL ${major} and ${tool} ${major} or newer is needed, but this machine ${have}. ` +
      `Install the client tools of version ${major} (Debian/Ubuntu: apt-get install postgresql-client-${major} from apt.postgresql.org) ` +
      `and set PG_BIN_DIR to their bin directory if they are not on PATH, or point DATABASE_URL at a PostgreSQL server of version ` +
      `${all.length ? Math.max(...all.map((t) => t.major)) : 'your client'} or older.`,
  );
}

function defaultFile() {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').replace('T', '_').replace(/-\d{3}Z$/, 'Z');
  return resolve('.data', 'backups', `${stamp}.dump`);
}

export async function backup(file, env = process.env) {
  const { url, embedded } = targetUrl(env);
  const server = await serverInfo(url, { embedded });
  const pgDump = pickTool('pg_dump', server.major, describe(url));
  const out = resolve(file ?? defaultFile());
  mkdirSync(dirname(out), { recursive: true });
  const began = Date.now();
  const run = spawnSync(pgDump.path, ['--format=custom', '--no-owner', '--file', out, '--dbname', url], { encoding: 'utf8' });
  if (run.status !== 0) {
    throw new ToolError(`pg_dump failed: ${(run.stderr || run.error?.message || 'no reason given').trim().split('\n')[0]}`);
  }
  return { file: out, bytes: statSync(out).size, ms: Date.now() - began, server, tool: pgDump, where: describe(url) };
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('Usage: npm run db:backup [-- <file>]   (default ./.data/backups/<timestamp>.dump; database: DATABASE_URL or the embedded one)\n');
    return;
  }
  const result = await backup(args[0]);
  const rel = relative(process.cwd(), result.file);
  const shown = rel && !rel.startsWith('..') ? rel : result.file;
  const kb = (result.bytes / 1024).toFixed(1);
  process.stdout.write(
    `Backed up ${result.where} (PostgreSQL ${result.server.version}) to ${shown} ` +
      `(${kb} kB, ${result.ms} ms, ${result.tool.path}). Restore with: npm run db:restore -- ${shown}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    process.stderr.write(`Cannot back up: ${error instanceof ToolError ? error.message : error?.stack ?? String(error)}\n`);
    process.exit(1);
  });
}
