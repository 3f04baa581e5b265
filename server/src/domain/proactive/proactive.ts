import type { LiveVisitorPage, Site } from '@parley/shared';
import type { TokenService } from '../../auth/tokens.js';
import type { Store } from '../../store/port.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { AccountsService } from '../accounts/accounts-service.js';
import type { DomainEvents } from '../events.js';
import type { Availability } from './availability.js';
import type { LiveChange, LiveList } from './live-list.js';
import { ProactiveChatService } from './proactive-chat-service.js';
import { siteOfActor, type ProactiveActor } from './site-access.js';
import { TriggerRuleService } from './trigger-rule-service.js';
import { VisitorTrackingService } from './visitor-tracking-service.js';

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

/** Proactive chat's services, wired together, with the live list's sweeper running. */
export interface Proactive {
  live: LiveList;
  rules: TriggerRuleService;
  tracking: VisitorTrackingService;
  chat: ProactiveChatService;
  /** The site, when it belongs to the actor's workspace (`not_found` otherwise): whose live list they may read. */
  siteOf(actor: ProactiveActor, siteId: string): Promise<Site>;
  /** A page of the site's live visitors, for an agent of its workspace (`not_found` otherwise). */
  livePage(actor: ProactiveActor, siteId: string, cursor: string | null, limit: number): Promise<LiveVisitorPage>;
  /** Every change of the live list (other processes' too, when it is shared); returns the unsubscribe. */
  onLiveChange(listener: (change: LiveChange) => void): () => void;
  /** How many visitors are on the site now. */
  liveCount(siteId: string): Promise<number>;
  /** Stops the sweeper; `close()` of the live list is the composition root's, which opened it. */
  stop(): void;
}

/** How often visitors who left or went silent are taken off the live list. */
const sweepEveryMs = 5_000;

/** Builds proactive chat (its plan for a reply to a proactive message is read by intake) and starts the sweeper. */
export function createProactive(deps: ProactiveDeps): Proactive {
  const now = deps.now ?? Date.now;
  const { live } = deps;
  const rules = new TriggerRuleService(deps.store, now);
  const tracking = new VisitorTrackingService({ ...deps, live, rules, now });
  const chat = new ProactiveChatService({ ...deps, live, tracking, now });
  const unsubscribe = chat.subscribe();
  // Every process sweeps; with a shared list, each departure is removed (and reported) once.
  const sweeper = setInterval(() => void live.sweep().catch(() => undefined), sweepEveryMs);
  sweeper.unref();
  return {
    live,
    rules,
    tracking,
    chat,
    siteOf: (actor, siteId) => siteOfActor(deps.store, actor, siteId),
    livePage: async (actor, siteId, cursor, limit) => live.page((await siteOfActor(deps.store, actor, siteId)).id, cursor, limit),
    onLiveChange: (listener) => live.onChange(listener),
    liveCount: (siteId) => live.count(siteId),
    stop() {
      clearInterval(sweeper);
      unsubscribe();
    },
  };
}
