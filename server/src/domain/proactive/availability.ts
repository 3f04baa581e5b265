import type { Site } from '@parley/shared';

/**
 * What the trigger conditions "within business hours" and "agents available" ask. Routing
 * (departments, agent status, opening hours) answers it when present; until then
 * `connectedConsoleAvailability` does.
 */
export interface Availability {
  withinBusinessHours(site: Site, at: number): boolean | Promise<boolean>;
  agentsAvailable(workspaceId: string): boolean | Promise<boolean>;
}

/**
 * Availability without routing: no opening hours are configured, so it is always within
 * them; an agent is available when at least one agent of the workspace has the console
 * connected (`connectedAgents` counts their sockets on this process).
 */
export function connectedConsoleAvailability(connectedAgents: (workspaceId: string) => number): Availability {
  return {
    withinBusinessHours: () => true,
    agentsAvailable: (workspaceId) => connectedAgents(workspaceId) > 0,
  };
}
