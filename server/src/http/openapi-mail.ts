import { limits, mailStatuses } from '@parley/shared';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });
const security = [{ agentToken: [] }];
const adminOnly = { 401: errorResponse('Missing or invalid token'), 403: errorResponse('Only an admin may do this') };

/** The mail outbox's schemas, merged into the document's components. */
export function mailSchemas(): Record<string, object> {
  return {
    MailSummary: {
      type: 'object',
      description: 'A mail in the outbox as admins see it (the body stays on the server).',
      required: ['id', 'kind', 'to', 'subject', 'locale', 'status', 'attempts', 'lastError', 'createdAt', 'nextAttemptAt', 'sentAt'],
      properties: {
        id: { type: 'string' },
        kind: { type: 'string', enum: ['invitation', 'password-reset', 'offline-message', 'offline-reply', 'transcript'] },
        to: { type: 'string' },
        subject: { type: 'string' },
        locale: { type: 'string', enum: ['en', 'zh-CN', 'zh-TW'] },
        status: {
          type: 'string',
          enum: mailStatuses,
          description: 'pending: waiting for its next attempt; sending: being sent now; sent: the SMTP server accepted it; failed: given up',
        },
        attempts: { type: 'integer' },
        lastError: { type: ['string', 'null'], description: 'What went wrong last (an SMTP reply, a connection error, or an interrupted send)' },
        createdAt: { type: 'integer' },
        nextAttemptAt: { type: 'integer', description: 'Pending: when the next attempt is due' },
        sentAt: { type: ['integer', 'null'] },
      },
    },
  };
}

/** The mail outbox's REST paths (admins of the workspace). */
export function mailPaths(): Record<string, object> {
  return {
    '/mail': {
      get: {
        summary: "The workspace's mails in one state, newest first (admin; the console's list of mail that failed for good)",
        security,
        parameters: [
          { name: 'status', in: 'query', schema: { type: 'string', enum: mailStatuses, default: 'failed' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: limits.listPage, default: 50 } },
        ],
        responses: {
          200: { description: 'The mails', content: json({ type: 'object', required: ['mails'], properties: { mails: { type: 'array', items: ref('MailSummary') } } }) },
          400: errorResponse('Unknown status or bad limit; `issues` names the field'),
          ...adminOnly,
        },
      },
    },
    '/mail/{id}/retry': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      post: {
        summary: 'Queue a failed mail again, its attempts starting over (admin). The same Message-ID is used, so mail systems can tell a repeat.',
        security,
        responses: {
          200: { description: 'The mail, pending again', content: json({ type: 'object', required: ['mail'], properties: { mail: ref('MailSummary') } }) },
          ...adminOnly,
          404: errorResponse('No such mail in your workspace'),
          409: errorResponse('The mail is not failed (pending, being sent, or sent)'),
        },
      },
    },
  };
}
