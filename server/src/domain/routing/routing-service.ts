import { ErrorCode, type Conversation, type SiteSettings } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { AgentRoutingState } from '../../store/routing-port.js';
import { appendNote, appendSystemLine } from '../conversations/append-message.js';
import { appendPresenceLine } from '../conversations/presence-line.js';
import { assertCanSee, assertNoBotHolds, assertNotClosed, assertSupervisor, type Actor } from '../conversations/conversation-access.js';
import type { ChangeDetail, DomainEvents } from '../events.js';
import { hasFreeSlot } from './capacity.js';
import { findDepartment } from './department-lookup.js';
import type { QueueView } from './queue-view.js';
import { settingsOf } from './site-settings.js';
import { selectAgent } from './strategies.js';

export interface EnqueueOptions {
  /** The department whose queue it joins; omitted: the one it has. `null`: any agent. */
  department?: string | null;
  /** Higher is served first; omitted: the one it has (0 for a new conversation). */
  priority?: number;
}

export type TransferTarget = { agentId: string } | { departmentId: string };

/** What other capabilities (accounts, intake) ask of routing; the `Routing` object gives it. */
export type RoutingQueue = Pick<RoutingService, 'enqueue' | 'agentChanged' | 'drain' | 'estimatedWaitMs'>;

/** Longest queue one drain looks at; anything further back waits for the next drain. */
const drainWindow = 1000;
/**
 * What a drain reads first: a freed slot usually goes to one of the oldest few, and reading
 * the whole window on every close costs more than the assignment itself. The rest of the
 * window is read only when this page leaves free slots that its conversations could not use.
 */
const drainFirstPage = 50;
/** Agents' load changes are told to consoles at most this often per agent (a burst of assignments is one update). */
const agentUpdateDelayMs = 50;

/**
 * Who gets which conversation. The pipeline, as small steps: the queue (highest priority, then
 * oldest first), the agents who may take each conversation (its department's members, online,
 * connected, with a free slot), the site's strategy picking one (least busy or round robin), and
 * the store's atomic claim, which checks capacity in the same operation so that several server
 * processes never assign one conversation twice or an agent past their capacity.
 *
 * Assignment runs on the transition to "waiting, no assignee" (`enqueue`) and whenever capacity
 * frees up (`drain`: an agent comes online, a chat closes, a capacity is raised).
 */
