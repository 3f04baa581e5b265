import type { Site } from '@parley/shared';
import type { Store } from '../../store/port.js';
import { isWithinHours } from '../routing/business-hours.js';
import { settingsOf } from '../routing/site-settings.js';

/** What the trigger conditions "within business hours" and "agents available" ask. */
export interface Availability {
  withinBusinessHours(site: Site, at: number): boolean | Promise<boolean>;
  agentsAvailable(workspaceId: string): boolean | Promise<boolean>;
}

/**
 * Routing answers both: the site's business hours in its own time zone (routing's site
 * settings; none set: always open), and an agent of the workspace who is online with a
 * console connected (routing's status and presence, the same on every server process).
 */
export function routingAvailability(store: Store): Availability {
  return {
    withinBusinessHours: (site, at) => isWithinHours(settingsOf(site).hours, at),
    agentsAvailable: async (workspaceId) =>
      (await store.routing.listAgentStates(workspaceId)).some((agent) => agent.status === 'online' && agent.connected),
  };
}
