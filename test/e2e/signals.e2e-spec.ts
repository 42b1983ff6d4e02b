import { execSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort, isRunning, portAnswers, processTree, startProduct, survivors, type ProcessInfo, type Product } from '../support/product-process';

/**
 * Stopping the command that started the product stops all of it — the app and its embedded PostgreSQL —
 * whichever process gets the signal, as a terminal, systemd and a container runtime each signal
 * differently. Every case starts the product for real (no DATABASE_URL: the embedded PostgreSQL, on one
 * data directory reused across cases), signals it, and then no process of its tree may survive, neither
 * port may answer and PostgreSQL's postmaster.pid must be gone.
 */
const root = process.cwd();
const dataDir = resolve(root, `.data/signals-test-${process.pid}`);
const MAIN = 'dist/api/apps/api/src/main.js';
let env: NodeJS.ProcessEnv;
let appPort: number;
let pgPort: number;

beforeAll(async () => {
  execSync('npx nest build api', { cwd: root, stdio: 'ignore' });
  rmSync(dataDir, { recursive: true, force: true });
  appPort = await freePort();
  pgPort = await freePort();
  env = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', PORT: String(appPort), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) };
  delete env.DATABASE_URL;
  delete env.JWT_SECRET;
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Whatever happens in a case, nothing it started outlives it.
let tree: ProcessInfo[] = [];
afterEach(() => {
  for (const p of tree) if (isRunning(p.pid)) try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ }
  tree = [];
});

type Target = 'npm' | 'start.mjs' | 'app' | 'group' | 'every process';

function find(target: 'start.mjs' | 'app'): ProcessInfo {
  const p = tree.find((t) =>
    target === 'app' ? /^\S*node /.test(t.cmdline) && t.cmdline.includes(MAIN) : t.cmdline.includes('scripts/start.mjs'),
  );
  if (!p) throw new Error(`no ${target} process in the tree:\n${tree.map((t) => `${t.pid} ${t.cmdline}`).join('\n')}`);
  return p;
}

async function run(product: Product) {
  expect(product.ready).toBe(true);
  expect((await fetch(`http://127.0.0.1:${appPort}/api/health`)).status).toBe(200);
  tree = processTree(product.child.pid!);
  // PostgreSQL's postmaster is in the tree, with its backends.
  expect(tree.some((t) => /postgres -D .*signals-test/.test(t.cmdline))).toBe(true);
  return tree;
}

async function assertAllStopped(product: Product) {
  const left = await survivors(tree.map((t) => t.pid), 10_000);
  expect(left.map((pid) => tree.find((t) => t.pid === pid)!.cmdline)).toEqual([]);
  const ended = await product.exit;
  expect(await portAnswers(appPort)).toBe(false);
  expect(await portAnswers(pgPort)).toBe(false);
  expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  return ended;
}

function signal(product: Product, target: Target, sig: NodeJS.Signals) {
  const pid = product.child.pid!;
  if (target === 'npm') process.kill(pid, sig);
  else if (target === 'group') process.kill(-pid, sig);
  else if (target === 'every process') for (const t of tree) try { process.kill(t.pid, sig); } catch { /* gone */ }
  else process.kill(find(target).pid, sig);
}

// [what it stands for, signal, target, how `npm start` ends]
const cases: [string, NodeJS.Signals, Target, { code: number | null; signal: NodeJS.Signals | null }][] = [
  ['kill <npm>', 'SIGTERM', 'npm', { code: 0, signal: null }],
  ['SIGINT to npm', 'SIGINT', 'npm', { code: 0, signal: null }],
  ['kill <node scripts/start.mjs>', 'SIGTERM', 'start.mjs', { code: 0, signal: null }],
  ['SIGINT to node scripts/start.mjs', 'SIGINT', 'start.mjs', { code: 0, signal: null }],
  ['kill <the app>', 'SIGTERM', 'app', { code: 0, signal: null }],
  ['SIGINT to the app', 'SIGINT', 'app', { code: 0, signal: null }],
  ["a terminal's Ctrl-C (SIGINT to the process group)", 'SIGINT', 'group', { code: 0, signal: null }],
  // npm has no SIGHUP handler and dies of it; start.mjs and the app stop in order.
  ['the terminal closed (SIGHUP to the process group)', 'SIGHUP', 'group', { code: null, signal: 'SIGHUP' }],
  // systemctl stop, KillMode=control-group: SIGTERM to the main process and every other one of the unit.
  ['systemd (SIGTERM to every process of the unit)', 'SIGTERM', 'every process', { code: 0, signal: null }],
  // The app crashes hard: start.mjs still stops the PostgreSQL it left, and ends with 128 + 9.
  ['the app killed (SIGKILL)', 'SIGKILL', 'app', { code: 137, signal: null }],
  // start.mjs dies: the app sees its IPC channel close and stops itself and its PostgreSQL.
  ['node scripts/start.mjs killed (SIGKILL)', 'SIGKILL', 'start.mjs', { code: null, signal: 'SIGKILL' }],
];

it.each(cases)('npm start, %s: everything stops', async (_what, sig, target, expected) => {
  const product = await startProduct('npm', ['start'], env);
  await run(product);
  const began = Date.now();
  signal(product, target, sig);
  const ended = await assertAllStopped(product);
  // What the product said last, should it end otherwise: the reason is in its own words.
  if (JSON.stringify(ended) !== JSON.stringify(expected)) console.log(product.output.join('').slice(-3000));
  expect(ended).toEqual(expected);
  expect(Date.now() - began).toBeLessThan(10_000);
}, 180_000);

// docker/Dockerfile runs the app itself (no npm); with docker-compose's `init: true` (docker run --init)
// an init process passes `docker stop`'s SIGTERM on to it.
it('the container command, the app signalled by an init process: everything stops with exit code 0', async () => {
  const product = await startProduct(process.execPath, ['--max-old-space-size=256', MAIN], env);
  await run(product);
  signal(product, 'npm', 'SIGTERM');
  expect(await assertAllStopped(product)).toEqual({ code: 0, signal: null });
}, 60_000);

// Without an init process the app is PID 1 of the container, where only signals it handles reach it.
const canUnshare = process.getuid?.() === 0 && spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;
(canUnshare ? it : it.skip)('the container command as PID 1 (no init): SIGTERM stops everything with exit code 0', async () => {
  const product = await startProduct('unshare', ['--pid', '--fork', '--mount-proc', process.execPath, '--max-old-space-size=256', MAIN], env);
  await run(product);
  process.kill(find('app').pid, 'SIGTERM');
  expect(await assertAllStopped(product)).toEqual({ code: 0, signal: null });
}, 60_000);
