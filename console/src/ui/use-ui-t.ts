import { translateIn, uiCatalogs, type UiKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

/** `t` for the components' own words, in the console's current locale. */
export function useUiT(): (key: UiKey, params?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return (key, params) => translateIn(uiCatalogs, locale, key, params);
}
