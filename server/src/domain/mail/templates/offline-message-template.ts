import { fillPlaceholders, type Locale } from '@parley/shared';
import type { MailTemplate } from './mail-blocks.js';

const copy: Record<Locale, { subject: string; body: string; action: string; note: string }> = {
  en: {
    subject: 'New message from {visitorName} on {siteName}',
    body: '{visitorName} <{visitorEmail}> left a message on {siteName} while nobody was there to chat:',
    action: 'Open it in the console',
    note: 'Reply in the console: your answer is emailed to the visitor and kept in the conversation.',
  },
  'zh-CN': {
    subject: '{siteName} 有来自 {visitorName} 的新留言',
    body: '{visitorName} <{visitorEmail}> 在无人接待时于 {siteName} 留言：',
    action: '在控制台中打开',
    note: '请在控制台中回复：您的答复会通过电子邮件发送给访客，并保存在对话中。',
  },
  'zh-TW': {
    subject: '{siteName} 有來自 {visitorName} 的新留言',
    body: '{visitorName} <{visitorEmail}> 在無人接待時於 {siteName} 留言：',
    action: '在主控台中開啟',
    note: '請在主控台中回覆：您的答覆會透過電子郵件寄給訪客，並保存在對話中。',
  },
};

/** To the agents of a left message's department (else the admins): `{ visitorName, visitorEmail, siteName, text, url }`. */
export const offlineMessageTemplate: MailTemplate = {
  required: ['visitorName', 'visitorEmail', 'siteName', 'text', 'url'],
  compose(locale, data) {
    const c = copy[locale];
    return {
      subject: fillPlaceholders(c.subject, data),
      blocks: [
        { kind: 'paragraph', text: fillPlaceholders(c.body, data) },
        { kind: 'quote', text: data.text! },
        { kind: 'link', label: c.action, url: data.url! },
        { kind: 'paragraph', text: c.note },
      ],
    };
  },
};
