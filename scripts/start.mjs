// `npm start`: builds what is missing or out of date, then runs the API in this same process (so Ctrl-C
// and SIGTERM reach the app directly and it can stop its embedded PostgreSQL cleanly).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const apiMain = join(root, 'dist/api/apps/api/src/main.js');
const adminIndex = join(root, 'dist/apps/admin/index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const domain = newest(join(root, 'libs/domain/src'));
if (!existsSync(apiMain) || statSync(apiMain).mtimeMs < Math.max(domain, newest(join(root, 'apps/api/src')))) {
  process.stdout.write('Building the API…\n');
  execSync('npx nest build api', { cwd: root, stdio: 'inherit' });
}
if (!existsSync(adminIndex) || statSync(adminIndex).mtimeMs < Math.max(domain, newest(join(root, 'apps/admin/src')))) {
  process.stdout.write('Building the dashboard…\n');
  execSync('npx vite build --config apps/admin/vite.config.mts --logLevel warn', { cwd: root, stdio: 'inherit' });
}
process.chdir(root);
await import(apiMain);
