import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode, describeIssues, fieldIssues } from '@parley/shared';
import { z } from 'zod';
import { AppError } from '../app-error.js';
import type { Logger } from '../logger.js';
import { clientErrorOf } from './client-error.js';

/** Parses `value` with `schema`, or throws a `bad_request` AppError naming what is wrong. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError(ErrorCode.badRequest, describeIssues(parsed.error), fieldIssues(parsed.error));
  return parsed.data;
}

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: ErrorCode.notFound, message: 'no such route' } });
};

/** The one Express error handler: AppError to its status, the request's own faults (bad URL escapes, unreadable bodies) to 400/413, else 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (err instanceof AppError) {
      if (err.retryAfterMs !== undefined) res.setHeader('Retry-After', String(Math.max(1, Math.ceil(err.retryAfterMs / 1000))));
      res.status(err.status).json({ error: err.toBody() });
      return;
    }
    const clientError = clientErrorOf(err);
    if (clientError) {
      res.status(clientError.status).json({ error: clientError.body });
      return;
    }
    log.error({ err }, 'unexpected error in an HTTP handler');
    res.status(500).json({ error: { code: ErrorCode.internal, message: 'internal error' } });
  };
}
