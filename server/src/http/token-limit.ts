import type { RequestHandler } from 'express';
import type { RateLimits } from '../limits/rate-limits.js';

/**
 * REST requests per bearer token or API key (`restToken`), before any route reads the token:
 * a leaked or runaway key is slowed down without touching anyone else's. The token is counted
 * as sent (hashed by the limiter), valid or not.
 */
export function tokenLimit(limits: RateLimits): RequestHandler {
  return (req, _res, next) => {
    const credential = req.headers.authorization;
    if (!credential || !limits.enabled) {
      next();
      return;
    }
    limits.take('restToken', credential).then(() => next(), next);
  };
}
