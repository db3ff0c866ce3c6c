import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { precompress } from './build/precompress.ts';

const backend = `http://127.0.0.1:${process.env.BACKEND_PORT ?? 3000}`;

/**
 * A chunk whose entry is `features/<name>/pages.ts` (the feature's lazily loaded pages) is named `<name>`, and
 * one whose entry is the feature's `index.ts` (loaded on demand by the shell) `<name>-entry`.
 */
function featureOfPages(moduleId: string | null): string | undefined {
  const match = moduleId ? /[\\/]features[\\/]([^\\/]+)[\\/](pages|index)\.ts$/.exec(moduleId) : null;
  if (!match) return undefined;
  return match[2] === 'pages' ? match[1] : `${match[1]}-entry`;
}

const SIDE_EFFECT_FREE = /[\\/](shared|frontend)[\\/]src[\\/].*\.tsx?$/;
const RUNS_ON_IMPORT =
  /[\\/]frontend[\\/]src[\\/](main\.tsx|i18n[\\/]|lib[\\/]zod-config\.ts|features[\\/][^\\/]+[\\/]pages\.ts)/;

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      // Compile the shared package's TypeScript source directly: one source of truth, no build step.
      '@pn/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/socket.io': { target: backend, ws: true },
      '/metrics': { target: backend },
    },
  },
  preview: {
    proxy: {
      '/api': { target: backend },
      '/socket.io': { target: backend, ws: true },
      '/metrics': { target: backend },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // The shared package's modules only build schemas and constants, and the app's own modules only declare
        // components, hooks and functions: a page that uses one export need not run (and download) what the
        // others import. The exceptions run on import: the set-up of zod and of the translations, a feature's pages.ts
        // (which adds its texts), the styles.
        moduleSideEffects: (id) => (SIDE_EFFECT_FREE.test(id) && !RUNS_ON_IMPORT.test(id) ? false : undefined),
      },
      output: {
        // A feature's pages load as a chunk named after the feature (see app/router.tsx), so that tests and
        // anyone reading the network panel can tell which feature's code a page fetched.
        chunkFileNames: (chunk) => `assets/${featureOfPages(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
        codeSplitting: {
          groups: [
            // Libraries change less often than the app: separate chunks stay cached across releases.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // Only those the first page needs; the others come with the pages that use them. With zod goes the
            // module that configures it, so that it runs before any chunk builds a schema.
            { name: 'libs', test: /node_modules[\\/]|[\\/]src[\\/]lib[\\/]zod-config\.ts$/, tags: ['$initial'] },
            // The app's own modules that the first page needs, as one script rather than several small ones: each
            // script costs its response headers and a request.
            { name: 'shell', test: /[\\/](frontend|shared)[\\/]src[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/i18n/test-setup.ts'],
    environment: 'node',
  },
});
