import type { Plugin } from 'vite';

/**
 * The shared catalogs also hold the console's strings; the widget never shows them, and every
 * byte of the widget is downloaded by every page that embeds it. This drops `console.*` and
 * `status.*` entries from the catalogs as the app bundle is built (each entry is one line), and
 * the two lines only the console's preview of the widget reads.
 */
export function widgetStringsOnly(): Plugin {
  const catalog = /[\\/]shared[\\/]src[\\/]i18n[\\/](en|zh-CN|zh-TW|ar)\.ts$/;
  return {
    name: 'parley-widget-strings-only',
    enforce: 'pre',
    transform(code, id) {
      if (!catalog.test(id)) return null;
      return { code: code.replace(/^[ \t]*'(?:console\.|status\.|widget\.header\.subtitle'|widget\.empty')[^']*':?[^\n]*\n/gm, ''), map: null };
    },
  };
}
