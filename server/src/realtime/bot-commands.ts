import { agentHandoffToBotSchema, articleRefSchema, articleSearchSchema, conversationRefSchema, parseMarkdown } from '@parley/shared';
import type { Actor } from '../domain/conversations/conversation-access.js';
import type { BotFeature } from '../domain/bots/bot-feature.js';
import type { KnowledgeService } from '../domain/knowledge/knowledge-service.js';
import { handler, type HandlerContext } from './socket-handler.js';
import { toVisitorConversation } from './visitor-conversation.js';

interface CommandSocket {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** The visitor's bot and self-service commands: "talk to a person", knowledge-base search and articles. */
export function registerVisitorBotCommands(
  socket: CommandSocket,
  actor: Actor & { kind: 'visitor' },
  deps: HandlerContext & { bots: BotFeature; knowledge: KnowledgeService },
): void {
  socket.on(
    'conversation:handoff',
    handler(deps, conversationRefSchema, async ({ conversationId }) =>
      toVisitorConversation(await deps.bots.visitorAsksForPerson(actor, conversationId)),
    ),
  );
  socket.on(
    'kb:search',
    handler(deps, articleSearchSchema, ({ query, locale, limit }) => deps.knowledge.search(actor.workspaceId, query, { locale, limit })),
  );
  socket.on(
    'kb:article',
    handler(deps, articleRefSchema, async ({ articleId }) => {
      const article = await deps.knowledge.get(actor.workspaceId, articleId);
      return { article, blocks: parseMarkdown(article.body) };
    }),
  );
}

/** The agent's handoff of a conversation to a bot. */
export function registerAgentBotCommands(
  socket: CommandSocket,
  actor: Actor & { kind: 'agent' },
  deps: HandlerContext & { bots: BotFeature },
): void {
  socket.on(
    'conversation:handoff',
    handler(deps, agentHandoffToBotSchema, ({ conversationId, botId }) => deps.bots.agentHandsToBot(actor, conversationId, botId)),
  );
}
