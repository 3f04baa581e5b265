import { Router } from 'express';
import { createBotSchema, siteBotSchema } from '@parley/shared';
import type { BotFeature } from '../../domain/bots/bot-feature.js';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import { parseOr400 } from '../error-handler.js';
import { requireAdmin } from '../require-admin.js';
import { agentOf, requireAgent } from '../require-agent.js';

/** A neutral avatar for bots without one: a rounded square with a robot face. */
const defaultAvatar =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#5b6ee1"/>' +
  '<rect x="8" y="10" width="16" height="13" rx="4" fill="#fff"/><circle cx="13" cy="16" r="2" fill="#5b6ee1"/>' +
  '<circle cx="19" cy="16" r="2" fill="#5b6ee1"/><rect x="15" y="5" width="2" height="5" fill="#fff"/></svg>';

/** Admin routes for bot accounts and each site's first bot; a public avatar route for the widget. */
export function botAdminRoutes(directory: AccountsService, bots: BotFeature): Router {
  const router = Router();

  // Public: the widget shows a bot's avatar by id without knowing its URL.
  router.get('/bots/:id/avatar', async (req, res) => {
    const bot = /^[A-Za-z0-9_-]{1,64}$/.test(req.params.id) ? await bots.accounts.avatarOf(req.params.id) : null;
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    if (bot?.avatarUrl) {
      res.redirect(302, bot.avatarUrl);
      return;
    }
    res.type('image/svg+xml').send(defaultAvatar);
  });

  router.use(['/bots', '/sites'], requireAgent(directory));
  router.get('/bots', async (_req, res) => {
    res.json({ bots: await bots.accounts.list(agentOf(res).workspaceId) });
  });
  router.post('/bots', requireAdmin, async (req, res) => {
    const input = parseOr400(createBotSchema, req.body);
    res.status(201).json(await bots.accounts.create(agentOf(res).workspaceId, input));
  });
  router.post('/bots/:id/rotate', requireAdmin, async (req, res) => {
    res.json(await bots.accounts.rotate(agentOf(res).workspaceId, req.params.id as string));
  });
  router.delete('/bots/:id', requireAdmin, async (req, res) => {
    await bots.deleteBot(agentOf(res).workspaceId, req.params.id as string);
    res.status(204).end();
  });
  // `GET /sites` itself is accounts' (site-routes.ts, mounted first): a site's first bot is read here.
  router.get('/sites/:key/bot', async (req, res) => {
    res.json(await bots.accounts.siteBot(agentOf(res).workspaceId, req.params.key as string));
  });
  router.put('/sites/:key/bot', requireAdmin, async (req, res) => {
    const { botId } = parseOr400(siteBotSchema, req.body);
    res.json(await bots.accounts.setSiteBot(agentOf(res).workspaceId, req.params.key as string, botId));
  });
  return router;
}
