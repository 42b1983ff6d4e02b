// `npm start`: builds what is missing or out of date, then runs the API as a supervised child process, so
// that stopping this command stops all of it (the app and its embedded PostgreSQL) whichever process gets
// the signal: see scripts/lib/supervise.mjs. The package.json script `exec`s node, so npm's signals reach
// this process rather than a shell that would die and leave it running.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { STOP_SIGNALS, supervise } from './lib/supervise.mjs';

const root = new URL('..', import.meta.url).pathname;
const apiMain = join(root, 'dist/api/apps/api/src/main.js');
const adminIndex = join(root, 'dist/apps/admin/index.html');
const log = (line) => process.stderr.write(`${line}\n`);
// A closed terminal (SIGHUP) must not turn the last messages into an unhandled EIO.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

// A stop requested while building: nothing has started yet, so there is nothing more to do.
let stoppedEarly = null;
const early = (signal) => (stoppedEarly = signal);
for (const signal of STOP_SIGNALS) process.on(signal, early);

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 && !stoppedEarly) process.exit(result.status ?? 1);
}

const domain = newest(join(root, 'libs/domain/src'));
if (!existsSync(apiMain) || statSync(apiMain).mtimeMs < Math.max(domain, newest(join(root, 'apps/api/src')))) {
  process.stdout.write('Building the API…\n');
  run('npx', ['nest', 'build', 'api']);
}
if (!stoppedEarly && (!existsSync(adminIndex) || statSync(adminIndex).mtimeMs < Math.max(domain, newest(join(root, 'apps/admin/src'))))) {
  process.stdout.write('Building the dashboard…\n');
  run('npx', ['vite', 'build', '--config', 'apps/admin/vite.config.mts', '--logLevel', 'warn']);
}
if (stoppedEarly) process.exit(0);
for (const signal of STOP_SIGNALS) process.off(signal, early);

// The app gets this process's node options (the heap limit of package.json's start script).
process.exit(await supervise({ entry: apiMain, execArgv: process.execArgv, cwd: root, log }));
