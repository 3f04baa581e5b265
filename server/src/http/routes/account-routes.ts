import { Router } from 'express';
import { passwordChangeSchema, passwordResetRequestSchema, passwordResetSchema, profilePatchSchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { RateLimits } from '../../limits/rate-limits.js';
import { parseOr400 } from '../error-handler.js';
import { requestAddress } from '../request-address.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';
import { linkTokenSchema } from './link-token.js';

/** My account: profile, password, sessions; the forgotten-password link (no token needed). */
export function accountRoutes(accounts: AccountsService, limits: RateLimits): Router {
  const router = Router();
  // Exact paths only: other routers serve paths below these with their own checks.
  router.all(['/auth/me', '/auth/password', '/auth/sign-out-everywhere'], requireAgent(accounts));
  const { me } = accounts;

  router.get('/auth/me', async (_req, res) => {
    res.json({ agent: await me.profile(agentActor(agentOf(res))) });
  });
  router.patch('/auth/me', async (req, res) => {
    const patch = parseOr400(profilePatchSchema, req.body);
    res.json({ agent: await me.update(agentActor(agentOf(res)), patch) });
  });
  router.post('/auth/password', async (req, res) => {
    const { currentPassword, newPassword } = parseOr400(passwordChangeSchema, req.body);
    res.json(await me.changePassword(agentActor(agentOf(res)), currentPassword, newPassword));
  });
  router.post('/auth/sign-out-everywhere', async (_req, res) => {
    await me.signOutEverywhere(agentActor(agentOf(res)));
    res.status(204).end();
  });
  router.post('/auth/password-reset', async (req, res) => {
    const { email } = parseOr400(passwordResetRequestSchema, req.body);
    await limits.take('passwordResetAddress', requestAddress(req));
    await limits.take('passwordResetAccount', email.trim().toLowerCase());
    await me.requestPasswordReset(email);
    // The same answer whether or not the email has an account.
    res.status(202).json({ status: 'accepted' });
  });
  router.post('/auth/password-reset/:token', async (req, res) => {
    const { token } = parseOr400(linkTokenSchema, req.params);
    const { password } = parseOr400(passwordResetSchema, req.body);
    await limits.take('passwordResetAddress', requestAddress(req));
    res.json(await me.resetPassword(token, password));
  });
  return router;
}
