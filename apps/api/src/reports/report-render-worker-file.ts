import { join } from 'node:path';

/**
 * The file the report-render pool's threads load: the compiled report-render.worker.js beside this module,
 * which `nest build` writes to dist with the rest of the API (`npm start`, `npm run dev`, docker/).
 * A worker thread cannot load the TypeScript sources the jest tests run the API from: jest.config.mjs
 * maps this module to test/support/report-worker-file.ts, whose worker compiles them as it loads them.
 */
export const REPORT_WORKER_FILE = join(__dirname, 'report-render.worker.js');
