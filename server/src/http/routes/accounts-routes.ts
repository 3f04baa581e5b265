import { Router } from 'express';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import { accountRoutes } from './account-routes.js';
import { apiKeyRoutes } from './api-key-routes.js';
import { setupRoutes } from './setup-routes.js';
import { siteRoutes } from './site-routes.js';
import { teamRoutes } from './team-routes.js';

/** Accounts' REST routes: set-up and sign-up, sites, the team and invitations, my account, API keys. */
export function accountsRoutes(accounts: AccountsService): Router {
  const router = Router();
  router.use(setupRoutes(accounts));
  router.use(accountRoutes(accounts));
  router.use(siteRoutes(accounts));
  router.use(teamRoutes(accounts));
  router.use(apiKeyRoutes(accounts));
  return router;
}
