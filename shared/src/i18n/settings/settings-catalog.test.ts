import { describe, expect, it } from 'vitest';
import { translateIn } from '../catalog.js';
import { settingsCatalogs } from './settings-catalog.js';

describe("the console's Settings catalogs", () => {
  it('have every key in every locale, the Chinese ones written in Chinese', () => {
    const keys = Object.keys(settingsCatalogs.en).sort();
    for (const [locale, catalog] of Object.entries(settingsCatalogs)) {
      expect(Object.keys(catalog).sort(), locale).toEqual(keys);
      // Arabic's script is checked with the console's other families (console-arabic.test.ts).
      if (locale !== 'en' && locale !== 'ar') for (const [key, text] of Object.entries(catalog)) expect(/[\u3400-\u9fff]/.test(text), `${locale} ${key}`).toBe(true);
    }
  });

  it('keep the {time} placeholder visible in the acknowledgement hint and fill the others', () => {
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) expect(translateIn(settingsCatalogs, locale, 'settings.ack.hint')).toContain('{time}');
    expect(translateIn(settingsCatalogs, 'zh-TW', 'settings.hours.from', { day: '星期一' })).toBe('星期一開始');
  });
});
