import type { z } from 'zod';
import { prechatSubmitSchema, rateSchema, readSchema, typingSchema } from '@parley/shared';
import { agentActorOf, visitorActorOf } from './socket-actors.js';
import type { LiveService, TypingRelay } from '../domain/conversation-live/live-service.js';
import type { AgentNamespace, VisitorNamespace } from './namespaces.js';
import { rooms } from './rooms.js';
import { handler, type HandlerContext } from './socket-handler.js';
import { toVisitorConversation } from './visitor-conversation.js';
import { watchConversationViewers } from './conversation-viewers.js';

export interface LiveHandlerDeps extends HandlerContext {
  live: LiveService;
}

/**
 * The live conversation on both namespaces (issue 13): `typing` and `conversation:read` (hints
 * without an ack: invalid or past their rate, they are dropped silently), `conversation:rate`
 * and `prechat:submit` (commands with an ack), and `conversation:viewers` for agents.
 */
export function setupLiveHandlers(visitors: VisitorNamespace, agents: AgentNamespace, deps: LiveHandlerDeps): () => void {
  const { live } = deps;
  const relay = (r: TypingRelay | null, sender: string) => {
    if (!r) return;
    if (r.toAgents) agents.to(rooms.workspace(r.conversation.workspaceId)).emit('typing', r.toAgents);
    if (r.toVisitor) visitors.to(rooms.visitor(r.conversation.visitorId)).emit('typing', r.toVisitor);
    if (r.toColleagues) agents.to(rooms.conversation(r.conversation.id)).except(sender).emit('typing', r.toColleagues);
  };

  visitors.on('connection', (socket) => {
    const actor = visitorActorOf(socket);
    socket.on('typing', hint(deps, typingSchema, async (input) => relay(await live.typing(actor, input), socket.id)));
    socket.on(
      'conversation:read',
      hint(deps, readSchema, async (input) => {
        const read = await live.read(actor, input);
        if (read) agents.to(rooms.workspace(read.conversation.workspaceId)).emit('conversation:read', read.notice);
      }),
    );
    socket.on('conversation:rate', handler(deps, rateSchema, async (input) => toVisitorConversation(await live.rate(actor, input))));
    socket.on('prechat:submit', handler(deps, prechatSubmitSchema, ({ answers }) => live.submitPrechat(actor, answers)));
  });

  agents.on('connection', (socket) => {
    const actor = agentActorOf(socket);
    socket.on('typing', hint(deps, typingSchema, async (input) => relay(await live.typing(actor, input), socket.id)));
    socket.on(
      'conversation:read',
      hint(deps, readSchema, async (input) => {
        const read = await live.read(actor, input);
        if (!read) return;
        visitors.to(rooms.visitor(read.conversation.visitorId)).emit('conversation:read', read.visitorNotice);
        agents.to(rooms.workspace(read.conversation.workspaceId)).except(socket.id).emit('conversation:read', read.notice);
      }),
    );
  });

  return watchConversationViewers(agents, deps.log);
}

/**
 * An event without an ack: parsed by its schema, dropped silently when invalid (a hint is not
 * worth an error the sender cannot hear), refused while the server drains.
 */
function hint<S extends z.ZodType>(ctx: HandlerContext, schema: S, fn: (input: z.output<S>) => Promise<void>): (...args: unknown[]) => void {
  return (...args: unknown[]) => {
    if (ctx.inflight.draining) return;
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) return;
    fn(parsed.data).catch((err: unknown) => ctx.log.warn({ err }, 'a live-conversation hint failed'));
  };
}
