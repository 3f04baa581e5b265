import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_KEY, attributeText, attributeValue } from './attribute-value.js';

describe('contact attribute values as typed', () => {
  it('keeps a number a number and a yes/no a yes/no while the text still reads as one', () => {
    expect(attributeValue('6', 5)).toBe(6);
    expect(attributeValue('six', 5)).toBe('six');
    expect(attributeValue('false', true)).toBe(false);
    expect(attributeValue('maybe', true)).toBe('maybe');
    expect(attributeValue('42', 'plan')).toBe('42');
    expect(attributeValue('', 5)).toBe('');
  });
  it('reads values as text and checks names as the server does', () => {
    expect(attributeText(null)).toBe('');
    expect(attributeText(3.5)).toBe('3.5');
    expect(ATTRIBUTE_KEY.test('plan.tier-2_x')).toBe(true);
    expect(ATTRIBUTE_KEY.test('套餐')).toBe(false);
    expect(ATTRIBUTE_KEY.test('a'.repeat(41))).toBe(false);
  });
});
