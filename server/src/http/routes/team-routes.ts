import { Router } from 'express';
import { acceptInvitationSchema, agentAccountPatchSchema, invitationInputSchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { RateLimits } from '../../limits/rate-limits.js';
import { parseOr400 } from '../error-handler.js';
import { requestAddress } from '../request-address.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';
import { linkTokenSchema } from './link-token.js';

/** The team: people (any agent reads, admins change) and invitations (admins; accepting needs the link only). */
export function teamRoutes(accounts: AccountsService, limits: RateLimits): Router {
  const router = Router();
  // Exact paths only: other routers serve paths below these with their own checks.
  router.all(['/agents', '/agents/:id', '/invitations', '/invitations/:id', '/invitations/:id/resend'], requireAgent(accounts));
  const { team, invitations } = accounts;

  router.get('/agents', async (_req, res) => {
    res.json({ agents: await team.list(agentActor(agentOf(res))) });
  });
  router.patch('/agents/:id', async (req, res) => {
    const patch = parseOr400(agentAccountPatchSchema, req.body);
    res.json({ agent: await team.update(agentActor(agentOf(res)), req.params.id, patch) });
  });

  router.get('/invitations', async (_req, res) => {
    res.json({ invitations: await invitations.list(agentActor(agentOf(res))) });
  });
  router.post('/invitations', async (req, res) => {
    const input = parseOr400(invitationInputSchema, req.body);
    await limits.take('invitationAgent', agentOf(res).id);
    res.status(201).json({ invitation: await invitations.invite(agentActor(agentOf(res)), input) });
  });
  router.delete('/invitations/:id', async (req, res) => {
    await invitations.revoke(agentActor(agentOf(res)), req.params.id);
    res.status(204).end();
  });
  router.post('/invitations/:id/resend', async (req, res) => {
    await limits.take('invitationAgent', agentOf(res).id);
    res.json({ invitation: await invitations.resend(agentActor(agentOf(res)), req.params.id) });
  });
  router.post('/invitations/:token/accept', async (req, res) => {
    const { token } = parseOr400(linkTokenSchema, req.params);
    const input = parseOr400(acceptInvitationSchema, req.body);
    await limits.take('signupAddress', requestAddress(req));
    res.status(201).json(await invitations.accept(token, input));
  });
  return router;
}
