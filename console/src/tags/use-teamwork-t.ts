import { teamworkCatalogs, translateIn, type TeamworkKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

export type TeamworkTranslate = (key: TeamworkKey, params?: Record<string, string | number>) => string;

/** `t` for tags and mentions (shared's `teamworkCatalogs`) in the console's language. */
export function useTeamworkT(): TeamworkTranslate {
  const { locale } = useI18n();
  return (key, params) => translateIn(teamworkCatalogs, locale, key, params);
}
