import { shellCatalogs, translateIn, type ShellKey } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

/** `t` for the console's frame (rail, person menu, inbox panes, shortcuts). */
export function useShellT(): (key: ShellKey, params?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return (key, params) => translateIn(shellCatalogs, locale, key, params);
}
