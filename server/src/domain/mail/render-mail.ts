import type { MailKind, MailRequest } from './mailer.js';
import { invitationTemplate } from './templates/invitation-template.js';
import { renderBlocks, type MailTemplate, type RenderedMail } from './templates/mail-blocks.js';
import { offlineMessageTemplate } from './templates/offline-message-template.js';
import { offlineReplyTemplate } from './templates/offline-reply-template.js';
import { passwordResetTemplate } from './templates/password-reset-template.js';
import { transcriptTemplate } from './templates/transcript-template.js';

const templates: Record<MailKind, MailTemplate> = {
  invitation: invitationTemplate,
  'password-reset': passwordResetTemplate,
  'offline-message': offlineMessageTemplate,
  'offline-reply': offlineReplyTemplate,
  transcript: transcriptTemplate,
};

/**
 * A mail's subject, plain text and HTML in the recipient's language. Throws when the request
 * lacks data its template needs: a caller's mistake, surfaced at enqueue time rather than as a
 * broken mail later.
 * @example renderMail({ kind: 'password-reset', to, locale: 'zh-TW', workspaceId: null, data: { url, name: '美玲' } })
 */
export function renderMail(request: Pick<MailRequest, 'kind' | 'locale' | 'data'>): RenderedMail {
  const template = templates[request.kind];
  const missing = template.required.filter((key) => typeof request.data[key] !== 'string');
  if (missing.length > 0) throw new Error(`mail "${request.kind}" needs data.${missing.join(', data.')}`);
  return renderBlocks(request.locale, template.compose(request.locale, request.data));
}
