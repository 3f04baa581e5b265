import type { NextFunction, Request, Response } from 'express';
import { ErrorCode, type Agent } from '@parley/shared';
import { AppError } from '../app-error.js';
import type { Actor } from '../domain/conversations/conversation-access.js';
import type { AccountsService } from '../domain/accounts/accounts-service.js';

/** The agent a request was authenticated as; set by `requireAgent`. */
export function agentOf(res: Response): Agent {
  return res.locals.agent as Agent;
}

export function agentActor(agent: Agent): Actor & { kind: 'agent' } {
  return { kind: 'agent', agentId: agent.id, workspaceId: agent.workspaceId, name: agent.name, role: agent.role };
}

/** Bearer-token middleware for agent routes: an agent's token or a workspace API key (acting as an admin). */
export function requireAgent(directory: AccountsService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (.+)$/i.exec(header);
    if (!match) throw new AppError(ErrorCode.unauthorized, 'send Authorization: Bearer <token>');
    res.locals.agent = await directory.authenticateBearer(match[1]!);
    next();
  };
}
