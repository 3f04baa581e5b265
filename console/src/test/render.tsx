import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nProvider } from '../i18n/i18n-context.js';

/** Renders inside the English catalog, as the end-to-end tests' en-US browser would see it. */
export function renderInEnglish(ui: ComponentChildren) {
  return render(<I18nProvider locale="en">{ui}</I18nProvider>);
}
