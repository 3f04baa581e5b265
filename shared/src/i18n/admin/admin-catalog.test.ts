import { describe, expect, it } from 'vitest';
import { adminCatalogs } from './admin-catalog.js';

describe("the console's admin-page catalogs", () => {
  it('have every key in every locale, the Chinese ones written in Chinese with the same placeholders', () => {
    const keys = Object.keys(adminCatalogs.en).sort();
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [locale, catalog] of Object.entries(adminCatalogs)) {
      expect(Object.keys(catalog).sort(), locale).toEqual(keys);
      if (locale === 'en') continue;
      for (const [key, text] of Object.entries(catalog as Record<string, string>)) {
        expect(/[\u3400-\u9fff]/.test(text), `${locale} ${key}`).toBe(true);
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(adminCatalogs.en[key as keyof typeof adminCatalogs.en]));
      }
    }
  });
});
