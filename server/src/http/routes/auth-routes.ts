import { Router } from 'express';
import { loginSchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import { parseOr400 } from '../error-handler.js';

export function authRoutes(directory: AccountsService): Router {
  const router = Router();
  router.post('/auth/login', async (req, res) => {
    const { email, password } = parseOr400(loginSchema, req.body);
    res.json(await directory.login(email, password));
  });
  return router;
}
