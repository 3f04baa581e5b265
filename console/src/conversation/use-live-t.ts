import { liveCatalogs, translateIn, type LiveKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

export type LiveTranslate = (key: LiveKey, params?: Record<string, string | number>) => string;

/** `t` for the live conversation's strings (shared's `liveCatalogs`) in the console's language. */
export function useLiveT(): LiveTranslate {
  const { locale } = useI18n();
  return (key, params) => translateIn(liveCatalogs, locale, key, params);
}
