import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Vite compiles TSX itself (automatic JSX runtime); the React plugin is left out because its Babel 8
// peers clash with jest's Babel 7 — the only loss is fast refresh in `npm run dev`.
export default defineConfig({
  root: here('.'),
  resolve: { alias: { '@lab/domain': here('../../libs/domain/src/index.ts') } },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: here('../../dist/apps/admin'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // MUI marks its modules "use client" for React Server Components; a client-only bundle ignores it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/ },
            { name: 'charts', test: /node_modules[\\/](recharts|d3-|victory|decimal\.js)/ },
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-|@tanstack|react-hook-form|lodash)/ },
            // The password estimator's word lists: fetched only when a password field is shown (common/password-guesser.ts).
            { name: 'zxcvbn', test: /node_modules[\\/]@zxcvbn-ts[\\/]/, maxSize: 600_000 },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
