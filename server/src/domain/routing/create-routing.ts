import type {
  AgentPresence,
  AgentStatus,
  Availability,
  Conversation,
  ConversationEvent,
  Department,
  DepartmentInput,
  QueueStatus,
  Site,
  SiteSettingsPatch,
  SupervisionBoard,
} from '@parley/shared';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { DepartmentPatch } from '../../store/routing-port.js';
import type { Actor } from '../conversations/conversation-access.js';
import type { ChangeDetail, DomainEvents } from '../events.js';
import { recordConversationEvents } from './event-recorder.js';
import { PresenceService, type StillConnected } from './presence-service.js';
import { QueueView } from './queue-view.js';
import { RoutingAdmin } from './routing-admin.js';
import { RoutingService, type EnqueueOptions, type RoutingQueue, type TransferTarget } from './routing-service.js';
import { SlaSweeper } from './sla-sweeper.js';
import { supervisionBoard } from './supervision-board.js';
import { VisitorRouting, type BotAnswers } from './visitor-routing.js';

export interface RoutingOptions {
  /** How long an agent whose last console socket closed still counts as connected. */
  agentGraceMs: number;
  /** How often service levels and idle conversations are checked. */
  sweepMs: number;
  now?: () => number;
}

type AgentActor = Actor & { kind: 'agent' };

/** What routing is built on. */
export interface RoutingDeps {
  store: Store;
  events: DomainEvents;
  log: Logger;
  /** Whether a site's first bot answers now (the bots capability decides; the site is open then). */
  botAnswers: BotAnswers;
}

/**
 * The routing capability: who gets which chat. Its parts (the queue, presence, visitor
 * routing, admin settings, the service-level sweep, the event recorder) stay inside this folder;
 * transports and other capabilities call only these methods. Building it starts the sweep;
 * `close()` stops its timers.
 */
export class Routing implements RoutingQueue {
  private readonly service: RoutingService;
  private readonly queue: QueueView;
  private readonly visitors: VisitorRouting;
  private readonly presence: PresenceService;
  private readonly admin: RoutingAdmin;
  private readonly sweeper: SlaSweeper;
  private readonly unrecord: () => void;
  private readonly store: Store;
  private readonly now: () => number;

  constructor(deps: RoutingDeps, options: RoutingOptions) {
    const { store, events, log } = deps;
    const now = options.now ?? Date.now;
    this.store = store;
    this.now = now;
    this.queue = new QueueView(store, events, log, 100, now);
    this.service = new RoutingService(store, events, this.queue, log, now);
    this.visitors = new VisitorRouting(store, deps.botAnswers, now);
    this.presence = new PresenceService(store, events, this.service, log, options.agentGraceMs, now);
    this.admin = new RoutingAdmin(store, this.service, now);
    this.sweeper = new SlaSweeper(store, events, log, options.sweepMs, now);
    this.unrecord = recordConversationEvents(store, events, log, now);
    this.sweeper.start();
  }

  // Other capabilities (accounts, intake, bots' handoffs).

  /** Puts a conversation in the queue (on the transition to "waiting, no assignee") and assigns it when an agent is free. */
  enqueue(conversation: Conversation, options?: EnqueueOptions, detail?: ChangeDetail): Promise<Conversation> {
    return this.service.enqueue(conversation, options, detail);
  }

  /** A bot handed a conversation to people: it joins the queue in the department the bot named. */
  enqueueFromBot(conversation: Conversation, department: string | null): Promise<Conversation | null> {
    return this.service.enqueueFromBot(conversation, department);
  }

  /** A waiting conversation's estimated wait (what the visitor's queue line says), or `null` once someone has it. */
  estimatedWaitMs(conversation: Conversation): Promise<number | null> {
    return this.service.estimatedWaitMs(conversation);
  }

  /** Gives waiting conversations of the workspace to agents with a free slot. */
  drain(workspaceId: string): Promise<void> {
    return this.service.drain(workspaceId);
  }

  /** An agent's status, capacity or access changed: consoles hear it and the queue is tried again. */
  agentChanged(agentId: string): void {
    this.service.agentChanged(agentId);
  }

  // Agents (the console's socket and REST).

  /** An agent's first console socket connected (or one came back within the grace period). */
  agentConnected(agentId: string, workspaceId: string): Promise<void> {
    return this.presence.agentConnected(agentId, workspaceId);
  }

