import type { Locale } from '../translate.js';
import { proactiveEn, type ProactiveKey } from './en.js';
import { proactiveZhCN } from './zh-CN.js';
import { proactiveZhTW } from './zh-TW.js';

/**
 * Proactive chat's strings, kept apart from the main catalogs: they are the console's (and
 * the tracker's one label, baked in at build time), and the widget's app bundle, which
 * carries the main catalogs, should not pay for them.
 */
export const proactiveCatalogs = { en: proactiveEn, 'zh-CN': proactiveZhCN, 'zh-TW': proactiveZhTW } as const satisfies Record<
  Locale,
  Record<ProactiveKey, string>
>;

/** True for keys of the proactive catalogs. */
export function isProactiveKey(key: string): key is ProactiveKey {
  return key in proactiveEn;
}

/** `translate` for the proactive catalogs: looks the key up and fills `{name}` placeholders. */
export function translateProactive(locale: Locale, key: ProactiveKey, params?: Record<string, string | number>): string {
  const text = proactiveCatalogs[locale][key] ?? proactiveEn[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
