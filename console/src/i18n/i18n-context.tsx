import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import {
  catalogs,
  hasKey,
  proactiveCatalogs,
  routingCatalogs,
  translateIn,
  type AnyLocale,
  type MessageKey,
  type ProactiveKey,
  type RoutingKey,
} from '@parley/shared';
import { directionOf, initialLocale, saveLocale } from './locale-preference.js';

export type Translate = (key: MessageKey | ProactiveKey | RoutingKey, params?: Record<string, string | number>) => string;

export interface I18n {
  locale: AnyLocale;
  t: Translate;
  setLocale(locale: AnyLocale): void;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the UI locale and `t`; keeps `<html lang dir>` in step so screen readers and fonts follow. */
export function I18nProvider(props: { children: ComponentChildren; locale?: AnyLocale }) {
  const [locale, setLocaleState] = useState<AnyLocale>(() => props.locale ?? initialLocale());
  const setLocale = useCallback((next: AnyLocale) => {
    saveLocale(next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    // Arabic turns the whole console around; the layout uses logical properties so it follows.
    document.documentElement.dir = directionOf(locale);
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      // One `t` for the inbox's three families; a key names its family.
      t: (key, params) =>
        hasKey(proactiveCatalogs, key)
          ? translateIn(proactiveCatalogs, locale, key, params)
          : hasKey(routingCatalogs, key)
            ? translateIn(routingCatalogs, locale, key, params)
            : translateIn(catalogs, locale, key, params),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The current locale and its `t`. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
}
