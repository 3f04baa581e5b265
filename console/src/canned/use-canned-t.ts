import { cannedCatalogs, translateIn, type CannedKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

/** `t` for canned replies' words (the `canned` family), in the console's current locale. */
export function useCannedT(): (key: CannedKey, params?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return (key, params) => translateIn(cannedCatalogs, locale, key, params);
}
