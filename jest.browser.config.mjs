// Browser tests: the built dashboard served by the real API on a real PostgreSQL, driven in Chromium.
import base from './jest.config.mjs';

const e2e = base.projects.find((p) => p.displayName === 'e2e');
export default {
  ...e2e,
  displayName: 'browser',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  testTimeout: 90000,
  // One Chromium at a time is what a 2-core machine runs steadily.
  maxWorkers: 1,
};
