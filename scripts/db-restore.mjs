#!/usr/bin/env node
// npm run db:restore -- <file> [--force]
// Restores a dump made by `npm run db:backup` (pg_restore --clean --if-exists --no-owner, in one transaction)
// into DATABASE_URL's database, or the embedded one when DATABASE_URL is unset. A database that does not
// exist yet is created. A database that already holds tables is refused unless --force is given.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { describe, pickTool, serverInfo, targetUrl, ToolError } from './db-backup.mjs';

async function createIfMissing(url) {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if (error.code !== '3D000') return false; // any other problem is explained by serverInfo
  } finally {
    await probe.end().catch(() => undefined);
  }
  const maintenance = new URL(url);
  const name = decodeURIComponent(maintenance.pathname.slice(1));
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  return true;
}

export async function restore(file, { force = false, env = process.env } = {}) {
  const path = resolve(file);
  if (!existsSync(path)) throw new ToolError(`there is no backup file ${file}`);
  const { url, embedded } = targetUrl(env);
  const created = await createIfMissing(url);
  const server = await serverInfo(url, { embedded });
  const where = describe(url);
  if (server.tables > 0 && !force) {
    throw new ToolError(
      `${where} is not empty (${server.tables} tables); restore into an empty database, or add --force to replace its contents (npm run db:restore -- ${file} --force).`,
    );
  }
  const pgRestore = pickTool('pg_restore', server.major, where);
  const began = Date.now();
  const run = spawnSync(
    pgRestore.path,
    ['--clean', '--if-exists', '--no-owner', '--no-acl', '--single-transaction', '--exit-on-error', '--dbname', url, path],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) {
    const reason = (run.stderr || run.error?.message || 'no reason given').trim().split('\n').find((l) => /error/i.test(l)) ?? run.stderr.trim().split('\n')[0];
    throw new ToolError(`pg_restore failed, nothing was changed (one transaction): ${reason}`);
  }
  return { where, created, ms: Date.now() - began, server, tool: pgRestore, replaced: server.tables > 0 };
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const force = args.includes('--force');
  const files = args.filter((a) => !a.startsWith('--'));
  if (args.includes('--help') || files.length !== 1) {
    const out = args.includes('--help') ? process.stdout : process.stderr;
    out.write('Usage: npm run db:restore -- <file> [--force]   (into DATABASE_URL, or the embedded database when it is unset)\n');
    if (!args.includes('--help')) process.exit(1);
    return;
  }
  const result = await restore(files[0], { force });
  process.stdout.write(
    `Restored ${files[0]} into ${result.where}${result.created ? ' (created it)' : ''}${result.replaced ? ' (replaced its contents)' : ''} ` +
      `on PostgreSQL ${result.server.version} in ${result.ms} ms (${result.tool.path}).\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`Cannot restore: ${error instanceof ToolError ? error.message : error?.stack ?? String(error)}\n`);
  process.exit(1);
});
