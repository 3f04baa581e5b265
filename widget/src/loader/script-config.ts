/** What the embed's own `<script>` tag says. */
export interface ScriptConfig {
  siteKey: string;
  /** `data-locale`: forces the widget's language over the site's and the browser's. */
  locale: string | null;
  /** Where widget.js came from: the app and the socket live there too. */
  serverOrigin: string;
}

/**
 * Finds the embed's script tag and reads it. `document.currentScript` is set while an async
 * script runs, but a tag manager may inject the loader some other way, so the tag is also
 * looked up by its src and `data-site`.
 */
export function readScriptConfig(): ScriptConfig | null {
  const current = document.currentScript as HTMLScriptElement | null;
  const script = current?.dataset.site ? current : document.querySelector<HTMLScriptElement>('script[src*="widget.js"][data-site]');
  const siteKey = script?.dataset.site;
  if (!script || !siteKey) return null;
  return {
    siteKey,
    locale: script.dataset.locale || null,
    serverOrigin: new URL(script.src).origin, // `src` reads back absolute
  };
}
