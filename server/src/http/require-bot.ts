import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@parley/shared';
import { AppError } from '../app-error.js';
import type { Actor } from '../domain/conversations/conversation-access.js';
import type { BotFeature } from '../domain/bots/bot-feature.js';

/** The bot a request was authenticated as; set by `requireBot`. */
export function botActorOf(res: Response): Actor & { kind: 'bot' } {
  const bot = res.locals.bot as Awaited<ReturnType<BotFeature['authenticate']>>;
  return { kind: 'bot', botId: bot.id, workspaceId: bot.workspaceId, name: bot.name };
}

/** Bearer-token middleware for the bot API: the bot's own token, never an agent's. */
export function requireBot(bots: Pick<BotFeature, 'authenticate'>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const match = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '');
    if (!match) throw new AppError(ErrorCode.unauthorized, 'send Authorization: Bearer <bot token>');
    res.locals.bot = await bots.authenticate(match[1]!);
    next();
  };
}
