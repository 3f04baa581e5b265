import type {
  Announcement,
  announcementInputSchema,
  Conversation,
  ConversationContext,
  LiveVisitorPage,
  PageView,
  PageViewAnswer,
  Ping,
  PingAnswer,
  Site,
  StartChat,
  TriggerRule,
  TriggerRuleFields,
  TriggerStats,
} from '@parley/shared';
import type { z } from 'zod';
import type { TokenService } from '../../auth/tokens.js';
import type { Store } from '../../store/port.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { AccountsService } from '../accounts/accounts-service.js';
import type { DomainEvents } from '../events.js';
import type { Availability } from './availability.js';
import type { LiveChange, LiveList } from './live-list.js';
import type { OpeningPlan } from './opening-plan.js';
import { ProactiveChatService } from './proactive-chat-service.js';
import { siteOfActor, type ProactiveActor } from './site-access.js';
import { TriggerRuleService } from './trigger-rule-service.js';
import { VisitorTrackingService } from './visitor-tracking-service.js';

export type { ProactiveActor } from './site-access.js';

export interface ProactiveDeps {
  store: Store;
  events: DomainEvents;
  directory: AccountsService;
  tokens: TokenService;
  conversations: ConversationService;
  availability: Availability;
  heartbeatSeconds: number;
  /** Who is on the sites now: in this process's memory, or shared through Redis. */
  live: LiveList;
  now?: () => number;
}

/** How often visitors who left or went silent are taken off the live list. */
const sweepEveryMs = 5_000;

/**
 * The proactive capability: live visitors, trigger rules and their funnel, the tracker's page
 * views and pings, agent-started chats, announcements. Its parts stay inside this folder; the
 * transports call only these methods. Building it starts the live list's sweeper; `close()` of
 * the live list is the composition root's, which opened it.
 */
export class Proactive {
  private readonly store: Store;
  private readonly live: LiveList;
  private readonly rules: TriggerRuleService;
  private readonly tracking: VisitorTrackingService;
  private readonly chat: ProactiveChatService;
  private readonly sweeper: ReturnType<typeof setInterval>;
  private readonly unsubscribe: () => void;

  constructor(deps: ProactiveDeps) {
    const now = deps.now ?? Date.now;
    const { live } = deps;
    this.store = deps.store;
    this.live = live;
    this.rules = new TriggerRuleService(deps.store, now);
    this.tracking = new VisitorTrackingService({ ...deps, live, rules: this.rules, now });
    this.chat = new ProactiveChatService({ ...deps, live, tracking: this.tracking, now });
    this.unsubscribe = this.chat.subscribe();
    // Every process sweeps; with a shared list, each departure is removed (and reported) once.
    this.sweeper = setInterval(() => void live.sweep().catch(() => undefined), sweepEveryMs);
    this.sweeper.unref();
  }

  // The live list.

  /** The site, when it belongs to the actor's workspace (`not_found` otherwise): whose live list they may read. */
  siteOf(actor: ProactiveActor, siteId: string): Promise<Site> {
    return siteOfActor(this.store, actor, siteId);
  }

  /** A page of the site's live visitors, for an agent of its workspace (`not_found` otherwise). */
  async livePage(actor: ProactiveActor, siteId: string, cursor: string | null, limit: number): Promise<LiveVisitorPage> {
    return this.live.page((await this.siteOf(actor, siteId)).id, cursor, limit);
  }

  /** Every change of the live list (other processes' too, when it is shared); returns the unsubscribe. */
  onLiveChange(listener: (change: LiveChange) => void): () => void {
    return this.live.onChange(listener);
  }

  /** How many visitors are on the site now. */
  liveCount(siteId: string): Promise<number> {
    return this.live.count(siteId);
  }

  // The tracker (the widget's beacons from the host page).

  /** A page view: the visitor joins or moves on the live list; the answer carries their token, the rules that may fire on the page and their inbox. */
  pageView(site: Site, input: PageView, userAgent: string | undefined): Promise<PageViewAnswer> {
    return this.tracking.pageView(site, input, userAgent);
  }

  /** A ping: the visitor is still there; the answer is their inbox. */
  ping(site: Site, input: Ping): Promise<PingAnswer> {
    return this.tracking.ping(site, input);
  }

  // Trigger rules (agents read them; admins and supervisors change them).

  /** The site's trigger rules. */
  triggerRules(actor: ProactiveActor, siteId: string): Promise<TriggerRule[]> {
    return this.rules.list(actor, siteId);
  }

  /** Adds a trigger rule to the site. */
  createTriggerRule(actor: ProactiveActor, siteId: string, fields: TriggerRuleFields): Promise<TriggerRule> {
    return this.rules.create(actor, siteId, fields);
  }

  /** Replaces a trigger rule's fields. */
  replaceTriggerRule(actor: ProactiveActor, siteId: string, ruleId: string, fields: TriggerRuleFields): Promise<TriggerRule> {
    return this.rules.replace(actor, siteId, ruleId, fields);
  }

  /** Deletes a trigger rule. */
  removeTriggerRule(actor: ProactiveActor, siteId: string, ruleId: string): Promise<void> {
    return this.rules.remove(actor, siteId, ruleId);
  }

  /** Each rule's funnel: shown, opened, replied, goal reached. */
  triggerStats(actor: ProactiveActor, siteId: string): Promise<TriggerStats[]> {
    return this.rules.stats(actor, siteId);
  }

  // Agent-started chats and announcements.

  /** An agent starts a chat with a visitor on the live list. */
  startChat(actor: ProactiveActor, input: StartChat): Promise<Conversation> {
    return this.chat.startChat(actor, input);
  }

  /** What the console shows beside a conversation: the rule that opened it, the visitor's journey, their live row while they are on the site. */
  conversationContext(actor: { workspaceId: string }, conversationId: string): Promise<ConversationContext> {
    return this.chat.context(actor, conversationId);
  }

  /** Sends an announcement to the site's visitors on the live list. */
  announce(actor: ProactiveActor, siteId: string, input: z.output<typeof announcementInputSchema>): Promise<Announcement> {
    return this.chat.announce(actor, siteId, input);
  }

  /** The site's latest announcements (at most 50). */
  announcements(actor: ProactiveActor, siteId: string): Promise<Announcement[]> {
    return this.chat.announcements(actor, siteId);
  }

  // Intake.

  /** How a reply to a proactive message opens (the rule's department, bot, opening line), or `null`. */
  openingPlan(visitor: { siteId: string }, triggerId: string): Promise<OpeningPlan | null> {
    return this.chat.openingPlan(visitor, triggerId);
  }

  /** Stops the sweeper and stops following conversation events. */
  stop(): void {
    clearInterval(this.sweeper);
    this.unsubscribe();
  }
}
