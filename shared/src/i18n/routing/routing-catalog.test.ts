import { describe, expect, it } from 'vitest';
import { translateIn } from '../catalog.js';
import { routingCatalogs } from './routing-catalog.js';
import { routingWidgetCatalogs } from './routing-widget-catalog.js';

describe("routing's catalogs (console and system lines; the widget's on-demand strings)", () => {
  it('have every key in every locale, Chinese ones written in Chinese', () => {
    for (const catalogs of [routingCatalogs, routingWidgetCatalogs]) {
      const keys = Object.keys(catalogs.en).sort();
      for (const [locale, catalog] of Object.entries(catalogs)) {
        expect(Object.keys(catalog).sort(), locale).toEqual(keys);
        const script = locale === 'ar' ? /[\u0600-\u06ff]/ : /[\u3400-\u9fff]/;
        if (locale !== 'en') for (const [key, text] of Object.entries(catalog as Record<string, string>)) expect(script.test(text), `${locale} ${key}`).toBe(true);
      }
    }
  });

  it('fill placeholders, Simplified and Traditional apart', () => {
    expect(translateIn(routingWidgetCatalogs, 'zh-CN', 'widget.offline.email')).toBe('邮箱');
    expect(translateIn(routingWidgetCatalogs, 'zh-TW', 'widget.offline.email')).toBe('電子郵件');
    expect(translateIn(routingCatalogs, 'en', 'system.transfer.team', { team: 'Billing' })).toBe('We are passing you to our Billing team.');
  });
});
