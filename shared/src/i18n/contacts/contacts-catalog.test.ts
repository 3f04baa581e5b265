import { describe, expect, it } from 'vitest';
import { contactsCatalogs } from './contacts-catalog.js';

describe("the console's contacts catalogs", () => {
  it('have every key in every locale with the same placeholders, the Chinese ones in Chinese', () => {
    const keys = Object.keys(contactsCatalogs.en).sort();
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [locale, catalog] of Object.entries(contactsCatalogs)) {
      expect(Object.keys(catalog).sort(), locale).toEqual(keys);
      if (locale === 'en') continue;
      for (const [key, text] of Object.entries(catalog as Record<string, string>)) {
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(contactsCatalogs.en[key as keyof typeof contactsCatalogs.en]));
        // A line that is only placeholders and punctuation ("{count}+") has no script to check.
        if (locale.startsWith('zh') && /[A-Za-z]{2}/.test(text.replace(/\{\w+\}|JSON|ID|identify/g, ''))) expect.fail(`${locale} ${key} is not translated: ${text}`);
      }
      expect((catalog as Record<string, string>)['contacts.title']).not.toBe(contactsCatalogs.en['contacts.title']);
    }
  });
});
