import { adminCatalogs, translateIn, type AdminKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

/** `t` for the admin pages' own words (the `admin` family), in the console's current locale. */
export function useAdminT(): (key: AdminKey, params?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return (key, params) => translateIn(adminCatalogs, locale, key, params);
}
