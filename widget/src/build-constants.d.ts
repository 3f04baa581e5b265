/**
 * Values the loader's build writes in with Vite's `define` (vite.loader.config.ts), and the
 * tests with vitest.config.ts: they come from the built app and the shared catalogs.
 */

/** Hash of the built app's entry file: the cache-busting `?v=` of the loader's import. */
declare const __PARLEY_APP_VERSION__: string;

/** `[open, close]` launcher labels per shipped locale, so the loader carries 6 strings, not the catalogs. */
declare const __PARLEY_LAUNCHER_LABELS__: Record<string, readonly [string, string]>;

/** The tracker's dismiss label per shipped locale (`widget.proactive.dismiss`). */
declare const __PARLEY_DISMISS_LABELS__: Record<string, string>;
