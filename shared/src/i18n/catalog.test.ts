import { describe, expect, it } from 'vitest';
import { defineCatalog, hasKey, translateIn } from './catalog.js';
import { translateBots, translateRouting } from './legacy-translators.js';
import { botCatalogs } from './bot-catalog.js';
import { routingCatalogs } from './routing/routing-catalog.js';

const greetings = defineCatalog({ hi: 'Hello, {name}', bye: 'Bye' }, { 'zh-CN': { hi: '你好，{name}', bye: '再见' }, 'zh-TW': { hi: '你好，{name}', bye: '再見' } });

describe('one catalog mechanism', () => {
  it('reads the locale asked for and fills placeholders', () => {
    expect(translateIn(greetings, 'zh-CN', 'hi', { name: '小明' })).toBe('你好，小明');
    expect(translateIn(greetings, 'en', 'hi')).toBe('Hello, {name}');
  });

  it('falls back to English for a key a locale lacks at run time', () => {
    const partial = { ...greetings, 'zh-TW': { hi: '你好' } as never };
    expect(translateIn(partial, 'zh-TW', 'bye')).toBe('Bye');
  });

  it('tells which family a key belongs to', () => {
    expect(hasKey(greetings, 'hi')).toBe(true);
    expect(hasKey(greetings, 'console.nav.bots')).toBe(false);
  });

  it('keeps the older per-family functions answering as before (the server still calls them)', () => {
    expect(translateRouting('zh-TW', 'system.transfer.team', { team: 'Billing' })).toBe(translateIn(routingCatalogs, 'zh-TW', 'system.transfer.team', { team: 'Billing' }));
    expect(translateBots('en', 'bot.kb.found')).toBe(translateIn(botCatalogs, 'en', 'bot.kb.found'));
  });
});
