import { describe, expect, it } from 'vitest';
import { friendlyVisitorName, visitorDisplayName } from './visitor-name.js';

describe('friendlyVisitorName', () => {
  it('names the same visitor the same way every time, and different visitors mostly differently', () => {
    expect(friendlyVisitorName('v_R8_xV3kq', 'en')).toBe(friendlyVisitorName('v_R8_xV3kq', 'en'));
    const names = new Set(Array.from({ length: 200 }, (_, i) => friendlyVisitorName(`visitor-${i}`, 'en')));
    expect(names.size).toBeGreaterThan(150);
  });

  it('reads as two words in English, Chinese characters in Chinese, Arabic in Arabic', () => {
    expect(friendlyVisitorName('abc', 'en')).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(friendlyVisitorName('abc', 'zh-CN')).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(friendlyVisitorName('abc', 'zh-TW')).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(friendlyVisitorName('abc', 'ar')).toMatch(/^[\u0600-\u06ff ]+$/);
  });

  it('writes Traditional characters for zh-TW', () => {
    const pairs = Array.from({ length: 300 }, (_, i) => [friendlyVisitorName(`id${i}`, 'zh-CN'), friendlyVisitorName(`id${i}`, 'zh-TW')]);
    expect(pairs.some(([cn, tw]) => cn !== tw)).toBe(true);
    expect(pairs.map(([, tw]) => tw).join('')).not.toMatch(/[獭猫鸟龟鲸]/);
  });
});

describe('visitorDisplayName', () => {
  it('prefers the given name, then the email, then the friendly name', () => {
    expect(visitorDisplayName({ name: 'Ana', email: 'ana@x.test' }, 'v1', 'en')).toBe('Ana');
    expect(visitorDisplayName({ name: ' ', email: 'ana@x.test' }, 'v1', 'en')).toBe('ana@x.test');
    expect(visitorDisplayName(null, 'v1', 'en')).toBe(friendlyVisitorName('v1', 'en'));
  });
});
