import { fillPlaceholders, type Locale } from '@parley/shared';
import type { MailTemplate } from './mail-blocks.js';

const copy: Record<Locale, { subject: string; greeting: string; body: string; action: string; note: string }> = {
  en: {
    subject: 'Reset your Parley password',
    greeting: 'Hello {name},',
    body: 'Someone (hopefully you) asked to reset your Parley password. Choose a new one here:',
    action: 'Choose a new password',
    note: 'The link works once and expires in one hour. If you did not ask for it, ignore this mail: your password stays as it is.',
  },
  'zh-CN': {
    subject: '重置您的 Parley 密码',
    greeting: '{name}，您好：',
    body: '有人（希望是您本人）请求重置您的 Parley 密码。请在这里设置新密码：',
    action: '设置新密码',
    note: '此链接只能使用一次，一小时后失效。如果这不是您的请求，请忽略本邮件，您的密码不会改变。',
  },
  'zh-TW': {
    subject: '重設您的 Parley 密碼',
    greeting: '{name}，您好：',
    body: '有人（希望是您本人）要求重設您的 Parley 密碼。請在這裡設定新密碼：',
    action: '設定新密碼',
    note: '此連結只能使用一次，一小時後失效。如果這不是您的要求，請忽略本郵件，您的密碼不會改變。',
  },
};

/** A forgotten password: `{ url, name }`. */
export const passwordResetTemplate: MailTemplate = {
  required: ['url', 'name'],
  compose(locale, data) {
    const c = copy[locale];
    return {
      subject: c.subject,
      blocks: [
        { kind: 'paragraph', text: fillPlaceholders(c.greeting, data) },
        { kind: 'paragraph', text: c.body },
        { kind: 'link', label: c.action, url: data.url! },
        { kind: 'paragraph', text: c.note },
      ],
    };
  },
};
