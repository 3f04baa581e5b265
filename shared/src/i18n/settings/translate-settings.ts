import { fillPlaceholders, type Locale } from '../translate.js';
import { settingsEn, type SettingsKey } from './en.js';
import { settingsZhCN } from './zh-CN.js';
import { settingsZhTW } from './zh-TW.js';

/**
 * The console's Settings strings, kept apart from the main catalogs: only admins' consoles show
 * them, and the widget's bundle, which carries the main catalogs, should not pay for them.
 */
export const settingsCatalogs = { en: settingsEn, 'zh-CN': settingsZhCN, 'zh-TW': settingsZhTW } as const satisfies Record<
  Locale,
  Record<SettingsKey, string>
>;

/** `translate` for the Settings catalogs: looks the key up and fills `{name}` placeholders. */
export function translateSettings(locale: Locale, key: SettingsKey, params?: Record<string, string | number>): string {
  return fillPlaceholders(settingsCatalogs[locale][key] ?? settingsEn[key], params);
}
