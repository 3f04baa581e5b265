import { botCatalogs, translateIn, type BotMessageKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

/** `t` for the bots catalog, in the console's current locale. */
export function useBotT(): (key: BotMessageKey, params?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return (key, params) => translateIn(botCatalogs, locale, key, params);
}
