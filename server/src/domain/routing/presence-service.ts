import type { AgentPresence, AgentStatus } from '@parley/shared';
import { notFound } from '../../app-error.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { DomainEvents } from '../events.js';
import { presence, type RoutingService } from './routing-service.js';
import { settingsOf } from './site-settings.js';

/** Asks every server process whether a room still has a socket (the realtime layer answers). */
export type StillConnected = () => Promise<boolean>;

/**
 * Who is there. An agent's status is what they chose (kept in the store, so a reload changes
 * nothing); they count as connected from their first socket until the grace period after
 * their last one closes, so a reload or a network blip inside it changes nothing either.
 * A visitor who leaves before anyone answered, and stays away `missedAfterSeconds`, is a missed chat.
 */
export class PresenceService {
  private readonly agentTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly visitorTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly routing: RoutingService,
    private readonly log: Logger,
    private readonly agentGraceMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The agent's routing state (status, connection, load) as the console shows it. */
  async agent(agentId: string): Promise<AgentPresence> {
    const state = await this.store.routing.getAgentState(agentId);
    if (!state) throw notFound('agent');
    return presence(state);
  }

  async setStatus(agentId: string, workspaceId: string, status: AgentStatus): Promise<AgentPresence> {
    await this.store.routing.setAgentStatus(agentId, status);
    const agent = await this.agent(agentId);
    this.events.emit('agent:updated', { agent });
    if (status === 'online') await this.routing.drain(workspaceId);
    return agent;
  }

  /** A console socket connected: cancels a pending "gone", and an agent back online gets chats. */
  async agentConnected(agentId: string, workspaceId: string): Promise<void> {
    clearTimeout(this.agentTimers.get(agentId));
    this.agentTimers.delete(agentId);
    const state = await this.store.routing.getAgentState(agentId);
    if (!state || state.connected) return;
    await this.store.routing.setAgentConnected(agentId, true);
    this.routing.agentChanged(agentId);
    if (state.status === 'online') await this.routing.drain(workspaceId);
  }

  /** A console socket closed: after the grace period, if no socket of theirs is left anywhere, they are gone. */
  agentDisconnected(agentId: string, stillConnected: StillConnected): void {
    clearTimeout(this.agentTimers.get(agentId));
    const timer = setTimeout(() => {
      this.agentTimers.delete(agentId);
      void (async () => {
        if (await stillConnected()) return;
        await this.store.routing.setAgentConnected(agentId, false);
        this.routing.agentChanged(agentId);
      })().catch((err: unknown) => this.log.warn({ err, agentId }, 'could not mark an agent gone'));
    }, this.agentGraceMs);
    timer.unref?.();
    this.agentTimers.set(agentId, timer);
  }

  visitorConnected(visitorId: string): void {
    clearTimeout(this.visitorTimers.get(visitorId));
    this.visitorTimers.delete(visitorId);
  }

  /** The visitor's last tab closed: if nobody has answered them yet, wait and see whether they come back. */
  async visitorDisconnected(visitorId: string, siteId: string, stillConnected: StillConnected): Promise<void> {
    const conversation = await this.store.getLatestConversationForVisitor(visitorId);
    if (!conversation || conversation.status === 'closed' || conversation.offline || conversation.firstResponseAt) return;
    const site = await this.store.getSite(siteId);
    const graceMs = settingsOf(site ?? {}).missedAfterSeconds * 1000;
    clearTimeout(this.visitorTimers.get(visitorId));
    const timer = setTimeout(() => {
      this.visitorTimers.delete(visitorId);
      void this.markMissed(conversation.id, stillConnected).catch((err: unknown) =>
        this.log.warn({ err, visitorId }, 'could not record a missed chat'),
      );
    }, graceMs);
    timer.unref?.();
    this.visitorTimers.set(visitorId, timer);
  }

  close(): void {
    for (const timer of [...this.agentTimers.values(), ...this.visitorTimers.values()]) clearTimeout(timer);
    this.agentTimers.clear();
    this.visitorTimers.clear();
  }

  private async markMissed(conversationId: string, stillConnected: StillConnected): Promise<void> {
    if (await stillConnected()) return;
    const current = await this.store.getConversation(conversationId);
    if (!current || current.status === 'closed' || current.firstResponseAt) return;
    const missed = await this.store.routing.closeAsMissed(conversationId, this.now());
    if (!missed) return;
    this.events.emit('conversation:updated', { conversation: missed, change: 'closed', detail: { reason: 'missed' } });
    if (current.assigneeId) this.routing.agentChanged(current.assigneeId);
  }
}
