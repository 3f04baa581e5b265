import { Router } from 'express';
import { cannedReplyInputSchema, conversationTagsSchema, mentionListQuerySchema, tagInputSchema, tagPatchSchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { AgentTools } from '../../domain/agent-tools/agent-tools.js';
import { parseOr400 } from '../error-handler.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';

/** Canned replies, tags, and a conversation's tags (issue 14). Every route is the caller's workspace only. */
export function agentToolsRoutes(directory: AccountsService, tools: AgentTools): Router {
  const router = Router();
  router.use(['/canned-replies', '/tags', '/conversations/:id/tags', '/mentions'], requireAgent(directory));
  const actor = (res: Parameters<typeof agentOf>[0]) => agentActor(agentOf(res));

  router.get('/canned-replies', async (_req, res) => {
    res.json({ cannedReplies: await tools.listCannedReplies(actor(res)) });
  });
  router.get('/canned-replies/:id', async (req, res) => {
    res.json({ cannedReply: await tools.getCannedReply(actor(res), req.params.id) });
  });
  router.post('/canned-replies', async (req, res) => {
    res.status(201).json({ cannedReply: await tools.createCannedReply(actor(res), parseOr400(cannedReplyInputSchema, req.body)) });
  });
  router.put('/canned-replies/:id', async (req, res) => {
    res.json({ cannedReply: await tools.updateCannedReply(actor(res), req.params.id, parseOr400(cannedReplyInputSchema, req.body)) });
  });
  router.delete('/canned-replies/:id', async (req, res) => {
    await tools.deleteCannedReply(actor(res), req.params.id);
    res.status(204).end();
  });

  router.get('/tags', async (_req, res) => {
    res.json({ tags: await tools.listTags(actor(res)) });
  });
  router.post('/tags', async (req, res) => {
    res.status(201).json({ tag: await tools.createTag(actor(res), parseOr400(tagInputSchema, req.body)) });
  });
  router.patch('/tags/:id', async (req, res) => {
    res.json({ tag: await tools.updateTag(actor(res), req.params.id, parseOr400(tagPatchSchema, req.body)) });
  });
  router.delete('/tags/:id', async (req, res) => {
    await tools.deleteTag(actor(res), req.params.id);
    res.status(204).end();
  });
  router.put('/conversations/:id/tags', async (req, res) => {
    const { tagIds } = parseOr400(conversationTagsSchema, req.body);
    res.json({ conversation: await tools.setConversationTags(actor(res), req.params.id, tagIds) });
  });
  router.get('/mentions', async (req, res) => {
    const q = parseOr400(mentionListQuerySchema, req.query);
    res.json({ mentions: await tools.listMentions(actor(res), { unreadOnly: q.unread ?? false, limit: q.limit }) });
  });
  router.post('/mentions/:id/read', async (req, res) => {
    res.json({ mention: await tools.markMentionRead(actor(res), req.params.id) });
  });
  return router;
}
