import { MAIN, spawnApp } from '../support/app-process';
import { execSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

/** fast-check runs per property; the default keeps `npm run test:reliability` under a few minutes. */
export const RUNS = positive(process.env.RELIABILITY_RUNS, 25);
/** Multiplies the load of the crash, concurrency and database-loss tests. */
export const SCALE = positive(process.env.RELIABILITY_SCALE, 1);

function positive(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

export const root = process.cwd();
export const RESULTS_DIR = join(tmpdir(), 'meedoen-werkt-reliability');

/** Prints a spec's figures and keeps them as JSON in the OS temp directory. */
export function report(name: string, figures: Record<string, unknown>): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify({ name, at: new Date().toISOString(), ...figures }, null, 2));
  console.log(`[reliability] ${name}: ${JSON.stringify(figures)}\n(saved in ${file})`);
}

/**
 * What a refused request must leave exactly as it was: per table, the row count and an md5 of every row
 * (but the request and password-check counters of rate_limits, which count every attempt by design).
 * Security events are recorded in audit_events by design (failed sign-ins
 * and refused requests), so those rows are left out when `ignoreSecurityEvents` is set.
 */
export async function fingerprint(ds: DataSource, options: { ignoreSecurityEvents?: boolean } = {}): Promise<Record<string, string>> {
  const tables: { name: string }[] = await ds.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'rate_limits') ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const where = name === 'audit_events' && options.ignoreSecurityEvents ? `WHERE t.resource <> 'auth'` : '';
    const [{ n, sum }] = await ds.query(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '' ORDER BY t::text)), '-') AS sum FROM "${name}" t ${where}`,
    );
    out[name] = `${n} rows, md5 ${sum}`;
  }
  return out;
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the API (`nest build api`) when dist is missing or older than the sources. */
export function ensureBuilt(): void {
  const sources = Math.max(newestMtime(join(root, 'apps/api/src')), newestMtime(join(root, 'libs/domain/src')));
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= sources) return;
  try {
    execSync('npx nest build api', { cwd: root, stdio: 'pipe' });
  } catch (error) {
    // Someone may be mid-edit elsewhere in the tree: an older build still serves these tests.
    if (!existsSync(MAIN)) throw error;
    console.warn(`[reliability] nest build api failed; using the existing ${MAIN}`);
  }
  // Another test run's `nest build` (deleteOutDir) may be rewriting dist right now: wait for main.js.
  for (let waited = 0; !existsSync(MAIN) && waited < 60_000; waited += 250) execSync('sleep 0.25');
}

export interface RunningApp {
  child: ChildProcess;
  port: number;
  base: string;
  output: string[];
  exit: Promise<number | null>;
}

/** Starts the built app as its own process (as `npm start` does) and waits until it listens. */
export async function startApp(env: Record<string, string>, port: number): Promise<RunningApp> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_DATA: 'false', PORT: String(port),
    JWT_SECRET: 'reliability-test-secret-that-is-long-enough-0123456789',
    // The load tests send thousands of requests a minute from one address; the flood tests set their own limits.
    RATE_LIMIT_PER_MINUTE: '0', SIGN_IN_LIMIT_PER_MINUTE: '0', ...env,
  };
  const { child, output, exit } = await spawnApp(childEnv);
  return { child, port, base: `http://127.0.0.1:${port}`, output, exit };
}

export async function stopApp(app: RunningApp | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return;
  app.child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([app.exit, new Promise((r) => { timer = setTimeout(r, 10_000); })]);
  clearTimeout(timer);
  if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
}

export interface Answer { status: number; body: any; ms: number }

/** fetch with JSON in and out, a time limit, and network failures reported as status 0. */
export async function call(base: string, method: string, path: string, options: { token?: string; body?: unknown; timeoutMs?: number } = {}): Promise<Answer> {
  const began = Date.now();
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}) },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const text = await res.text();
    let body: unknown = text;
    try { body = JSON.parse(text); } catch { /* not JSON */ }
    return { status: res.status, body, ms: Date.now() - began };
  } catch (error) {
    return { status: 0, body: String((error as Error)?.message ?? error), ms: Date.now() - began };
  }
}

export async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await call(base, 'POST', '/api/auth/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
