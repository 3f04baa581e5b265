import { describe, expect, it } from 'vitest';
import { adminCatalogs } from './admin-catalog.js';

describe("the console's admin-page catalogs", () => {
  it('have every key in every locale, the others written in their own script (Chinese, Arabic) with the same placeholders', () => {
    const keys = Object.keys(adminCatalogs.en).sort();
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [locale, catalog] of Object.entries(adminCatalogs)) {
      expect(Object.keys(catalog).sort(), locale).toEqual(keys);
      if (locale === 'en') continue;
      const script = locale === 'ar' ? /[\u0600-\u06ff]/ : /[\u3400-\u9fff]/;
      for (const [key, text] of Object.entries(catalog as Record<string, string>)) {
        expect(script.test(text), `${locale} ${key}`).toBe(true);
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(adminCatalogs.en[key as keyof typeof adminCatalogs.en]));
      }
    }
  });
});
