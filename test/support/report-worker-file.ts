import { fileURLToPath } from 'node:url';

// Under jest the API runs from its TypeScript sources as ES modules (ts-jest), which a worker thread does
// not see: jest.config.mjs maps apps/api/src/reports/report-render-worker-file.ts here, so the render
// pool's threads load report-worker.mjs, which compiles the sources as it requires them.
export const REPORT_WORKER_FILE = fileURLToPath(new URL('./report-worker.mjs', import.meta.url));
