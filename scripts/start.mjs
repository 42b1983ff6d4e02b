// `npm start`: builds what is missing or out of date, then runs the API in this same process (so Ctrl-C
// and SIGTERM reach the app directly and it can stop its embedded PostgreSQL cleanly).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const apiMain = join(root, 'dist/api/apps/api/src/main.js');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest(join(root, 'apps/api/src')), newest(join(root, 'libs/domain/src')));
if (!existsSync(apiMain) || statSync(apiMain).mtimeMs < sources) {
  process.stdout.write('Building the API…\n');
  execSync('npx nest build api', { cwd: root, stdio: 'inherit' });
}
process.chdir(root);
await import(apiMain);
