import { spawnApp } from '../support/app-process';
import { startProduct } from '../support/product-process';
import { execSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * `npm start` as a newcomer runs it: the built app, no DATABASE_URL, an empty data directory. It must start
 * an embedded PostgreSQL, migrate, load the demo lab, serve, stop cleanly on SIGTERM and reuse the data next time.
 */
const root = process.cwd();
const dataDir = resolve(root, `.data/start-test-${process.pid}`);

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

interface Running { child: ChildProcess; output: string[]; exit: Promise<number | null>; startedMs: number }

async function start(env: Record<string, string>): Promise<Running> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env };
  delete childEnv.JWT_SECRET;
  if (env.JWT_SECRET) childEnv.JWT_SECRET = env.JWT_SECRET;
  delete childEnv.DATABASE_URL;
  if (env.DATABASE_URL) childEnv.DATABASE_URL = env.DATABASE_URL;
  const { child, output, exit, ready, startedMs } = await spawnApp(childEnv);
  children.push(child);
  return { child, output, exit, startedMs: ready ? startedMs : -1 };
}

// Whatever happens in a test, no app (and so no PostgreSQL) outlives it.
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

beforeAll(() => {
  execSync('npx nest build api', { cwd: root, stdio: 'ignore' });
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('starts with `npm start` on an empty data directory with the demo lab, stops cleanly, and reuses the data', async () => {
  const port = await freePort();
  const env = { PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };

  // Really `npm start`, at the default log level.
  const npmEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', ...env };
  for (const name of ['DATABASE_URL', 'JWT_SECRET', 'LOG_LEVEL']) delete npmEnv[name];
  const first = await startProduct('npm', ['start'], npmEnv);
  children.push(first.child);
  expect(first.ready).toBe(true);
  // The log ends with what a person needs — the URL, then the demo accounts — and no route table (Nest's
  // lines come through a log worker, so give them time to arrive before looking).
  await new Promise((r) => setTimeout(r, 1500));
  const log = first.output.join('');
  expect(log).toContain('Loaded the demo lab: 14 projects');
  expect(log).not.toContain('Mapped {');
  expect(log.trimEnd().split('\n').slice(-5)).toEqual([
    expect.stringMatching(new RegExp(`^Meedoen Werkt lab tracker is running on http://localhost:${port}/ \\(API at /api, docs at /api/docs\\)`)),
    'Demo data loaded. Sign in with one of these accounts, password "meedoen-werkt-demo":',
    '  admin           admin@meedoenwerkt.example',
    '  focus_team      focusteam@meedoenwerkt.example',
    '  project_member  projectlid@meedoenwerkt.example',
  ]);
  expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
  expect((await fetch(`http://127.0.0.1:${port}/api/projects`)).status).toBe(401);
  expect(log).toContain('password "meedoen-werkt-demo"');
  const signIn = async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@meedoenwerkt.example', password: 'meedoen-werkt-demo' }),
    });
    expect(res.status).toBe(200);
    return { Authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
  };
  const auth = await signIn();
  const projects = await fetch(`http://127.0.0.1:${port}/api/projects?range=[0,24]`, { headers: auth });
  expect(projects.headers.get('content-range')).toBe('projects 0-13/14');
  expect((await projects.json()) as unknown[]).toHaveLength(14);

  first.child.kill('SIGTERM');
  expect(await first.exit).toEqual({ code: 0, signal: null });
  expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

  const second = await start(env);
  expect(second.startedMs).toBeGreaterThan(0);
  expect(second.output.join('')).not.toContain('Loaded the demo lab');
  // The token survives a restart: its secret is kept under the data directory.
  const again = await fetch(`http://127.0.0.1:${port}/api/projects?range=[0,0]`, { headers: auth });
  expect(again.headers.get('content-range')).toBe('projects 0-0/14');
  second.child.kill('SIGINT');
  expect(await second.exit).toBe(0);
  expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
}, 120_000);

it.each([
  [{ PORT: 'abc' }, 'Cannot start: PORT must be a port number between 1 and 65535, got "abc"'],
  [{ NODE_ENV: 'production' }, 'Cannot start: JWT_SECRET is required when NODE_ENV=production'],
  [{ DATABASE_URL: 'mysql://x@y/z' }, 'Cannot start: DATABASE_URL must start with postgres:// or postgresql://'],
  [{ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/lab' }, 'Cannot start: cannot reach the database at postgres://nobody:***@127.0.0.1:1/lab'],
])('refuses bad configuration %j with one clear line', async (env, line) => {
  const run = await start({ ...env, DATA_DIR: dataDir });
  expect(await run.exit).toBe(1);
  const out = run.output.join('').trim();
  expect(out.startsWith(line)).toBe(true);
  expect(out.split('\n')).toHaveLength(1);
  expect(out).not.toContain('secret');
}, 30_000);
