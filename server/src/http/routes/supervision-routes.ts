import { Router } from 'express';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { Routing } from '../../domain/routing/create-routing.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';

/**
 * Supervision's REST route (issue 14): the live board, for supervisors and admins (403 for
 * anyone else). Live updates ride the agent socket's `agent:updated` and `conversation:updated`;
 * the console reads the board again when they arrive. Documented in openapi-supervision.ts.
 */
export function supervisionRoutes(directory: AccountsService, routing: Routing): Router {
  const router = Router();
  router.get('/supervision/board', requireAgent(directory), async (_req, res) => {
    res.json({ board: await routing.board(agentActor(agentOf(res))) });
  });
  return router;
}
