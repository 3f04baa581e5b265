import { friendlyVisitorName, type AnyLocale, type Contact } from '@parley/shared';

/**
 * What a contact is called on screen: the name they gave, else their email, else the friendly
 * name of their first browser (the one the inbox showed for their conversations), so a contact
 * reads the same on the Contacts page as in the inbox.
 */
export function contactName(contact: Pick<Contact, 'name' | 'email' | 'visitorIds'>, locale: AnyLocale, unnamed: string): string {
  if (contact.name) return contact.name;
  if (contact.email) return contact.email;
  const first = contact.visitorIds[0];
  return first ? friendlyVisitorName(first, locale) : unnamed;
}
