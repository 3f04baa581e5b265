import { searchCatalogs, translateIn, type SearchKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

/** `t` for the conversation search dialog. */
export function useSearchT(): (key: SearchKey, params?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return (key, params) => translateIn(searchCatalogs, locale, key, params);
}
