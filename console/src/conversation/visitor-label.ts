import { visitorDisplayName, type AnyLocale } from '@parley/shared';

/**
 * What the console calls a visitor: the name (or email) they gave, else shared's friendly name
 * made from their id ("Amber Otter", 琥珀水獭), the same one the widget and the server use.
 */
export function visitorLabel(locale: AnyLocale, visitorId: string, name?: string | null, email?: string | null): string {
  return visitorDisplayName({ name, email }, visitorId, locale);
}
