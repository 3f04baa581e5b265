import { locales, pickLocale, type Locale } from '@parley/shared';
import { localStore } from '../state/local-storage.js';

const LOCALE_KEY = 'parley:console:locale';

/** The agent's chosen locale, else the first browser language we ship, else English. */
export function initialLocale(browserLanguages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  const saved = localStore.read(LOCALE_KEY);
  if (saved && (locales as string[]).includes(saved)) return saved as Locale;
  return pickLocale(null, browserLanguages);
}

/** Remembers the agent's choice for the next visit. */
export function saveLocale(locale: Locale): void {
  localStore.write(LOCALE_KEY, locale);
}

/** Each language named in itself, so an agent finds theirs whatever the UI shows now. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
};
