import express, { Router, type Request, type Response } from 'express';
import { ErrorCode, pageViewSchema, pingSchema, type Site } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { Proactive } from '../../domain/proactive/proactive.js';
import { isRequestAllowed } from '../../domain/accounts/origin-policy.js';
import { parseOr400 } from '../error-handler.js';
import type { RateLimits } from '../../limits/rate-limits.js';
import { settingsOf } from '../../domain/routing/site-settings.js';
import { requestAddress } from '../request-address.js';

/** Largest tracker body: a page view with long URLs, or a ping with a batch of events. */
const beaconBodyBytes = 16 * 1024;

/**
 * The widget tracker's endpoints, called from the host page's origin. Bodies are JSON sent as
 * `text/plain` (a "simple" CORS request: no preflight, and what `navigator.sendBeacon` sends);
 * `application/json` works too. The page's origin must be one the site allows, as for the socket.
 */
export function visitorBeaconRoutes(directory: AccountsService, proactive: Proactive, limits: RateLimits): Router {
  const router = Router();
  router.use('/visitor', express.text({ type: 'text/plain', limit: beaconBodyBytes }));
  router.options('/visitor/:kind', (req, res) => {
    allowOrigin(req, res);
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    res.setHeader('Access-Control-Allow-Headers', 'content-type');
    res.status(204).end();
  });

  router.post('/visitor/pageview', async (req, res) => {
    const input = parseOr400(pageViewSchema, bodyOf(req));
    const site = await allowedSite(directory, req, res, input.siteKey);
    const address = requestAddress(req);
    const own = settingsOf(site).rateLimits;
    await limits.take('beaconAddress', address, own.beaconAddress);
    // A page view without a token creates a visitor: those are counted on their own, tighter.
    if (!input.token) await limits.take('beaconNewVisitorAddress', address, own.beaconNewVisitorAddress);
    // The install check: the widget loaded on this page (written at most once a minute per site).
    directory.sites.seen(site, input.url);
    res.json(await proactive.pageView(site, input, req.headers['user-agent']));
  });

  router.post('/visitor/ping', async (req, res) => {
    const input = parseOr400(pingSchema, bodyOf(req));
    const site = await allowedSite(directory, req, res, input.siteKey);
    await limits.take('beaconAddress', requestAddress(req), settingsOf(site).rateLimits.beaconAddress);
    res.json(await proactive.ping(site, input));
  });
  return router;
}

function bodyOf(req: Request): unknown {
  if (typeof req.body !== 'string') return req.body;
  try {
    return JSON.parse(req.body);
  } catch {
    throw new AppError(ErrorCode.badRequest, 'request body is not valid JSON');
  }
}

async function allowedSite(directory: AccountsService, req: Request, res: Response, siteKey: string): Promise<Site> {
  const site = await directory.siteByKey(siteKey);
  if (!isRequestAllowed(site, req.headers)) {
    throw new AppError(ErrorCode.originNotAllowed, 'this page is not allowed to use this site key');
  }
  allowOrigin(req, res);
  return site;
}

/** Lets the page read the answer; the site's allowed origins were checked (or are, for the preflight, at the POST). */
function allowOrigin(req: Request, res: Response): void {
  if (req.headers.origin) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Vary', 'Origin');
}
