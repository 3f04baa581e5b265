import { describe, expect, it } from 'vitest';
import { firstLanguage } from './accept-language.js';

describe('the visitor language from the handshake', () => {
  it("takes the browser's first language, whatever the weights after it", () => {
    expect(firstLanguage('zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('zh-TW');
    expect(firstLanguage('en-GB;q=0.9')).toBe('en-GB');
    expect(firstLanguage(['zh-CN, en'])).toBe('zh-CN');
  });
  it('gives nothing for a missing, wildcard or absurd header', () => {
    expect(firstLanguage(undefined)).toBeUndefined();
    expect(firstLanguage('*')).toBeUndefined();
    expect(firstLanguage('')).toBeUndefined();
    expect(firstLanguage('x'.repeat(40))).toBeUndefined();
  });
});
