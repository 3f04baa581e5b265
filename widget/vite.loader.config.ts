import { defineConfig } from 'vite';
import { appVersion, launcherLabels, sharedHasNoSideEffects } from './build/build-constants.js';

/**
 * The loader, `dist/widget.js`: one IIFE, no framework. Built after the app so the app's hash
 * can be written in as the import's `?v=`.
 */
const labels = await launcherLabels();

export default defineConfig({
  define: {
    __PARLEY_APP_VERSION__: JSON.stringify(appVersion()),
    __PARLEY_LAUNCHER_LABELS__: JSON.stringify(labels),
  },
  build: {
    outDir: 'dist',
    // dist/app was just built: keep it.
    emptyOutDir: false,
    target: 'es2022',
    // Every page view downloads this file: terser's extra passes win the bytes esbuild leaves.
    minify: 'terser',
    terserOptions: { compress: { passes: 3 }, ecma: 2020 },
    modulePreload: false,
    copyPublicDir: false,
    rollupOptions: {
      input: 'src/loader/index.ts',
      output: { format: 'iife', entryFileNames: 'widget.js' },
      treeshake: { moduleSideEffects: sharedHasNoSideEffects },
    },
  },
});
