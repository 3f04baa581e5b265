import { Router } from 'express';
import { siteInputSchema, sitePatchSchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import { parseOr400 } from '../error-handler.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';

/** Sites: any agent lists them; admins create, change and delete them. */
export function siteRoutes(accounts: AccountsService): Router {
  const router = Router();
  // Exact paths only: other routers serve paths below these with their own checks.
  router.all(['/sites', '/sites/:id'], requireAgent(accounts));
  const { sites } = accounts;
  router.get('/sites', async (_req, res) => {
    res.json({ sites: await sites.list(agentActor(agentOf(res))) });
  });
  router.post('/sites', async (req, res) => {
    const input = parseOr400(siteInputSchema, req.body);
    res.status(201).json({ site: await sites.create(agentActor(agentOf(res)), input) });
  });
  router.patch('/sites/:id', async (req, res) => {
    const patch = parseOr400(sitePatchSchema, req.body);
    res.json({ site: await sites.update(agentActor(agentOf(res)), req.params.id, patch) });
  });
  router.delete('/sites/:id', async (req, res) => {
    await sites.remove(agentActor(agentOf(res)), req.params.id);
    res.status(204).end();
  });
  return router;
}
