import { isRightToLeft, locales, matchAnyLocale, pickLocale, type AnyLocale } from '@parley/shared';
import { localStore } from '../state/local-storage.js';

const LOCALE_KEY = 'parley:console:locale';

/**
 * The console's languages: the shipped ones and Arabic. Arabic is still a "new" locale in
 * shared (the console's families carry it; a string a family lacks reads English).
 */
export const consoleLocales: readonly AnyLocale[] = [...locales, 'ar'];

/** The agent's chosen locale, else the first browser language we ship, else English. */
export function initialLocale(browserLanguages: readonly string[] = globalThis.navigator?.languages ?? []): AnyLocale {
  const saved = localStore.read(LOCALE_KEY);
  if (saved && (consoleLocales as string[]).includes(saved)) return saved as AnyLocale;
  return pickLocale(null, browserLanguages, matchAnyLocale);
}

/** Remembers the agent's choice for the next visit. */
export function saveLocale(locale: AnyLocale): void {
  localStore.write(LOCALE_KEY, locale);
}

/** The writing direction of the console's `<html dir>`. */
export function directionOf(locale: AnyLocale): 'rtl' | 'ltr' {
  return isRightToLeft(locale) ? 'rtl' : 'ltr';
}

/** Each language named in itself, so an agent finds theirs whatever the UI shows now. */
export const localeNames: Record<AnyLocale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  ar: 'العربية',
};
