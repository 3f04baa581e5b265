import { describe, expect, it } from 'vitest';
import { botCatalogs } from './bot-catalog.js';
import { translateIn } from './catalog.js';

describe('bots catalog', () => {
  it('has every key in every locale, Chinese ones written in Chinese', () => {
    const keys = Object.keys(botCatalogs.en).sort();
    for (const [locale, catalog] of Object.entries(botCatalogs)) {
      expect(Object.keys(catalog).sort(), locale).toEqual(keys);
      // Arabic's script is checked with the console's other families (console-arabic.test.ts).
      if (locale !== 'en' && locale !== 'ar') for (const [key, text] of Object.entries(catalog)) expect(/[\u3400-\u9fff]/.test(text), `${locale} ${key}`).toBe(true);
    }
  });
  it('fills placeholders', () => {
    expect(translateIn(botCatalogs, 'zh-TW', 'console.bots.firstOn', { site: 'Demo' })).toBe('Demo 的新對話先交給');
  });
});
