import { Router } from 'express';
import { apiKeyInputSchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import { parseOr400 } from '../error-handler.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';

/** REST API keys (admins): the secret is in the creation's answer only. */
export function apiKeyRoutes(accounts: AccountsService): Router {
  const router = Router();
  // Exact paths only: other routers serve paths below these with their own checks.
  router.all(['/api-keys', '/api-keys/:id'], requireAgent(accounts));
  const { apiKeys } = accounts;
  router.get('/api-keys', async (_req, res) => {
    res.json({ apiKeys: await apiKeys.list(agentActor(agentOf(res))) });
  });
  router.post('/api-keys', async (req, res) => {
    const { name } = parseOr400(apiKeyInputSchema, req.body);
    res.status(201).json(await apiKeys.create(agentActor(agentOf(res)), name));
  });
  router.delete('/api-keys/:id', async (req, res) => {
    await apiKeys.revoke(agentActor(agentOf(res)), req.params.id);
    res.status(204).end();
  });
  return router;
}
