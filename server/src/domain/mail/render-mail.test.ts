import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '@parley/shared';
import type { MailKind } from './mailer.js';
import { renderMail } from './render-mail.js';
import { encodeTranscript } from './templates/transcript-template.js';

const evil = '<script>alert("x")</script> & Co';
const data: Record<MailKind, Record<string, string>> = {
  invitation: { url: 'https://chat.shop.example/invite/tok', workspaceName: evil, inviterName: 'Mei', role: 'supervisor' },
  'password-reset': { url: 'https://chat.shop.example/reset/tok', name: evil },
  'offline-message': { visitorName: evil, visitorEmail: 'v@example.com', siteName: 'Shop', text: `line one\n${evil}`, url: 'https://chat.shop.example/console/' },
  'offline-reply': { visitorName: evil, agentName: 'Mei', siteName: 'Shop', text: `Thanks!\n${evil}`, originalText: 'Where is my order?' },
  transcript: {
    siteName: 'Shop',
    lines: encodeTranscript([
      { who: 'You', at: Date.UTC(2026, 11, 4, 20, 5), text: evil },
      { who: 'Mei', at: Date.UTC(2026, 11, 4, 20, 6), text: '您好，请稍等。' },
    ]),
  },
};
const kinds = Object.keys(data) as MailKind[];
const cjk = /[\u3400-\u9fff]/;

describe('mail templates', () => {
  for (const kind of kinds) {
    for (const locale of locales) {
      it(`renders ${kind} in ${locale}, as text and HTML, escaping what it was given`, () => {
        const mail = renderMail({ kind, locale, data: data[kind] });
        expect(mail.subject.length).toBeGreaterThan(0);
        expect(mail.subject).not.toMatch(/[\r\n{}]/);
        expect(cjk.test(mail.subject), 'written in the language').toBe(locale !== 'en');
        // The text part keeps what was given as it is; the HTML part never lets it become markup.
        expect(mail.text).toContain(evil);
        expect(mail.html).not.toContain('<script>');
        expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
        expect(mail.html).toContain(`<html lang="${locale}">`);
        expect(mail.text).not.toMatch(/\{\w+\}/);
      });
    }
  }

  it('speaks Simplified and Traditional Chinese differently', () => {
    const [cn, tw] = (['zh-CN', 'zh-TW'] as Locale[]).map((locale) => renderMail({ kind: 'password-reset', locale, data: data['password-reset'] }));
    expect(cn!.subject).toBe('重置您的 Parley 密码');
    expect(tw!.subject).toBe('重設您的 Parley 密碼');
  });

  it('makes web links clickable and nothing else', () => {
    const mail = renderMail({ kind: 'password-reset', locale: 'en', data: data['password-reset'] });
    expect(mail.html).toContain('href="https://chat.shop.example/reset/tok"');
    expect(mail.text).toContain('Choose a new password: https://chat.shop.example/reset/tok');
    const sneaky = renderMail({ kind: 'password-reset', locale: 'en', data: { ...data['password-reset'], url: 'javascript:alert(1)' } });
    expect(sneaky.html).not.toContain('href=');
  });

  it('names the role and shows the transcript with times', () => {
    expect(renderMail({ kind: 'invitation', locale: 'zh-TW', data: data.invitation }).text).toContain('以主管身分');
    const transcript = renderMail({ kind: 'transcript', locale: 'en', data: data.transcript });
    expect(transcript.text).toContain('[2026-12-04 20:06 UTC] Mei: 您好，请稍等。');
  });

  it('refuses a request without the data its template needs', () => {
    expect(() => renderMail({ kind: 'invitation', locale: 'en', data: { url: 'https://x.example' } })).toThrow(
      'mail "invitation" needs data.workspaceName, data.inviterName, data.role',
    );
  });
});
