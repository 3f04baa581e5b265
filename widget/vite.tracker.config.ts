import { defineConfig } from 'vite';
import { dismissLabels, sharedHasNoSideEffects } from './build/build-constants.js';

/**
 * The tracker, `dist/app/parley-tracker.js`: an ES module with no framework, imported by the
 * loader when the page is idle on every page view. Built after the app (whose build empties
 * dist/app) and before the loader (which writes in the hash of both).
 */
const labels = await dismissLabels();

export default defineConfig({
  define: { __PARLEY_DISMISS_LABELS__: JSON.stringify(labels) },
  build: {
    outDir: 'dist/app',
    emptyOutDir: false,
    target: 'es2022',
    minify: 'terser',
    terserOptions: { compress: { passes: 3 }, module: true, ecma: 2020 },
    modulePreload: false,
    copyPublicDir: false,
    rollupOptions: {
      input: 'src/tracker/tracker.ts',
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: 'parley-tracker.js' },
      treeshake: { moduleSideEffects: sharedHasNoSideEffects },
    },
  },
});
