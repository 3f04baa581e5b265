import { en, widgetEn, type AnyLocale, type LocaleTable, type MessageKey, type RoutingWidgetKey, type WidgetConversationKey, type WidgetKey, type WidgetQueueKey } from '@parley/shared';

/** Every key the panel reads: the main catalog's widget lines, the widget's families and routing's. */
export type PanelKey = MessageKey | WidgetKey | WidgetConversationKey | WidgetQueueKey | RoutingWidgetKey;
export type PanelTable = LocaleTable<PanelKey>;

/**
 * English, every other locale's fallback. The bundle brings the panel's; an on-demand chunk
 * adds its own English when it arrives (`addEnglish`), so its strings are downloaded only with it.
 */
export const english = { ...en, ...widgetEn } as Record<PanelKey, string>;

export function addEnglish(table: Partial<Record<PanelKey, string>>): void {
  Object.assign(english, table);
}

// Every other locale is an on-demand chunk (`chunks/lazy-strings-*`): a visitor reads one language.
const loaders: Record<Exclude<AnyLocale, 'en'>, () => Promise<{ strings: PanelTable }>> = {
  'zh-CN': () => import('./strings-zh-CN.js'),
  'zh-TW': () => import('./strings-zh-TW.js'),
  ar: () => import('./strings-ar.js'),
};
const loaded = new Map<AnyLocale, Promise<PanelTable>>();

/** The panel's strings in `locale`, fetched once; English at once. A failed fetch reads English. */
export function loadStrings(locale: AnyLocale): Promise<PanelTable> {
  if (locale === 'en') return Promise.resolve(english);
  let table = loaded.get(locale);
  if (!table) loaded.set(locale, (table = loaders[locale]().then((m) => m.strings, () => english)));
  return table;
}
