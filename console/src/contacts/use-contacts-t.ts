import { contactsCatalogs, translateIn, type ContactsKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

export type ContactsT = (key: ContactsKey, params?: Record<string, string | number>) => string;

/** `t` for the Contacts page and the contact panel's contact parts (the `contacts` family), in the console's locale. */
export function useContactsT(): ContactsT {
  const { locale } = useI18n();
  return (key, params) => translateIn(contactsCatalogs, locale, key, params);
}
