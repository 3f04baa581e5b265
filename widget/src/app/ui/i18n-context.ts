import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { catalogs, translateIn, type MessageKey } from '@parley/shared';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const I18nContext = createContext<Translate>((key, params) => translateIn(catalogs, 'en', key, params));

/** The panel's translator: every visible string comes from the shared catalogs. */
export function useT(): Translate {
  return useContext(I18nContext);
}
