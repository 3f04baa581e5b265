import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { DomainEvents } from '../events.js';
import { recordConversationEvents } from './event-recorder.js';
import { PresenceService } from './presence-service.js';
import { QueueView } from './queue-view.js';
import { RoutingAdmin } from './routing-admin.js';
import { RoutingService } from './routing-service.js';
import { SlaSweeper } from './sla-sweeper.js';
import { VisitorRouting, type BotAnswers } from './visitor-routing.js';

export interface RoutingOptions {
  /** How long an agent whose last console socket closed still counts as connected. */
  agentGraceMs: number;
  /** How often service levels and idle conversations are checked. */
  sweepMs: number;
  now?: () => number;
}

/** What routing is built on. */
export interface RoutingDeps {
  store: Store;
  events: DomainEvents;
  log: Logger;
  /** Whether a site's first bot answers now (the bots capability decides; the site is open then). */
  botAnswers: BotAnswers;
}

/** Routing's services, wired together; `close()` stops their timers and waits for the work under way. */
export interface Routing {
  service: RoutingService;
  queue: QueueView;
  visitors: VisitorRouting;
  presence: PresenceService;
  admin: RoutingAdmin;
  sweeper: SlaSweeper;
  close(): Promise<void>;
}

/** Builds routing on a store and the domain events; starts the service-level sweep. */
export function createRouting(deps: RoutingDeps, options: RoutingOptions): Routing {
  const { store, events, log } = deps;
  const now = options.now ?? Date.now;
  const queue = new QueueView(store, events, log, 100, now);
  const service = new RoutingService(store, events, queue, log, now);
  const visitors = new VisitorRouting(store, deps.botAnswers, now);
  const presence = new PresenceService(store, events, service, log, options.agentGraceMs, now);
  const admin = new RoutingAdmin(store, service, now);
  const sweeper = new SlaSweeper(store, events, log, options.sweepMs, now);
  const unrecord = recordConversationEvents(store, events, log, now);
  sweeper.start();
  return {
    service,
    queue,
    visitors,
    presence,
    admin,
    sweeper,
    async close() {
      presence.close();
      service.close();
      unrecord();
      await Promise.all([sweeper.stop(), queue.close()]);
    },
  };
}
