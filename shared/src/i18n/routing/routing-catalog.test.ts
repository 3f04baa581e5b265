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
        if (locale !== 'en') for (const [key, text] of Object.entries(catalog as Record<string, string>)) expect(/[\u3400-\u9fff]/.test(text), `${locale} ${key}`).toBe(true);
      }
    }
  });

  it('fill placeholders, Simplified and Traditional apart', () => {
    expect(translateIn(routingWidgetCatalogs, 'zh-CN', 'widget.queue.position', { position: 3 })).toBe('您在队列中排第 3 位。');
    expect(translateIn(routingWidgetCatalogs, 'zh-TW', 'widget.queue.position', { position: 3 })).toBe('您在佇列中排第 3 位。');
    expect(translateIn(routingCatalogs, 'en', 'system.transfer.team', { team: 'Billing' })).toBe('We are passing you to our Billing team.');
  });
});
