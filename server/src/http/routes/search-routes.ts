import { Router } from 'express';
import { searchQuerySchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { ConversationSearch } from '../../domain/search/conversation-search.js';
import { parseOr400 } from '../error-handler.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';

/** `GET /search`: the caller's workspace's transcripts (issue 14). */
export function searchRoutes(directory: AccountsService, search: ConversationSearch): Router {
  const router = Router();
  router.use('/search', requireAgent(directory));
  router.get('/search', async (req, res) => {
    res.json(await search.search(agentActor(agentOf(res)), parseOr400(searchQuerySchema, req.query)));
  });
  return router;
}
