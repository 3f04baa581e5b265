import { Router } from 'express';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import { accountRoutes } from './account-routes.js';
import { apiKeyRoutes } from './api-key-routes.js';
import { setupRoutes } from './setup-routes.js';
import { siteRoutes } from './site-routes.js';
import { teamRoutes } from './team-routes.js';
import type { RateLimits } from '../../limits/rate-limits.js';

/** Accounts' REST routes: set-up and sign-up, sites, the team and invitations, my account, API keys. */
export function accountsRoutes(accounts: AccountsService, limits: RateLimits): Router {
  const router = Router();
  router.use(setupRoutes(accounts, limits));
  router.use(accountRoutes(accounts, limits));
  router.use(siteRoutes(accounts));
  router.use(teamRoutes(accounts, limits));
  router.use(apiKeyRoutes(accounts));
  return router;
}
