import { describe, expect, it } from 'vitest';
import { routingCatalogs, translateRouting } from './translate-routing.js';
import { routingWidgetCatalogs, translateRoutingWidget } from './widget-catalog.js';

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
    expect(translateRoutingWidget('zh-CN', 'widget.queue.position', { position: 3 })).toBe('您在队列中排第 3 位。');
    expect(translateRoutingWidget('zh-TW', 'widget.queue.position', { position: 3 })).toBe('您在佇列中排第 3 位。');
    expect(translateRouting('en', 'system.transfer.team', { team: 'Billing' })).toBe('We are passing you to our Billing team.');
  });
});
