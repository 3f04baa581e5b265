import { Router } from 'express';
import { setupSchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { RateLimits } from '../../limits/rate-limits.js';
import { parseOr400 } from '../error-handler.js';
import { requestAddress } from '../request-address.js';

/** First run and sign-up: no token needed (documented in openapi-accounts.ts). */
export function setupRoutes(accounts: AccountsService, limits: RateLimits): Router {
  const router = Router();
  router.get('/setup', async (_req, res) => {
    res.json(await accounts.firstRun.status());
  });
  router.post('/setup', async (req, res) => {
    const input = parseOr400(setupSchema, req.body);
    await limits.take('signupAddress', requestAddress(req));
    res.status(201).json(await accounts.firstRun.setup(input));
  });
  router.post('/signup', async (req, res) => {
    const input = parseOr400(setupSchema, req.body);
    await limits.take('signupAddress', requestAddress(req));
    res.status(201).json(await accounts.firstRun.signup(input));
  });
  return router;
}
