import { Router } from 'express';
import { z } from 'zod';
import { contactListQuerySchema, contactPatchSchema, limits } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { ContactsService } from '../../domain/contacts/contacts-service.js';
import { parseOr400 } from '../error-handler.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';

const mergeBody = z.object({ otherId: z.string().min(1).max(limits.id) });
const contactConversationsQuery = z.object({ limit: z.coerce.number().int().min(1).max(limits.listPage).default(50) });

/** Contacts for the console, a conversation's contact, and sites' identity secrets (issue 14). */
export function contactRoutes(directory: AccountsService, contacts: ContactsService): Router {
  const router = Router();
  router.use(['/contacts', '/conversations/:id/contact', '/sites/:id/identity-secret'], requireAgent(directory));
  const actor = (res: Parameters<typeof agentOf>[0]) => agentActor(agentOf(res));

  router.get('/contacts', async (req, res) => {
    res.json(await contacts.list(actor(res), parseOr400(contactListQuerySchema, req.query)));
  });
  router.get('/contacts/:id', async (req, res) => {
    res.json({ contact: await contacts.get(actor(res), req.params.id) });
  });
  router.patch('/contacts/:id', async (req, res) => {
    res.json({ contact: await contacts.update(actor(res), req.params.id, parseOr400(contactPatchSchema, req.body)) });
  });
  router.delete('/contacts/:id', async (req, res) => {
    await contacts.delete(actor(res), req.params.id);
    res.status(204).end();
  });
  router.get('/contacts/:id/conversations', async (req, res) => {
    const { limit } = parseOr400(contactConversationsQuery, req.query);
    res.json({ conversations: await contacts.conversations(actor(res), req.params.id, limit) });
  });
  router.post('/contacts/:id/merge', async (req, res) => {
    res.json({ contact: await contacts.merge(actor(res), req.params.id, parseOr400(mergeBody, req.body).otherId) });
  });
  router.get('/contacts/:id/export', async (req, res) => {
    const exported = await contacts.export(actor(res), req.params.id);
    res.attachment(`contact-${exported.contact.id}.json`).json(exported);
  });
  router.get('/conversations/:id/contact', async (req, res) => {
    res.json({ contact: await contacts.ofConversation(actor(res), req.params.id) });
  });
  router.post('/sites/:id/identity-secret', async (req, res) => {
    res.json(await contacts.rotateIdentitySecret(actor(res), req.params.id));
  });
  return router;
}
