import { fillPlaceholders, type Locale } from '@parley/shared';
import type { MailTemplate } from './mail-blocks.js';

const copy: Record<Locale, { subject: string; body: string; action: string; note: string; roles: Record<string, string> }> = {
  en: {
    subject: '{inviterName} invited you to {workspaceName} on Parley',
    body: '{inviterName} invited you to answer chats for {workspaceName} as {role}.',
    action: 'Accept the invitation',
    note: 'The link works once and expires in 7 days. If you did not expect this invitation, ignore this mail.',
    roles: { agent: 'an agent', supervisor: 'a supervisor', admin: 'an admin' },
  },
  'zh-CN': {
    subject: '{inviterName} 邀请您加入 Parley 上的 {workspaceName}',
    body: '{inviterName} 邀请您以{role}身份为 {workspaceName} 接待在线咨询。',
    action: '接受邀请',
    note: '此链接只能使用一次，7 天后失效。如果您没有预期收到此邀请，请忽略本邮件。',
    roles: { agent: '客服', supervisor: '主管', admin: '管理员' },
  },
  'zh-TW': {
    subject: '{inviterName} 邀請您加入 Parley 上的 {workspaceName}',
    body: '{inviterName} 邀請您以{role}身分為 {workspaceName} 接待線上諮詢。',
    action: '接受邀請',
    note: '此連結只能使用一次，7 天後失效。如果您沒有預期收到此邀請，請忽略本郵件。',
    roles: { agent: '客服', supervisor: '主管', admin: '管理員' },
  },
};

/** An invitation to a workspace: `{ url, workspaceName, inviterName, role }`. */
export const invitationTemplate: MailTemplate = {
  required: ['url', 'workspaceName', 'inviterName', 'role'],
  compose(locale, data) {
    const c = copy[locale];
    const params = { ...data, role: c.roles[data.role!] ?? data.role! };
    return {
      subject: fillPlaceholders(c.subject, params),
      blocks: [
        { kind: 'paragraph', text: fillPlaceholders(c.body, params) },
        { kind: 'link', label: c.action, url: data.url! },
        { kind: 'paragraph', text: c.note },
      ],
    };
  },
};
