import { Router } from 'express';
import { nanoid } from 'nanoid';
import { restBotHandoffSchema, restBotSendMessageSchema, restMessagesQuerySchema } from '@parley/shared';
import type { ConversationService } from '../../domain/conversations/conversation-service.js';
import type { BotFeature } from '../../domain/bots/bot-feature.js';
import { parseOr400 } from '../error-handler.js';
import { botActorOf, requireBot } from '../require-bot.js';
import type { RateLimits } from '../../limits/rate-limits.js';

/** The bot API (webhook bots answer here; socket bots may too), authenticated with the bot's token. */
export function botApiRoutes(conversations: ConversationService, bots: BotFeature, limits: RateLimits): Router {
  const router = Router();
  router.use('/bot', requireBot(bots));

  router.get('/bot/conversations', async (_req, res) => {
    const actor = botActorOf(res);
    const held = await bots.heldConversations(actor.botId);
    res.json({ conversations: await Promise.all(held.map((c) => conversations.snapshot(actor, c.id))) });
  });
  router.get('/bot/conversations/:id/messages', async (req, res) => {
    const q = parseOr400(restMessagesQuerySchema, req.query);
    res.json({ messages: await conversations.messagesAfter(botActorOf(res), req.params.id, q.afterSeq, q.limit) });
  });
  router.post('/bot/conversations/:id/messages', async (req, res) => {
    const body = parseOr400(restBotSendMessageSchema, req.body);
    await limits.take('botMessage', botActorOf(res).botId);
    const message = await conversations.sendFromBot(botActorOf(res), req.params.id, { clientId: body.clientId ?? nanoid(), text: body.text });
    res.status(201).json({ message });
  });
  router.post('/bot/conversations/:id/handoff', async (req, res) => {
    const { department, summary } = parseOr400(restBotHandoffSchema, req.body ?? {});
    res.json({ conversation: await bots.botHandsToPeople(botActorOf(res), req.params.id, { department, summary }) });
  });
  router.post('/bot/conversations/:id/close', async (req, res) => {
    res.json({ conversation: await conversations.close(botActorOf(res), req.params.id) });
  });
  return router;
}
