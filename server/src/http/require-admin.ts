import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@parley/shared';
import { AppError } from '../app-error.js';
import { agentOf } from './require-agent.js';

/** After `requireAgent`: only admins may change bots and articles. */
export function requireAdmin(_req: Request, res: Response, next: NextFunction): void {
  if (agentOf(res).role !== 'admin') throw new AppError(ErrorCode.forbidden, 'only an admin can do this');
  next();
}
