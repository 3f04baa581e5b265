import { accountsCatalogs, translateIn, type AccountsKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

export type AccountsT = (key: AccountsKey, params?: Record<string, string | number>) => string;

/** `t` for the going-live screens (set-up, sites, team, account, API keys), in the console's locale. */
export function useAccountsT(): AccountsT {
  const { locale } = useI18n();
  return (key, params) => translateIn(accountsCatalogs, locale, key, params);
}
