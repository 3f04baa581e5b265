import { Router, type Response } from 'express';
import { announcementInputSchema, triggerRuleInputSchema } from '@parley/shared';
import { z } from 'zod';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { Proactive } from '../../domain/proactive/proactive.js';
import type { ProactiveActor } from '../../domain/proactive/site-access.js';
import { parseOr400 } from '../error-handler.js';
import { agentOf, requireAgent } from '../require-agent.js';

const liveQuerySchema = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

function actorOf(res: Response): ProactiveActor {
  const agent = agentOf(res);
  return { agentId: agent.id, workspaceId: agent.workspaceId, name: agent.name, role: agent.role };
}

/**
 * Sites, trigger rules and their stats, announcements, the live list: agent-authenticated;
 * changing rules and sending announcements needs an admin or supervisor.
 */
export function proactiveRoutes(directory: AccountsService, proactive: Proactive): Router {
  const router = Router();
  // `GET /sites` and the sites themselves are accounts' routes (site-routes.ts).
  router.use('/sites/:siteId', requireAgent(directory));
  const { rules, chat } = proactive;

  router.get('/sites/:siteId/triggers', async (req, res) => {
    res.json({ triggers: await rules.list(actorOf(res), req.params.siteId) });
  });
  router.post('/sites/:siteId/triggers', async (req, res) => {
    const fields = parseOr400(triggerRuleInputSchema, req.body);
    res.status(201).json({ trigger: await rules.create(actorOf(res), req.params.siteId, fields) });
  });
  router.get('/sites/:siteId/triggers/stats', async (req, res) => {
    res.json({ stats: await rules.stats(actorOf(res), req.params.siteId) });
  });
  router.put('/sites/:siteId/triggers/:ruleId', async (req, res) => {
    const fields = parseOr400(triggerRuleInputSchema, req.body);
    res.json({ trigger: await rules.replace(actorOf(res), req.params.siteId, req.params.ruleId, fields) });
  });
  router.delete('/sites/:siteId/triggers/:ruleId', async (req, res) => {
    await rules.remove(actorOf(res), req.params.siteId, req.params.ruleId);
    res.status(204).end();
  });

  router.get('/sites/:siteId/announcements', async (req, res) => {
    res.json({ announcements: await chat.announcements(actorOf(res), req.params.siteId) });
  });
  router.post('/sites/:siteId/announcements', async (req, res) => {
    const input = parseOr400(announcementInputSchema, req.body);
    res.status(201).json({ announcement: await chat.announce(actorOf(res), req.params.siteId, input) });
  });

  router.get('/sites/:siteId/visitors', async (req, res) => {
    const q = parseOr400(liveQuerySchema, req.query);
    res.json(await proactive.livePage(actorOf(res), req.params.siteId, q.cursor ?? null, q.limit));
  });
  return router;
}
