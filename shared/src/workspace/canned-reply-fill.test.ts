import { describe, expect, it } from 'vitest';
import { cannedReplyText, fillCannedText, pickCannedLanguage, pickCannedText } from './canned-reply-fill.js';
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

  it('names the language it picked, or null when the reply has no text', () => {
    expect(pickCannedLanguage(texts, 'zh-Hant', 'en')).toBe('zh-TW');
    expect(pickCannedLanguage({ en: 'x', 'zh-CN': 'y' }, 'zh-MO', 'en')).toBe('zh-CN');
    expect(pickCannedLanguage({ 'zh-TW': 'y' }, 'fr', null)).toBe('zh-TW');
    expect(pickCannedLanguage({}, 'en', 'en')).toBeNull();
  });

  it("fills an unknown value with the default word in the text's own language, never leaving {{…}}", () => {
    const reply = { texts: { en: 'Hi {{visitor.name}}, {{agent.name}} from {{site.name}}. We write to {{visitor.email}}.', 'zh-CN': '{{visitor.name}}好，我是{{site.name}}的{{agent.name}}。', 'zh-TW': '{{ visitor.name | 貴賓 }}您好，請寄到{{visitor.email}}。' } };
    expect(cannedReplyText(reply, { visitorLocale: 'en-US', values: {} })).toBe('Hi there, your agent from us. We write to your email address.');
    expect(cannedReplyText(reply, { visitorLocale: 'zh-CN', values: { 'agent.name': '小林', 'site.name': '好物商店' } })).toBe('您好，我是好物商店的小林。');
    // The text's own fallback beats the default; the default is the Traditional one.
    expect(cannedReplyText(reply, { visitorLocale: 'zh-HK', values: { 'visitor.name': '' } })).toBe('貴賓您好，請寄到您的電子郵件。');
    // A known value wins over every fallback, in any script.
    expect(cannedReplyText(reply, { visitorLocale: 'zh-TW', values: { 'visitor.name': '陳大文', 'visitor.email': 'chan@例子.hk' } })).toBe('陳大文您好，請寄到chan@例子.hk。');
    for (const visitorLocale of ['en', 'zh-CN', 'zh-TW', 'ar', 'ja']) expect(cannedReplyText(reply, { visitorLocale, values: {} })).not.toMatch(/\{\{/);
    // A language Parley does not ship has no default words rather than English ones.
    expect(cannedReplyText({ texts: { ja: '{{visitor.name}}様' } }, { visitorLocale: 'ja', values: {} })).toBe('様');
    expect(cannedReplyText({ texts: {} }, { visitorLocale: 'en', values: {} })).toBe('');
  });

  it('takes a shortcut in any script, lower-cased, and refuses spaces', () => {
    expect(cannedReplyInputSchema.parse({ shortcut: ' Refund ', texts: { en: 'x' } })).toEqual({ shortcut: 'refund', texts: { en: 'x' }, scope: 'personal' });
    expect(cannedReplyInputSchema.parse({ shortcut: '退款', texts: { 'zh-CN': '好' }, scope: 'workspace' }).shortcut).toBe('退款');
    expect(cannedReplyInputSchema.safeParse({ shortcut: 'two words', texts: { en: 'x' } }).success).toBe(false);
  });
});
