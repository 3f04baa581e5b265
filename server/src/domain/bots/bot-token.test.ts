import { describe, expect, it } from 'vitest';
import { botIdOfToken, hashToken, newBotToken, tokenMatches } from './bot-token.js';

describe('bot tokens', () => {
  it('names the bot, differs every time, and matches only its own hash', () => {
    const a = newBotToken('bot_1');
    const b = newBotToken('bot_1');
    expect(a).not.toBe(b);
    expect(botIdOfToken(a)).toBe('bot_1');
    expect(tokenMatches(a, hashToken(a))).toBe(true);
    expect(tokenMatches(b, hashToken(a))).toBe(false);
    expect(hashToken(a)).not.toContain(a.split('.')[1]);
  });

  it('refuses strings that are not bot tokens', () => {
    for (const t of ['', 'pbt_x', 'pbt_bot.short', 'Bearer pbt_a.bbbbbbbbbbbbbbbbbbbbbbbb', 'eyJhbGciOi.x.y']) {
      expect(botIdOfToken(t), t).toBeNull();
    }
  });
});
