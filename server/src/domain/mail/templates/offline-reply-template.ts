import { fillPlaceholders, type Locale } from '@parley/shared';
import type { MailBlock, MailTemplate } from './mail-blocks.js';

const copy: Record<Locale, { subject: string; greeting: string; body: string; yours: string; note: string }> = {
  en: {
    subject: '{siteName} replied to your message',
    greeting: 'Hello {visitorName},',
    body: '{agentName} of {siteName} replied to your message:',
    yours: 'Your message:',
    note: 'To go on, open the chat on our website.',
  },
  'zh-CN': {
    subject: '{siteName} 回复了您的留言',
    greeting: '{visitorName}，您好：',
    body: '{siteName} 的 {agentName} 回复了您的留言：',
    yours: '您的留言：',
    note: '如需继续沟通，请在我们的网站上打开聊天窗口。',
  },
  'zh-TW': {
    subject: '{siteName} 回覆了您的留言',
    greeting: '{visitorName}，您好：',
    body: '{siteName} 的 {agentName} 回覆了您的留言：',
    yours: '您的留言：',
    note: '如需繼續溝通，請在我們的網站上開啟聊天視窗。',
  },
};

/** An agent's reply to a left message, to the visitor: `{ visitorName, agentName, siteName, text, originalText? }`. */
export const offlineReplyTemplate: MailTemplate = {
  required: ['visitorName', 'agentName', 'siteName', 'text'],
  compose(locale, data) {
    const c = copy[locale];
    const original: MailBlock[] = data.originalText
      ? [
          { kind: 'paragraph', text: c.yours },
          { kind: 'quote', text: data.originalText },
        ]
      : [];
    return {
      subject: fillPlaceholders(c.subject, data),
      blocks: [
        { kind: 'paragraph', text: fillPlaceholders(c.greeting, data) },
        { kind: 'paragraph', text: fillPlaceholders(c.body, data) },
        { kind: 'quote', text: data.text! },
        ...original,
        { kind: 'paragraph', text: c.note },
      ],
    };
  },
};
