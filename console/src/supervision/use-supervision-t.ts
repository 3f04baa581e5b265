import { supervisionCatalogs, translateIn, type SupervisionKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

export type SupervisionT = (key: SupervisionKey, params?: Record<string, string | number>) => string;

/** `t` for the supervision catalog, in the console's current locale. */
export function useSupervisionT(): SupervisionT {
  const { locale } = useI18n();
  return (key, params) => translateIn(supervisionCatalogs, locale, key, params);
}
