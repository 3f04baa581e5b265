/** `[open, close]` labels for the launcher in `locale`, from the catalogs' strings baked in at build time. */
export function launcherLabels(locale: string): readonly [string, string] {
  return __PARLEY_LAUNCHER_LABELS__[locale] || __PARLEY_LAUNCHER_LABELS__.en!;
}
