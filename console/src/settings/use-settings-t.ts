import { settingsCatalogs, translateIn, type SettingsKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

export type SettingsT = (key: SettingsKey, params?: Record<string, string | number>) => string;

/** `t` for the Settings catalog, in the console's current locale. */
export function useSettingsT(): SettingsT {
  const { locale } = useI18n();
  return (key, params) => translateIn(settingsCatalogs, locale, key, params);
}
