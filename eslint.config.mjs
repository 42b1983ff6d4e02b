// ESLint: typescript-eslint's recommended rules, React's hook rules for the dashboard, and the import
// boundaries that keep the shape (README, architecture):
//   - apps/admin never imports apps/api: what both need lives in libs/domain;
//   - libs/domain imports only its own files: no packages, no Node built-ins, nothing from the apps;
//   - apps/api/src/common imports no feature folder of the API: only itself, @lab/domain and packages.
// The boundaries are checked on resolved paths (import-x/no-restricted-paths), so a relative path
// such as '../../../api/src/x' or '../audit/audit.service' is caught as well as an alias.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

export default defineConfig(
  globalIgnores(['**/dist/', '**/.data/', '**/coverage/', 'test/browser/screenshots/']),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_` marks a parameter or element a signature needs but the code does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // Tests read JSON answers whose shape the assertions check: `any` is allowed there, not in the apps.
  {
    files: ['test/**', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  {
    files: ['apps/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // Import boundaries.
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mts', '.d.ts', '.js', '.mjs', '.json'],
          tsconfig: { configFile: `${root}/tsconfig.json` },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: 'apps/admin',
              from: 'apps/api',
              message: 'The dashboard does not import API source: share the type or rule through @lab/domain.',
            },
            {
              target: 'libs/domain',
              from: '.',
              except: ['libs/domain'],
              message: 'libs/domain imports only its own files (no packages, no apps).',
            },
            {
              target: 'apps/api/src/common',
              from: 'apps/api/src',
              except: ['common'],
              message: 'common/ serves the features and imports none of them: only common/, @lab/domain and packages.',
            },
            {
              target: 'apps/admin/src/common',
              from: 'apps/admin/src',
              except: ['common'],
              message: "The dashboard's common/ serves the resource folders and imports none of them.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
);
