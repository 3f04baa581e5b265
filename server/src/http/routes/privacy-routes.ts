import { Router } from 'express';
import { z } from 'zod';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { PrivacyService } from '../../domain/privacy/privacy-service.js';
import { parseOr400 } from '../error-handler.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';

const runsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/**
 * Privacy for admins (issue 16): an anonymous visitor's data exported (a JSON download) and
 * deleted, and the retention job's run log per site. Contacts have their own routes.
 */
export function privacyRoutes(directory: AccountsService, privacy: PrivacyService): Router {
  const router = Router();
  router.use(['/visitors/:id', '/sites/:id/retention-runs'], requireAgent(directory));
  const actor = (res: Parameters<typeof agentOf>[0]) => agentActor(agentOf(res));

  router.get('/visitors/:id/export', async (req, res) => {
    const exported = await privacy.exportVisitor(actor(res), req.params.id);
    res.attachment(`visitor-${exported.visitor.id}.json`).json(exported);
  });
  router.delete('/visitors/:id', async (req, res) => {
    res.json({ deleted: await privacy.deleteVisitor(actor(res), req.params.id) });
  });
  router.get('/sites/:id/retention-runs', async (req, res) => {
    const { limit } = parseOr400(runsQuery, req.query);
    res.json({ runs: await privacy.retentionRuns(actor(res), req.params.id, limit) });
  });
  return router;
}
