import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translateIn } from '@parley/shared';
import { english, type PanelKey } from '../i18n/panel-strings.js';

export type Translate = (key: PanelKey, params?: Record<string, string | number>) => string;

export const I18nContext = createContext<Translate>((key, params) => translateIn({ en: english }, 'en', key, params));

/** The panel's translator: every visible string comes from the shared catalogs. */
export function useT(): Translate {
  return useContext(I18nContext);
}
