import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';
import type { ParleyMetrics } from '../metrics/parley-metrics.js';

/** Probes scraped every few seconds: timed, not logged. */
const quiet = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One log line per request (pino-http) with a request id: the caller's `X-Request-Id` when it
 * looks like one (a proxy's), else a new UUID, sent back in `X-Request-Id`. Headers are not
 * logged (tokens), nor queries (signed links), and one-time tokens in paths are masked.
 */
export function requestLog(log: Logger): RequestHandler {
  return pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w.:-]{8,128}$/.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req) => quiet.has(pathOf(req)) },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, path: loggedPath(req.url ?? '') }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
}

/** Times every request into `parley_http_request_duration_seconds`, labelled by the route that matched (not the raw path: ids would explode the series). */
export function requestTiming(metrics: ParleyMetrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpDuration.startTimer();
    res.once('finish', () => {
      const route = req.route?.path as string | undefined;
      const area = req.originalUrl.startsWith('/api/v1/') ? '/api/v1' : '';
      stop({ method: req.method, route: route ? `${area}${route}` : quiet.has(pathOf(req)) ? pathOf(req) : 'other', status: String(res.statusCode) });
    });
    next();
  };
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '').split('?')[0] ?? '';
}

/** The path without its query, one-time tokens (reset and invitation links) masked. */
export function loggedPath(url: string): string {
  return (url.split('?')[0] ?? '')
    .replace(/(\/password-reset\/)[^/]+/, '$1:token')
    .replace(/(\/invitations\/)[^/]+(\/accept)/, '$1:token$2');
}
