import { createRequire } from 'node:module'; import { resolve } from 'node:path';
const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require(resolve('dist/api/apps/api/src/database/embedded.js'));
const s = await startEmbeddedPostgres({ dataDir: resolve('.data/bench'), port: 45433, database: 'postgres' });
console.log('PG', s.adminUrl);
process.on('SIGTERM', async () => { await s.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