export class RoutingService {
  private readonly draining = new Map<string, { again: boolean; done: Promise<void> }>();
  private readonly changedAgents = new Set<string>();
  private agentUpdates: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly queue: QueueView,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    events.on('conversation:updated', ({ conversation, change, detail }) => {
      // A close frees a slot; a pick or a close changes everyone's place in the queue.
      if (change === 'closed') void this.drain(conversation.workspaceId);
      if (change === 'closed' || change === 'assigned') this.queue.changed(conversation.workspaceId);
      // Routing's own closes (idle, missed) tell a bot that held the conversation it is gone, as an agent's close does.
      if (change === 'closed' && conversation.botId && (detail?.reason === 'idle' || detail?.reason === 'missed')) {
        events.emit('bot:released', { conversation, botId: conversation.botId, reason: 'closed' });
      }
    });
    events.on('bot:assigned', ({ conversation, fromAgentId }) => {
      // An agent handed it to a bot: their slot is free for the next waiting chat.
      if (!fromAgentId) return;
      this.agentChanged(fromAgentId);
      void this.drain(conversation.workspaceId);
    });
  }

  /**
   * The one way into the human queue: call it when a conversation becomes "waiting, no
   * assignee" (a visitor's first message, a bot handing over, a transfer to a department). It
   * joins the queue of `department` with `priority` and is assigned at once when an agent is
   * free; otherwise it waits and is assigned the moment capacity frees up.
   * @example await routing.enqueue(conversation, { department: 'billing', priority: 1 });
   */
  async enqueue(conversation: Conversation, options: EnqueueOptions = {}, detail: ChangeDetail = {}): Promise<Conversation> {
    const route = {
      departmentId: options.department !== undefined ? options.department : (conversation.departmentId ?? null),
      priority: options.priority ?? conversation.priority ?? 0,
    };
    const queued = await this.store.routing.enqueue(conversation.id, route, this.now());
    if (!queued) throw new AppError(ErrorCode.conflict, 'conversation is closed');
    this.events.emit('conversation:updated', { conversation: queued, change: 'queued', detail });
    // Someone who held it (a transfer) has a slot back, so drain the whole queue, not just this one.
    if (conversation.assigneeId) this.agentChanged(conversation.assigneeId);
    await this.drain(queued.workspaceId);
    return (await this.store.getConversation(queued.id)) ?? queued;
  }

  /**
   * The wait the queue estimates for a conversation still waiting in it (what the visitor's queue
   * line says), or `null` once someone has it: the one wait-time source the acknowledgement uses too.
   */
  async estimatedWaitMs(conversation: Conversation): Promise<number | null> {
    const status = await this.queue.statusFor(conversation.visitorId);
    return status?.conversationId === conversation.id ? status.estimatedWaitMs : null;
  }

  /**
   * A bot hands a conversation to people (the bots' `enqueue` dependency): it joins the queue of
   * the department the bot named, by id or by name. No department, or one the workspace does
   * not have: the department it already had (a pre-chat choice or a page rule).
   * @example new BotFeature({ ...deps, enqueue: (c, department) => routing.enqueueFromBot(c, department) });
   */
  async enqueueFromBot(conversation: Conversation, department: string | null): Promise<Conversation | null> {
    const named = department ? await findDepartment(this.store, conversation.workspaceId, department) : null;
    if (department && !named) this.log.warn({ conversationId: conversation.id, department }, 'a bot named a department the workspace does not have');
    return this.enqueue(conversation, named ? { department: named.id } : {}).catch((err: unknown) => {
      // Closed since the bot let go of it: there is nothing left to queue, and the handoff stands.
      if (err instanceof AppError && err.code === ErrorCode.conflict) return null;
      throw err;
    });
  }

  /**
   * Assigns what the free agents can take, oldest first. Runs once at a time per workspace in
   * this process; a call while one runs makes it go round again instead of starting a second.
   */
  drain(workspaceId: string): Promise<void> {
    const running = this.draining.get(workspaceId);
    if (running) {
      running.again = true;
      return running.done;
    }
    const state = { again: true, done: Promise.resolve() };
    state.done = (async () => {
      try {
        while (state.again) {
          state.again = false;
          await this.drainOnce(workspaceId);
        }
      } catch (err) {
        this.log.error({ err, workspaceId }, 'routing drain failed');
      } finally {
        this.draining.delete(workspaceId);
        this.queue.changed(workspaceId);
      }
    })();
    this.draining.set(workspaceId, state);
    return state.done;
  }

  /** Supervisors and admins: give a conversation to an agent, whoever has it now (capacity not checked). */
  async assign(actor: Actor & { kind: 'agent' }, conversationId: string, agentId: string): Promise<Conversation> {
    assertSupervisor(actor);
    const conversation = assertNoBotHolds(assertCanSee(actor, await this.store.getConversation(conversationId)));
    assertNotClosed(conversation);
    const target = await this.agentInWorkspace(actor.workspaceId, agentId);
    return this.handTo(conversation, target, { by: 'supervisor', actorId: actor.agentId, fromAgentId: conversation.assigneeId });
  }

  /**
   * Hands a conversation to another agent, or to a department's queue. The note is an internal
   * message the receiver reads; the visitor reads a system line that someone else takes over.
   * Its assignee, a supervisor or an admin may transfer; anyone may while nobody has it.
   */
  async transfer(actor: Actor & { kind: 'agent' }, conversationId: string, target: TransferTarget, note: string): Promise<Conversation> {
    const conversation = assertNoBotHolds(assertCanSee(actor, await this.store.getConversation(conversationId)));
    assertNotClosed(conversation);
    if (conversation.assigneeId && conversation.assigneeId !== actor.agentId) assertSupervisor(actor);
    const detail: ChangeDetail = { by: 'transfer', actorId: actor.agentId, fromAgentId: conversation.assigneeId, fromDepartmentId: conversation.departmentId ?? null };
    if ('agentId' in target) {
      const agent = await this.agentInWorkspace(actor.workspaceId, target.agentId);
      await this.note(actor, conversation, note);
      return this.handTo(conversation, agent, detail);
    }
    const department = await this.store.routing.getDepartment(target.departmentId);
    if (!department || department.workspaceId !== actor.workspaceId) throw notFound('department');
    await this.note(actor, conversation, note);
    await appendSystemLine(this.store, this.events, conversation, { key: 'system.transfer.team', params: { team: department.name } }, this.now());
    this.events.emit('conversation:updated', { conversation, change: 'transferred', detail: { ...detail, toDepartmentId: department.id } });
    return this.enqueue(conversation, { department: department.id }, detail);
  }

  /** Tier 1 -> tier 2: to the department the conversation's department escalates to, served first. */
  async escalate(actor: Actor & { kind: 'agent' }, conversationId: string, note: string): Promise<Conversation> {
    const conversation = assertNoBotHolds(assertCanSee(actor, await this.store.getConversation(conversationId)));
    assertNotClosed(conversation);
    if (conversation.assigneeId && conversation.assigneeId !== actor.agentId) assertSupervisor(actor);
    const from = conversation.departmentId ? await this.store.routing.getDepartment(conversation.departmentId) : null;
    const to = from?.escalatesToId ? await this.store.routing.getDepartment(from.escalatesToId) : null;
    if (!from || !to) throw new AppError(ErrorCode.conflict, 'this conversation has no department to escalate to');
    const detail: ChangeDetail = {
      by: 'transfer',
      actorId: actor.agentId,
      fromAgentId: conversation.assigneeId,
      fromDepartmentId: from.id,
      toDepartmentId: to.id,
      escalated: true,
    };
    await this.note(actor, conversation, note);
    await appendSystemLine(this.store, this.events, conversation, { key: 'system.transfer.team', params: { team: to.name } }, this.now());
    this.events.emit('conversation:updated', { conversation, change: 'transferred', detail });
    return this.enqueue(conversation, { department: to.id, priority: Math.max(1, (conversation.priority ?? 0) + 1) }, detail);
  }

  /** An agent's status, connection or load changed: tell the consoles, soon (changes close together are one update). */
  agentChanged(agentId: string): void {
    this.changedAgents.add(agentId);
    this.agentUpdates ??= setTimeout(() => this.publishAgentChanges(), agentUpdateDelayMs);
    this.agentUpdates.unref?.();
  }

  /** Stops the pending agent updates (shutdown). */
  close(): void {
    if (this.agentUpdates) clearTimeout(this.agentUpdates);
    this.agentUpdates = null;
    this.changedAgents.clear();
  }

  private publishAgentChanges(): void {
    this.agentUpdates = null;
    const ids = [...this.changedAgents];
    this.changedAgents.clear();
    for (const agentId of ids) {
      this.store.routing.getAgentState(agentId).then(
        (state) => state && this.events.emit('agent:updated', { agent: presence(state) }),
        (err: unknown) => this.log.warn({ err, agentId }, 'could not read an agent for an update'),
      );
    }
  }

  private async handTo(conversation: Conversation, agent: AgentRoutingState, detail: ChangeDetail): Promise<Conversation> {
    const assigned = await this.store.routing.reassign(conversation.id, agent.id, this.now());
    if (!assigned) throw new AppError(ErrorCode.conflict, 'conversation is closed');
    if (conversation.assigneeId !== agent.id) {
      await appendSystemLine(this.store, this.events, assigned, { key: 'system.transfer.agent', params: { name: agent.name } }, this.now());
    }
    this.events.emit('conversation:updated', { conversation: assigned, change: detail.by === 'transfer' ? 'transferred' : 'assigned', detail });
    if (detail.by === 'transfer') this.events.emit('conversation:updated', { conversation: assigned, change: 'assigned', detail });
    this.agentChanged(agent.id);
    if (conversation.assigneeId && conversation.assigneeId !== agent.id) {
      this.agentChanged(conversation.assigneeId);
      void this.drain(conversation.workspaceId);
    }
    return assigned;
  }

  private async note(actor: Actor & { kind: 'agent' }, conversation: Conversation, text: string): Promise<void> {
    if (!text) return;
    await appendNote(this.store, this.events, conversation.id, { type: 'agent', id: actor.agentId, name: actor.name }, text, this.now());
  }

  private async agentInWorkspace(workspaceId: string, agentId: string): Promise<AgentRoutingState> {
    const agent = await this.store.routing.getAgentState(agentId);
    if (!agent || agent.workspaceId !== workspaceId) throw notFound('agent');
    // Someone whose access was removed can take no chat, not even by a supervisor's hand.
    if ((await this.store.getAgent(agentId))?.active === false) throw new AppError(ErrorCode.conflict, 'this person’s access was removed');
    return agent;
  }

  private async drainOnce(workspaceId: string): Promise<void> {
    const first = await this.store.routing.listQueue(workspaceId, drainFirstPage);
    if (!first.length) return;
    const agents = (await this.store.routing.listAgentStates(workspaceId)).filter((a) => a.status === 'online' && a.connected);
    if (!agents.length) return;
    const pass = { agents, settings: new Map<string, SiteSettings>(), tried: new Set<string>() };
    if ((await this.assignFrom(first, pass)) === 'full' || first.length < drainFirstPage) return;
    await this.assignFrom(await this.store.routing.listQueue(workspaceId, drainWindow), pass);
  }

  /** Offers each waiting conversation not yet tried in this pass to the agents; stops when nobody has room. */
  private async assignFrom(
    waiting: Conversation[],
    pass: { agents: AgentRoutingState[]; settings: Map<string, SiteSettings>; tried: Set<string> },
  ): Promise<'full' | 'room left'> {
    for (const conversation of waiting) {
      if (pass.tried.has(conversation.id)) continue;
      pass.tried.add(conversation.id);
      let site = pass.settings.get(conversation.siteId);
      if (!site) {
        const found = await this.store.getSite(conversation.siteId);
        site = found ? settingsOf(found) : settingsOf({});
        pass.settings.set(conversation.siteId, site);
      }
      await this.assignOne(conversation, pass.agents, site);
      if (!pass.agents.some((a) => hasFreeSlot(a, site.defaultCapacity))) return 'full';
    }
    return 'room left';
  }

  /** Tries the strategy's choices in turn until a claim sticks or nobody can take it. */
  private async assignOne(conversation: Conversation, agents: AgentRoutingState[], site: SiteSettings): Promise<void> {
    let candidates = agents.filter(
      (a) => (!conversation.departmentId || a.departmentIds.includes(conversation.departmentId)) && hasFreeSlot(a, site.defaultCapacity),
    );
    while (candidates.length) {
      const pick = selectAgent(site.strategy, candidates);
      const agent = agents.find((a) => a.id === pick?.id);
      if (!agent) return;
      const at = this.now();
      const claimed = await this.store.routing.claim(conversation.id, agent.id, at, { defaultCapacity: site.defaultCapacity });
      if (claimed) {
        agent.activeChats++;
        agent.lastAssignedAt = at;
        this.events.emit('conversation:updated', { conversation: claimed, change: 'assigned', detail: { by: 'auto' } });
        this.agentChanged(agent.id);
        await appendPresenceLine(this.store, this.events, claimed, 'system.joined', agent.name, at);
        return;
      }
      // Taken by another process, or this agent filled up there: look again before moving on.
      const fresh = await this.store.getConversation(conversation.id);
      if (!fresh || fresh.status !== 'waiting' || fresh.assigneeId) return;
      const state = await this.store.routing.getAgentState(agent.id);
      agent.activeChats = state?.activeChats ?? Number.MAX_SAFE_INTEGER;
      candidates = candidates.filter((c) => c.id !== agent.id && hasFreeSlot(c, site.defaultCapacity));
    }
  }
}

/** What consoles see of an agent's routing state. */
export function presence(state: AgentRoutingState): Omit<AgentRoutingState, 'lastAssignedAt'> {
  const { lastAssignedAt: _turn, ...rest } = state;
  return rest;
}
