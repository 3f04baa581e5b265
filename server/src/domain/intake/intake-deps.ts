import type { Actor } from '../conversations/conversation-access.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { DomainEvents } from '../events.js';
import type { OfflineMail } from '../mail/offline-mail.js';
import type { OpeningPlanner } from '../proactive/opening-plan.js';
import type { RoutingService } from '../routing/routing-service.js';
import type { Store } from '../../store/port.js';

/** A visitor, as every intake step sees them. */
export type VisitorActor = Actor & { kind: 'visitor' };

/**
 * Which bot, if any, should hold a site's new conversation: `named` (a proactive rule's bot) while
 * it can answer, else the site's first bot (bots first); `null`: the queue.
 */
export type FirstHolder = (siteId: string, named?: { botId: string; workspaceId: string }) => Promise<string | null>;

/**
 * What the intake steps need, passed in once by the composition root: the capabilities below
 * intake (conversations, routing, proactive's plan, bots' choice) and the store they share.
 */
export interface IntakeDeps {
  store: Store;
  events: DomainEvents;
  conversations: ConversationService;
  routing: RoutingService;
  openingPlan: OpeningPlanner;
  firstHolder: FirstHolder;
  /** Mails the department's agents (else the admins) about a left message; `null`: no mail. */
  offlineMail: OfflineMail | null;
  now: () => number;
}
