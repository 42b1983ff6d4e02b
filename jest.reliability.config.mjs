// Fault and bad-input tests (npm run test:reliability): fuzzing, concurrency, crash, database loss, backups.
// Same ESM ts-jest transform and module mapping as the e2e project; one file at a time because the crash and
// database-loss specs spawn their own app processes and PostgreSQL clusters.
// Scale: RELIABILITY_RUNS (fast-check runs per property, default 25) and RELIABILITY_SCALE (load size, default 1).
import base from './jest.config.mjs';

const e2e = base.projects.find((p) => p.displayName === 'e2e');
export default {
  ...e2e,
  displayName: 'reliability',
  testMatch: ['<rootDir>/test/reliability/**/*.reliability-spec.ts'],
  testTimeout: 180000,
  maxWorkers: 1,
};
