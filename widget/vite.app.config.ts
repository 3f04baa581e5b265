import { defineConfig } from 'vite';
import { sharedHasNoSideEffects } from './build/build-constants.js';
import { noPreloadHelper } from './build/no-preload-helper.js';
import { textFramesOnly } from './build/text-frames-only.js';
import { withoutUnusedSocketMethods } from './build/unused-socket-methods.js';
import { pollingOnDemand } from './build/polling-on-demand.js';
import { widgetStringsOnly } from './build/widget-strings-only.js';

/**
 * The Preact app, built as an ES module with a fixed entry name (`dist/app/parley-app.js`):
 * the loader imports it with `?v=<hash>`, computed after this build.
 */
export default defineConfig({
  plugins: [widgetStringsOnly(), pollingOnDemand(), noPreloadHelper(), textFramesOnly(), withoutUnusedSocketMethods()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'es2022',
    // The bytes a visitor waits for on the first open: terser's passes beat esbuild's by ~3%.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, module: true, ecma: 2020 },
    modulePreload: false,
    copyPublicDir: false,
    rollupOptions: {
      input: 'src/app/mount.tsx',
      // Keep `mount` exported: it is the entry's whole purpose. 'strict' also matters for the
      // lazy chunk (self-service search): it imports Preact from a common chunk, never from the
      // entry, whose URL carries `?v=` — importing it without would load a second Preact.
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: 'parley-app.js',
        // Chunks only a dynamic import reaches (self-service search) are fetched on demand, not on
        // open: the `lazy-` prefix lets the weight budget tell them apart.
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/lazy-[name]-[hash].js' : 'chunks/[name]-[hash].js'),
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
      treeshake: { moduleSideEffects: sharedHasNoSideEffects },
    },
  },
});
