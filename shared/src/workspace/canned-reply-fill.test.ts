import { describe, expect, it } from 'vitest';
import { cannedReplyText, fillCannedText, pickCannedText } from './canned-reply-fill.js';
import { cannedReplyInputSchema } from './canned-reply.js';

describe('canned reply text', () => {
  const texts = { en: 'Hi {{visitor.name}}', 'zh-CN': '{{visitor.name}}，您好', 'zh-TW': '{{visitor.name}}，您好（繁）' };

  it("picks the visitor's language, then the site's, then English, then the first written", () => {
    expect(pickCannedText(texts, 'zh-Hans-CN', 'en')).toBe('{{visitor.name}}，您好');
    expect(pickCannedText(texts, 'zh-HK', 'en')).toBe('{{visitor.name}}，您好（繁）');
    expect(pickCannedText(texts, 'en-GB', 'zh-CN')).toBe('Hi {{visitor.name}}');
    expect(pickCannedText(texts, 'fr', 'zh-TW')).toBe('{{visitor.name}}，您好（繁）');
    expect(pickCannedText(texts, null, null)).toBe('Hi {{visitor.name}}');
    expect(pickCannedText({ 'zh-CN': '只有简体' }, 'zh-TW', 'en')).toBe('只有简体');
    expect(pickCannedText({ ja: 'こんにちは' }, 'de', 'fr')).toBe('こんにちは');
    expect(pickCannedText({}, 'en')).toBe('');
  });

  it('fills the four variables, with the fallback written in the text, then the caller’s, then nothing', () => {
    const text = 'Hi {{visitor.name|there}} ({{ visitor.email }}), {{agent.name}} of {{site.name}} here. {{visitor.phone}}';
    expect(fillCannedText(text, { 'visitor.name': '美美', 'visitor.email': 'm@x.cn', 'agent.name': 'Lin', 'site.name': 'Shop' })).toBe(
      'Hi 美美 (m@x.cn), Lin of Shop here. {{visitor.phone}}',
    );
    expect(fillCannedText(text, { 'visitor.name': '  ', 'agent.name': 'Lin' }, { 'visitor.email': 'no email', 'site.name': 'us' })).toBe(
      'Hi there (no email), Lin of us here. {{visitor.phone}}',
    );
    expect(cannedReplyText({ texts }, { visitorLocale: 'zh-TW', values: { 'visitor.name': null }, fallbacks: { 'visitor.name': '您' } })).toBe('您，您好（繁）');
  });

  it('takes a shortcut in any script, lower-cased, and refuses spaces', () => {
    expect(cannedReplyInputSchema.parse({ shortcut: ' Refund ', texts: { en: 'x' } })).toEqual({ shortcut: 'refund', texts: { en: 'x' }, scope: 'personal' });
    expect(cannedReplyInputSchema.parse({ shortcut: '退款', texts: { 'zh-CN': '好' }, scope: 'workspace' }).shortcut).toBe('退款');
    expect(cannedReplyInputSchema.safeParse({ shortcut: 'two words', texts: { en: 'x' } }).success).toBe(false);
  });
});
