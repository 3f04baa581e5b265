import { Router } from 'express';
import { loginSchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import { AppError } from '../../app-error.js';
import type { RateLimits } from '../../limits/rate-limits.js';
import { parseOr400 } from '../error-handler.js';
import { requestAddress } from '../request-address.js';

export function authRoutes(directory: AccountsService, limits: RateLimits): Router {
  const router = Router();
  router.post('/auth/login', async (req, res) => {
    const { email, password } = parseOr400(loginSchema, req.body);
    const account = email.trim().toLowerCase();
    const address = requestAddress(req);
    // Checked before the password is: an account or address past its wrong guesses is refused
    // without one more guess being tried.
    await limits.check('loginAccount', account);
    await limits.check('loginAddress', address);
    try {
      const session = await directory.login(email, password);
      await limits.clear('loginAccount', account);
      res.json(session);
    } catch (err) {
      if (err instanceof AppError && err.status === 401) {
        await limits.fail('loginAccount', account);
        await limits.fail('loginAddress', address);
      }
      throw err;
    }
  });
  return router;
}
