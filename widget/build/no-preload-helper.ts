import type { Plugin } from 'vite';

/**
 * Vite wraps every `import()` in `__vitePreload`, a helper (about 0.8 KB gzip in the opened
 * widget) that adds `<link rel=modulepreload>` tags for a chunk's dependencies and CSS. The app
 * has no CSS files (its styles are inlined into the shadow root) and its on-demand chunks import
 * only what the mount chunk already loaded, so the helper never had anything to preload: this
 * resolves it to a plain call. A failed import still rejects, as the panel expects.
 */
export function noPreloadHelper(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'parley-no-preload-helper',
    enforce: 'pre',
    resolveId: (id) => (id === helperId ? helperId : null),
    load: (id) => (id === helperId ? 'export const __vitePreload = (load) => load();' : null),
  };
}
