import { Router } from 'express';
import { nanoid } from 'nanoid';
import { restConversationQuerySchema, restMessagesQuerySchema, restSendMessageSchema } from '@parley/shared';
import type { ConversationService } from '../../domain/conversations/conversation-service.js';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import { parseOr400 } from '../error-handler.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';

/** Agent-authenticated conversation routes; the same service the sockets use. */
export function conversationRoutes(directory: AccountsService, conversations: ConversationService): Router {
  const router = Router();
  router.use('/conversations', requireAgent(directory));

  router.get('/conversations', async (req, res) => {
    const q = parseOr400(restConversationQuerySchema, req.query);
    const list = await conversations.list(agentActor(agentOf(res)), {
      ...(q.status ? { statuses: [q.status] } : {}),
      ...(q.tag ? { tagId: q.tag } : {}),
      limit: q.limit,
    });
    res.json({ conversations: list });
  });

  router.get('/conversations/:id/messages', async (req, res) => {
    const q = parseOr400(restMessagesQuerySchema, req.query);
    const messages = await conversations.messagesAfter(agentActor(agentOf(res)), req.params.id, q.afterSeq, q.limit);
    res.json({ messages });
  });

  router.post('/conversations/:id/messages', async (req, res) => {
    const body = parseOr400(restSendMessageSchema, req.body);
    const message = await conversations.sendFromAgent(agentActor(agentOf(res)), req.params.id, {
      clientId: body.clientId ?? nanoid(),
      text: body.text,
      internal: body.internal,
      attachments: body.attachments,
      whisper: body.whisper,
    });
    res.status(201).json({ message });
  });
  return router;
}
