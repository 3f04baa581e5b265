import { locales, type Locale } from '@parley/shared';
import { useI18n } from './i18n-context.js';
import { localeNames } from './locale-preference.js';

/** A small language picker; the choice is remembered in localStorage. */
export function LocaleSwitcher() {
  const { locale, setLocale, t } = useI18n();
  return (
    <label class="locale-switcher">
      <span class="visually-hidden">{t('console.locale')}</span>
      <select value={locale} onChange={(event) => setLocale(event.currentTarget.value as Locale)}>
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {localeNames[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
