import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { matchLocale, pickLocale } from './locale.js';
import { catalogs, translate } from './translate.js';

describe('locales', () => {
  it('maps Chinese tags to Simplified or Traditional by script first, then region', () => {
    expect(matchLocale('zh')).toBe('zh-CN');
    expect(matchLocale('zh-CN')).toBe('zh-CN');
    expect(matchLocale('zh-SG')).toBe('zh-CN');
    expect(matchLocale('zh-TW')).toBe('zh-TW');
    expect(matchLocale('zh-HK')).toBe('zh-TW');
    expect(matchLocale('zh_MO')).toBe('zh-TW');
    expect(matchLocale('zh-Hant')).toBe('zh-TW');
    expect(matchLocale('zh-Hans-HK')).toBe('zh-CN');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('fr')).toBeNull();
  });

  it("prefers the site's locale, then the browser's first shipped language, then English", () => {
    expect(pickLocale('zh-TW', ['en-US'])).toBe('zh-TW');
    expect(pickLocale(null, ['fr-FR', 'zh-HK', 'en'])).toBe('zh-TW');
    expect(pickLocale(null, ['de'])).toBe('en');
    expect(pickLocale('xx', [])).toBe('en');
  });

  it('has every key in every catalog, none left in English by mistake', () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).sort(), locale).toEqual(Object.keys(en).sort());
      if (locale !== 'en') {
        for (const [key, text] of Object.entries(catalog)) expect(/[\u4e00-\u9fff]/.test(text), `${locale} ${key}`).toBe(true);
      }
    }
  });

  it('translates per locale, Simplified and Traditional apart', () => {
    expect(translate('zh-CN', 'widget.composer.send')).toBe('发送');
    expect(translate('zh-TW', 'widget.composer.send')).toBe('傳送');
  });
});
