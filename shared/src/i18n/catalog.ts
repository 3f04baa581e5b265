import type { AnyLocale, Locale, NewLocale } from './locale.js';

/**
 * One family of strings in every shipped locale: the one catalog shape of Parley. English is
 * the source of keys; the type makes every other locale carry every key, and a key missing at
 * run time (a stored key from a newer version) falls back to English. Families are kept apart
 * by audience, so a bundle carries only the strings it shows (the widget never loads the
 * console's families).
 */
export type StringCatalog<K extends string> = { readonly [L in Locale]: Readonly<Record<K, string>> } & {
  readonly [L in NewLocale]?: LocaleTable<K>;
};

/** One locale's strings of a family; a key it lacks reads English. */
export type LocaleTable<K extends string> = Readonly<Partial<Record<K, string>>>;

/**
 * What `translateIn` reads: English whole, any other locale in part. A `StringCatalog` is one;
 * so is English plus the one locale a bundle loaded on demand (the widget loads the visitor's).
 */
export type ReadableCatalog<K extends string> = { readonly en: Readonly<Record<K, string>> } & { readonly [L in AnyLocale]?: LocaleTable<K> };

/** The keys of a catalog. */
export type KeyOf<C> = C extends StringCatalog<infer K> ? K : never;

/**
 * Builds a catalog from its English table and the other locales' tables.
 * @example const greetings = defineCatalog({ hi: 'Hello {name}' }, { 'zh-CN': { hi: '你好，{name}' }, 'zh-TW': { hi: '你好，{name}' } });
 */
export function defineCatalog<K extends string>(en: Readonly<Record<K, string>>, others: Omit<StringCatalog<K>, 'en'>): StringCatalog<K> {
  return { en, ...others };
}

/**
 * The one translate: looks `key` up in `locale` (English when absent) and fills `{name}` placeholders.
 * @example translateIn(routingCatalogs, 'zh-TW', 'system.transfer.team', { team: 'Billing' })
 */
export function translateIn<K extends string>(catalog: ReadableCatalog<K>, locale: AnyLocale, key: K, params?: Record<string, string | number>): string {
  return fillPlaceholders(catalog[locale]?.[key] ?? catalog.en[key], params);
}

/** True when `key` belongs to `catalog`: lets one `t` serve several families. */
export function hasKey<K extends string>(catalog: ReadableCatalog<K>, key: string): key is K {
  return key in catalog.en;
}

/** Replaces `{name}` placeholders with `params[name]`; unknown ones stay as written. */
export function fillPlaceholders(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
