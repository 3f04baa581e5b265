import { Router } from 'express';
import { mailListQuerySchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { MailAdmin } from '../../domain/mail/mail-admin.js';
import { parseOr400 } from '../error-handler.js';
import { requireAdmin } from '../require-admin.js';
import { agentOf, requireAgent } from '../require-agent.js';

/**
 * The mail outbox for a workspace's admins: `GET /mail?status=failed` (the default) lists its
 * mails in one state, newest first; `POST /mail/{id}/retry` queues a failed one again.
 * Documented in openapi-mail.ts.
 */
export function mailRoutes(directory: AccountsService, mail: MailAdmin): Router {
  const router = Router();
  router.use('/mail', requireAgent(directory), requireAdmin);
  router.get('/mail', async (req, res) => {
    const { status, limit } = parseOr400(mailListQuerySchema, req.query);
    res.json({ mails: await mail.list(agentOf(res).workspaceId, status, limit) });
  });
  router.post('/mail/:id/retry', async (req, res) => {
    res.json({ mail: await mail.retry(agentOf(res).workspaceId, req.params.id as string) });
  });
  return router;
}
