import { Router } from 'express';
import { setupSchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import { parseOr400 } from '../error-handler.js';

/** First run and sign-up: no token needed (documented in openapi-accounts.ts). */
export function setupRoutes(accounts: AccountsService): Router {
  const router = Router();
  router.get('/setup', async (_req, res) => {
    res.json(await accounts.firstRun.status());
  });
  router.post('/setup', async (req, res) => {
    const input = parseOr400(setupSchema, req.body);
    res.status(201).json(await accounts.firstRun.setup(input));
  });
  router.post('/signup', async (req, res) => {
    const input = parseOr400(setupSchema, req.body);
    res.status(201).json(await accounts.firstRun.signup(input));
  });
  return router;
}
