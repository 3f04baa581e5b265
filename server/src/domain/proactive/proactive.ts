import type { TokenService } from '../../auth/tokens.js';
import type { Store } from '../../store/port.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { AccountsService } from '../accounts/accounts-service.js';
import type { DomainEvents } from '../events.js';
import type { Availability } from './availability.js';
import type { LiveList } from './live-list.js';
import { ProactiveChatService } from './proactive-chat-service.js';
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
  stop(): void;
}

/** How often visitors who left or went silent are taken off the live list. */
const sweepEveryMs = 5_000;

/** Builds proactive chat and hooks it into conversations (how a reply opens one, conversation events). */
export function createProactive(deps: ProactiveDeps): Proactive {
  const now = deps.now ?? Date.now;
  const { live } = deps;
  const rules = new TriggerRuleService(deps.store, now);
  const tracking = new VisitorTrackingService({ ...deps, live, rules, now });
  const chat = new ProactiveChatService({ ...deps, live, tracking, now });
  deps.conversations.useOpeningPlanner((visitor, triggerId) => chat.openingPlan(visitor, triggerId));
  const unsubscribe = chat.subscribe();
  // Every process sweeps; with a shared list, each departure is removed (and reported) once.
  const sweeper = setInterval(() => void live.sweep().catch(() => undefined), sweepEveryMs);
  sweeper.unref();
  return {
    live,
    rules,
    tracking,
    chat,
    stop() {
      clearInterval(sweeper);
      unsubscribe();
    },
  };
}
