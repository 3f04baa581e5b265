import { ErrorCode, type AgentAccountPatch, type AgentPresence } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { Logger } from '../../logger.js';
import type { AgentRecord, Store } from '../../store/port.js';
import { assertAdmin, type Actor } from '../conversations/conversation-access.js';
import type { DomainEvents } from '../events.js';
import { presence, type RoutingService } from '../routing/routing-service.js';

type AgentActor = Actor & { kind: 'agent' };

/** Most open chats one deactivation hands back to the queue in one go. */
const requeueLimit = 500;

export interface TeamDeps {
  store: Store;
  events: DomainEvents;
  routing: RoutingService;
  log: Logger;
}

/** The people of a workspace: roles, capacity, and whether they may sign in at all. */
export class TeamMembers {
  constructor(private readonly deps: TeamDeps) {}

  /** Every person of the caller's workspace with presence, load, departments and account state. */
  async list(actor: AgentActor): Promise<AgentPresence[]> {
    const { store } = this.deps;
    const [states, records] = await Promise.all([store.routing.listAgentStates(actor.workspaceId), store.accounts.listAgents(actor.workspaceId)]);
    const byId = new Map(records.map((r) => [r.id, r]));
    return states.map((state) => withAccount(presence(state), byId.get(state.id)));
  }

  /**
   * Changes a person's role, capacity or access (admins). Deactivating ends their sessions at
   * once (tokens refused, sockets closed) and hands their open chats back to the queue. The
   * workspace always keeps one active admin: demoting or deactivating the last answers `conflict`.
   */
  async update(actor: AgentActor, agentId: string, patch: AgentAccountPatch): Promise<AgentPresence> {
    assertAdmin(actor);
    const { store, routing } = this.deps;
    const agent = await store.getAgent(agentId);
    if (!agent || agent.workspaceId !== actor.workspaceId) throw notFound('agent');
    const losesAdmin = (patch.role !== undefined && patch.role !== 'admin') || patch.active === false;
    if (agent.role === 'admin' && agent.active !== false && losesAdmin) {
      const admins = (await store.accounts.listAgents(actor.workspaceId)).filter((a) => a.role === 'admin' && a.active !== false);
      if (admins.length <= 1) throw new AppError(ErrorCode.conflict, 'the workspace needs at least one active admin');
    }
    const updated = await store.accounts.updateAgentAccount(agentId, patch);
    if (!updated) throw notFound('agent');
    if (patch.active === false && agent.active !== false) await this.deactivate(actor, updated);
    routing.agentChanged(agentId);
    await routing.drain(actor.workspaceId);
    const state = await store.routing.getAgentState(agentId);
    if (!state) throw notFound('agent');
    return withAccount(presence(state), (await store.getAgent(agentId)) ?? updated);
  }

  private async deactivate(actor: AgentActor, agent: AgentRecord): Promise<void> {
    const { store, routing, events, log } = this.deps;
    await store.accounts.bumpTokenVersion(agent.id);
    // Offline and gone before anything is requeued, so the drain below never picks them again.
    await store.routing.setAgentStatus(agent.id, 'offline');
    await store.routing.setAgentConnected(agent.id, false);
    events.emit('agent:sessions-revoked', { agentId: agent.id, workspaceId: agent.workspaceId, reason: 'deactivated' });
    const open = await store.listConversations({ workspaceId: agent.workspaceId, assigneeId: agent.id, statuses: ['waiting', 'open'], limit: requeueLimit });
    for (const conversation of open) {
      await routing.enqueue(conversation, {}, { actorId: actor.agentId, fromAgentId: agent.id }).catch((err: unknown) => {
        // Closed in the meantime: nothing left to hand back.
        if (!(err instanceof AppError && err.code === ErrorCode.conflict)) log.warn({ err, conversationId: conversation.id }, 'could not requeue a chat');
      });
    }
  }
}

function withAccount(state: AgentPresence, record: AgentRecord | undefined): AgentPresence {
  return { ...state, active: record?.active !== false, avatarUrl: record?.avatarUrl ?? null, language: record?.language ?? null };
}
