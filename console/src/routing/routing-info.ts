import { agentCommand, type AgentPresence, type Department, type Site, type SiteSettings } from '@parley/shared';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { createStore, type Store } from '../state/store.js';

export interface RoutingInfoState {
  /** Settings by site id: service-level targets, alert timings. */
  settings: ReadonlyMap<string, SiteSettings>;
  agents: readonly AgentPresence[];
  departments: readonly Department[];
  /** Each site's name and locale by id: what canned replies fill `{{site.name}}` with and fall back to. */
  sites?: ReadonlyMap<string, Pick<Site, 'name' | 'locale'>>;
}

/**
 * What the console knows of routing: each site's settings, the agents (status, load) and the
 * departments. Read after every (re)connect; agents kept live by `agent:updated`.
 */
export class RoutingInfo {
  readonly state: Store<RoutingInfoState> = createStore<RoutingInfoState>({ settings: new Map(), agents: [], departments: [] });

  constructor(private readonly socket: ConsoleSocket) {}

  async refresh(): Promise<void> {
    const [sites, agents, departments] = await Promise.all([
      agentCommand(this.socket, 'site:list', {}, COMMAND_TIMEOUT_MS),
      agentCommand(this.socket, 'agent:list', {}, COMMAND_TIMEOUT_MS),
      agentCommand(this.socket, 'department:list', {}, COMMAND_TIMEOUT_MS),
    ]);
    this.state.set((current) => ({
      settings: sites.ok ? new Map(sites.data.flatMap((s) => (s.settings ? [[s.id, s.settings] as const] : []))) : current.settings,
      agents: agents.ok ? agents.data : current.agents,
      departments: departments.ok ? departments.data : current.departments,
      sites: sites.ok ? new Map(sites.data.map((s) => [s.id, { name: s.name, locale: s.locale }] as const)) : current.sites,
    }));
  }

  agentUpdated(agent: AgentPresence): void {
    this.state.set((current) => ({
      ...current,
      agents: current.agents.some((a) => a.id === agent.id) ? current.agents.map((a) => (a.id === agent.id ? agent : a)) : [...current.agents, agent],
    }));
  }
}
