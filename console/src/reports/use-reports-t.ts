import { reportsCatalogs, translateIn, type ReportsKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

export type ReportsT = (key: ReportsKey, params?: Record<string, string | number>) => string;

/** `t` for the reports catalog, in the console's current locale. */
export function useReportsT(): ReportsT {
  const { locale } = useI18n();
  return (key, params) => translateIn(reportsCatalogs, locale, key, params);
}