  /** An agent's console socket closed; after the grace period, if no socket of theirs is left, they count as gone. */
  agentDisconnected(agentId: string, stillConnected: StillConnected): void {
    this.presence.agentDisconnected(agentId, stillConnected);
  }

  /** An agent's presence: the status they chose last (kept across reloads) and whether they are connected. */
  agentPresence(agentId: string): Promise<AgentPresence> {
    return this.presence.agent(agentId);
  }

  /** Sets the status an agent chose (online, away…); the queue is tried again when they can take chats. */
  setAgentStatus(agentId: string, workspaceId: string, status: AgentStatus): Promise<AgentPresence> {
    return this.presence.setStatus(agentId, workspaceId, status);
  }

  /** The workspace's agents with their presence and load. */
  agents(actor: AgentActor): Promise<AgentPresence[]> {
    return this.admin.agents(actor);
  }

  /** The workspace's departments. */
  departments(actor: AgentActor): Promise<Department[]> {
    return this.admin.departments(actor);
  }

  /** The workspace's sites, with their routing settings. */
  sites(actor: AgentActor): Promise<Site[]> {
    return this.admin.sites(actor);
  }

  /** Gives a conversation to an agent (supervisors and admins). */
  assign(actor: AgentActor, conversationId: string, agentId: string): Promise<Conversation> {
    return this.service.assign(actor, conversationId, agentId);
  }

  /** Passes a conversation to another agent or department, with a note for them. */
  transfer(actor: AgentActor, conversationId: string, target: TransferTarget, note: string): Promise<Conversation> {
    return this.service.transfer(actor, conversationId, target, note);
  }

  /** Asks a supervisor to take over a conversation, with a note. */
  escalate(actor: AgentActor, conversationId: string, note: string): Promise<Conversation> {
    return this.service.escalate(actor, conversationId, note);
  }

  /** A site with its routing settings in full, defaults filled in (what the settings form loads). */
  siteSettings(actor: AgentActor, siteId: string): Promise<Site> {
    return this.admin.siteSettings(actor, siteId);
  }

  /** Changes some of a site's routing settings (admins): merged over the current ones, validated whole. */
  updateSiteSettings(actor: AgentActor, siteId: string, patch: SiteSettingsPatch): Promise<Site> {
    return this.admin.updateSettings(actor, siteId, patch);
  }

  /** Creates a department (admins). */
  createDepartment(actor: AgentActor, input: DepartmentInput): Promise<Department> {
    return this.admin.createDepartment(actor, input);
  }

  /** Changes a department (admins). */
  updateDepartment(actor: AgentActor, departmentId: string, patch: DepartmentPatch): Promise<Department> {
    return this.admin.updateDepartment(actor, departmentId, patch);
  }

  /** Supervisors and admins: agents' load, the queues and every live chat (supervision-board.ts). */
  board(actor: AgentActor): Promise<SupervisionBoard> {
    return supervisionBoard(this.store, actor, this.now());
  }

  /** A conversation's event log (queued, assigned, transferred…), for agents who may see it. */
  conversationEvents(actor: AgentActor, conversationId: string): Promise<ConversationEvent[]> {
    return this.admin.events(actor, conversationId);
  }

  // Visitors (the widget's socket).

  /** A visitor's socket connected: a pending "missed chat" for them is called off. */
  visitorConnected(visitorId: string): void {
    this.presence.visitorConnected(visitorId);
  }

  /** A visitor's socket closed; one who stays away before anyone answered becomes a missed chat. */
  visitorDisconnected(visitorId: string, siteId: string, stillConnected: StillConnected): Promise<void> {
    return this.presence.visitorDisconnected(visitorId, siteId, stillConnected);
  }

  /** The visitor's place in the queue and the expected wait, or `null` when they are not waiting. */
  queuePlace(visitorId: string): Promise<QueueStatus | null> {
    return this.queue.statusFor(visitorId);
  }

  /** Whether someone answers the visitor now (business hours, agents online, bots first). */
  availability(actor: Actor & { kind: 'visitor' }, departmentId?: string): Promise<Availability> {
    return this.visitors.availability(actor, departmentId);
  }

  /** Stops the sweep, presence's grace timers and the queue's broadcasts, and waits for the work under way. */
  async close(): Promise<void> {
    this.presence.close();
    this.service.close();
    this.unrecord();
    await Promise.all([this.sweeper.stop(), this.queue.close()]);
  }
}
