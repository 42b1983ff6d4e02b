// jest runs in native ESM mode (node --experimental-vm-modules): the NestJS 12 packages are ESM-only.
const tsJest = [
  'ts-jest',
  {
    useESM: true,
    tsconfig: {
      rootDir: new URL('.', import.meta.url).pathname,
      module: 'esnext',
      moduleResolution: 'bundler',
      target: 'ES2022',
      isolatedModules: true,
      emitDecoratorMetadata: true,
      experimentalDecorators: true,
      esModuleInterop: true,
      strictPropertyInitialization: false,
      skipLibCheck: true,
    },
  },
];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^@lab/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@lab/domain/(.*)$': '<rootDir>/libs/domain/src/$1',
    // The report-render pool's worker file: under jest, one that loads the TypeScript sources.
    '^\\./report-render-worker-file$': '<rootDir>/test/support/report-worker-file.ts',
  },
  testEnvironment: 'node',
};

export default {
  // Also at the top: a project's testTimeout is ignored when several projects run together (npm test).
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', rootDir: '.', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/api/**/*.spec.ts', '<rootDir>/apps/admin/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      rootDir: '.',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      testTimeout: 60000,
    },
  ],
};
