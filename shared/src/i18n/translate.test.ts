import type { ReadableCatalog } from './catalog.js';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { translateIn } from './catalog.js';
import { matchAnyLocale, matchLocale, pickLocale } from './locale.js';
import { widgetCatalogs, widgetConversationCatalogs, widgetQueueCatalogs } from './widget/widget-catalog.js';
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
      // Arabic has the widget's lines and, since the console speaks it, the console's too.
      const keys = Object.keys(en);
      expect(Object.keys(catalog).sort(), locale).toEqual(keys.sort());
      const script = locale === 'ar' ? /[\u0600-\u06ff]/ : /[\u4e00-\u9fff]/;
      if (locale !== 'en') for (const [key, text] of Object.entries(catalog)) expect(script.test(text), `${locale} ${key}`).toBe(true);
    }
  });

  it("has the widget family's every key in every locale, Arabic included", () => {
    for (const family of [widgetCatalogs, widgetConversationCatalogs, widgetQueueCatalogs]) {
      for (const [locale, catalog] of Object.entries(family)) {
        expect(Object.keys(catalog).sort(), locale).toEqual(Object.keys(family.en).sort());
        const script = locale === 'ar' ? /[\u0600-\u06ff]/ : /[\u4e00-\u9fff]/;
        if (locale !== 'en') for (const [key, text] of Object.entries(catalog as Record<string, string>)) expect(script.test(text), `${locale} ${key}`).toBe(true);
      }
    }
  });

  it('matches Arabic only where asked to (the widget speaks it; the console not yet)', () => {
    expect(matchLocale('ar-EG')).toBe(null);
    expect(matchAnyLocale('ar-EG')).toBe('ar');
    expect(matchAnyLocale('ar')).toBe('ar');
    expect(matchAnyLocale('arn')).toBe(null);
    expect(pickLocale(null, ['ar-SA', 'en'], matchAnyLocale)).toBe('ar');
    expect(pickLocale(null, ['ar-SA', 'en'])).toBe('en');
    expect(matchAnyLocale('zh_HK')).toBe('zh-TW');
  });

  it('falls back to English for a line a new locale does not have yet', () => {
    const family: ReadableCatalog<'a.hello' | 'a.bye'> = { en: { 'a.hello': 'Hello', 'a.bye': 'Bye' }, ar: { 'a.hello': 'مرحبا' } };
    expect(translateIn(family, 'ar', 'a.bye')).toBe('Bye');
    expect(translateIn(family, 'ar', 'a.hello')).toBe('مرحبا');
    expect(translateIn(catalogs, 'ar', 'widget.composer.send')).toBe('إرسال');
  });

  it('translates per locale, Simplified and Traditional apart', () => {
    expect(translate('zh-CN', 'widget.composer.send')).toBe('发送');
    expect(translate('zh-TW', 'widget.composer.send')).toBe('傳送');
  });
});
