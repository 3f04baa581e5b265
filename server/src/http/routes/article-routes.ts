import { Router } from 'express';
import { articleInputSchema, restArticleSearchSchema } from '@parley/shared';
import type { BotFeature } from '../../domain/bots/bot-feature.js';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { KnowledgeService } from '../../domain/knowledge/knowledge-service.js';
import { parseOr400 } from '../error-handler.js';
import { requireAdmin } from '../require-admin.js';
import { agentOf, requireAgent } from '../require-agent.js';

/** Knowledge-base articles: agents read and search, admins write. */
export function articleRoutes(directory: AccountsService, kb: KnowledgeService, bots: BotFeature): Router {
  const router = Router();
  router.use(['/articles', '/knowledge'], requireAgent(directory));

  router.get('/articles', async (_req, res) => {
    res.json({ articles: await kb.list(agentOf(res).workspaceId) });
  });
  router.get('/articles/search', async (req, res) => {
    const q = parseOr400(restArticleSearchSchema, req.query);
    res.json({ hits: await kb.search(agentOf(res).workspaceId, q.q, { locale: q.locale, limit: q.limit }) });
  });
  router.get('/articles/:id', async (req, res) => {
    res.json({ article: await kb.get(agentOf(res).workspaceId, req.params.id) });
  });
  router.post('/articles', requireAdmin, async (req, res) => {
    res.status(201).json({ article: await kb.create(agentOf(res).workspaceId, parseOr400(articleInputSchema, req.body)) });
  });
  router.put('/articles/:id', requireAdmin, async (req, res) => {
    res.json({ article: await kb.update(agentOf(res).workspaceId, req.params.id as string, parseOr400(articleInputSchema, req.body)) });
  });
  router.delete('/articles/:id', requireAdmin, async (req, res) => {
    await kb.remove(agentOf(res).workspaceId, req.params.id as string);
    res.status(204).end();
  });
  router.get('/knowledge/stats', async (_req, res) => {
    res.json({ resolvedBySelfService: await bots.selfServiceResolutions(agentOf(res).workspaceId) });
  });
  return router;
}
