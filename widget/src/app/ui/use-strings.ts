import { useEffect, useMemo, useState } from 'preact/hooks';
import { translateIn, type AnyLocale } from '@parley/shared';
import { english, loadStrings, type PanelTable } from '../i18n/panel-strings.js';
import type { Translate } from './i18n-context.js';

/** The panel's translator in `locale`, or null while that locale's strings are on their way. */
export function useStrings(locale: AnyLocale): Translate | null {
  const [table, setTable] = useState<{ locale: AnyLocale; strings: PanelTable } | null>(locale === 'en' ? { locale, strings: english } : null);
  useEffect(() => {
    let current = true;
    void loadStrings(locale).then((strings) => current && setTable({ locale, strings }));
    return () => void (current = false);
  }, [locale]);
  return useMemo(
    () => (table?.locale === locale ? (key, params) => translateIn({ en: english, [locale]: table.strings }, locale, key, params) : null),
    [table, locale],
  );
}
