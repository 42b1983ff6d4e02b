// `npm run dev`: the API (rebuilt and restarted on change by nest --watch) and the dashboard on Vite's
// dev server (http://localhost:5173, proxying /api to the API on port 3000).
import { spawn } from 'node:child_process';

const run = (cmd, args) => spawn(cmd, args, { stdio: 'inherit', shell: false });
const children = [
  run('npx', ['nest', 'start', 'api', '--watch']),
  run('npx', ['vite', '--config', 'apps/admin/vite.config.mts']),
];
const stop = () => children.forEach((c) => c.kill('SIGINT'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
