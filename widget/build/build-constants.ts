import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** Where the app build writes its fixed-name entry, which the loader imports. */
export const appEntryFile = new URL('../dist/app/parley-app.js', import.meta.url);
/** The tracker's fixed-name file, built after the app into the same folder. */
export const trackerFile = new URL('../dist/app/parley-tracker.js', import.meta.url);

/**
 * The launcher's `[open, close]` labels for every shipped locale, taken from the shared
 * catalogs at build time so the loader carries six strings instead of the whole catalogs.
 * Shared is TypeScript source, which Node cannot import as such: Vite's runner loads it.
 */
export async function launcherLabels(): Promise<Record<string, readonly [string, string]>> {
  const shared = await loadShared();
  return Object.fromEntries(
    shared.locales.map((locale) => [
      locale,
      [shared.catalogs[locale]['widget.launcher.open'], shared.catalogs[locale]['widget.launcher.close']],
    ]),
  );
}

/** The tracker's dismiss label per shipped locale, from the shared catalogs. */
export async function dismissLabels(): Promise<Record<string, string>> {
  const shared = await loadShared();
  return Object.fromEntries(shared.locales.map((locale) => [locale, shared.proactiveCatalogs[locale]['widget.proactive.dismiss']]));
}

/** Shared is TypeScript source, which Node cannot import as such: Vite's runner loads it. */
async function loadShared(): Promise<typeof import('@parley/shared')> {
  // Resolved from this package, wherever the command runs (the root's vitest runs it from the repo root).
  const root = fileURLToPath(new URL('..', import.meta.url));
  return (await runnerImport<typeof import('@parley/shared')>('@parley/shared', { root, configFile: false })).module;
}

/**
 * Hash of the built app's entry (which names every chunk it imports, so it changes when any
 * of them does) and of the tracker: the `?v=` the loader puts on both imports. Both must be
 * built first.
 */
export function appVersion(): string {
  const hash = createHash('sha256');
  for (const file of [appEntryFile, trackerFile]) {
    if (!existsSync(file)) throw new Error(`${fileURLToPath(file)} is missing: build the app and the tracker first (npm run build)`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Rollup's module side effects: @parley/shared's modules only declare things, so a bundle
 * keeps just what it uses (without this, the zod schemas re-exported by its index would pull
 * zod into the widget). Packages whose package.json says otherwise keep their word: a
 * resolver's answer wins over this option.
 */
export function sharedHasNoSideEffects(id: string): boolean {
  return !/[\\/]shared[\\/]src[\\/]/.test(id);
}
