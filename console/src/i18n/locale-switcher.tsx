import type { AnyLocale } from '@parley/shared';
import { useI18n } from './i18n-context.js';
import { consoleLocales, localeNames } from './locale-preference.js';

/** A small language picker; the choice is remembered in localStorage. `label` shows it (the person menu) or keeps it for screen readers. */
export function LocaleSwitcher({ label, visibleLabel = false }: { label?: string; visibleLabel?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <label class="locale-switcher">
      <span class={visibleLabel ? 'locale-switcher-label' : 'sr-only'}>{label ?? t('console.locale')}</span>
      <select value={locale} onChange={(event) => setLocale(event.currentTarget.value as AnyLocale)}>
        {consoleLocales.map((option) => (
          <option key={option} value={option} lang={option}>
            {localeNames[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
