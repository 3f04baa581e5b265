import {
  ErrorCode,
  type ReportAgents,
  type ReportDepartments,
  type ReportHeatmap,
  type ReportOverview,
  type ReportQuery,
  type ReportRange,
} from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { ReportFact } from '../../store/reports-port.js';
import type { DomainEvents } from '../events.js';
import { assertSupervisor, type Actor } from '../conversations/conversation-access.js';
import { settingsOf } from '../routing/site-settings.js';
import { agentRows } from './agent-rows.js';
import { recordAgentStatus } from './agent-status-recorder.js';
import { departmentRows } from './department-rows.js';
import { heatmapCells } from './heatmap-cells.js';
import { overviewFigures, type DayRange, type TargetsBySite } from './overview-figures.js';
import { addDays, dayStart, daysBetween } from './zoned-time.js';

export interface ReportsDeps {
  store: Store;
  events: DomainEvents;
  log: Logger;
  now?: () => number;
}

/** A resolved query: its days, their instants, and the store's filters. */
interface Period {
  days: DayRange;
  from: number;
  to: number;
  range: ReportRange;
}

/**
 * Reports (issue 15): how fast, how well and how much, for supervisors and admins of one
 * workspace. Conversations are those created in the range (days in its time zone); their
 * facts come folded from the event log by the store, and the figures are worked out here.
 */
export class Reports {
  private readonly store: Store;
  private readonly now: () => number;
  private readonly unrecord: () => void;

  constructor(deps: ReportsDeps) {
    this.store = deps.store;
    this.now = deps.now ?? Date.now;
    this.unrecord = recordAgentStatus(deps.store, deps.events, deps.log, this.now);
  }

  /** Stops recording agents' status changes. */
  close(): void {
    this.unrecord();
  }

  /** The overview of the range and, under `previous`, of as many days just before it. */
  async overview(actor: Actor, query: ReportQuery): Promise<ReportOverview> {
    const { workspaceId, period } = await this.open(actor, query);
    const length = daysBetween(period.days.from, period.days.to) + 1;
    const before = this.period({ ...period.days, from: addDays(period.days.from, -length), to: addDays(period.days.from, -1) });
    const targets = await this.targets(workspaceId);
    const [facts, previousFacts] = await Promise.all([this.facts(workspaceId, period, query), this.facts(workspaceId, before, query)]);
    return {
      ...overviewFigures(facts, period.range, period.days, targets),
      previous: overviewFigures(previousFacts, before.range, before.days, targets),
    };
  }

  /** New conversations and waits by local weekday × hour. */
  async heatmap(actor: Actor, query: ReportQuery): Promise<ReportHeatmap> {
    const { workspaceId, period } = await this.open(actor, query);
    return { range: period.range, cells: heatmapCells(await this.facts(workspaceId, period, query), period.days.timeZone) };
  }

  /** One row per agent of the workspace (only the filtered one with `agent`). */
  async agents(actor: Actor, query: ReportQuery): Promise<ReportAgents> {
    const { workspaceId, period } = await this.open(actor, query);
    const [states, sites, facts, changes] = await Promise.all([
      this.store.routing.listAgentStates(workspaceId),
      this.store.listSites(workspaceId),
      this.facts(workspaceId, period, query),
      this.store.reports.agentStatusChanges(workspaceId, period.from, period.to),
    ]);
    const siteDefault = sites[0] ? settingsOf(sites[0]).defaultCapacity : settingsOf({}).defaultCapacity;
    const agents = states
      .filter((a) => !query.agent || a.id === query.agent)
      .map((a) => ({ id: a.id, name: a.name, capacity: a.capacity > 0 ? a.capacity : siteDefault }));
    const until = Math.min(period.to, this.now());
    return { range: period.range, agents: agentRows(agents, facts, changes, period.from, until) };
  }

  /** One row per department of the workspace (only the filtered one with `department`). */
  async departments(actor: Actor, query: ReportQuery): Promise<ReportDepartments> {
    const { workspaceId, period } = await this.open(actor, query);
    const [departments, facts] = await Promise.all([this.store.routing.listDepartments(workspaceId), this.facts(workspaceId, period, query)]);
    const shown = departments.filter((d) => !query.department || d.id === query.department);
    return { range: period.range, departments: departmentRows(shown, facts) };
  }

  private async open(actor: Actor, query: ReportQuery): Promise<{ workspaceId: string; period: Period }> {
    assertSupervisor(actor);
    const timeZone = query.timeZone ?? (await this.workspaceTimeZone(actor.workspaceId));
    return { workspaceId: actor.workspaceId, period: this.period({ from: query.from, to: query.to, timeZone }) };
  }

  private period(days: DayRange): Period {
    const from = dayStart(days.from, days.timeZone);
    const to = dayStart(addDays(days.to, 1), days.timeZone);
    return { days, from, to, range: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), timeZone: days.timeZone } };
  }

  /** The zone of the first site's opening hours, else UTC: a workspace has no zone of its own yet. */
  private async workspaceTimeZone(workspaceId: string): Promise<string> {
    const sites = await this.store.listSites(workspaceId);
    for (const site of sites) {
      const zone = settingsOf(site).hours?.timeZone;
      if (zone) return zone;
    }
    return 'UTC';
  }

  private async targets(workspaceId: string): Promise<TargetsBySite> {
    const sites = await this.store.listSites(workspaceId);
    return new Map(sites.map((s) => [s.id, settingsOf(s)]));
  }

  private facts(workspaceId: string, period: Period, query: ReportQuery): Promise<ReportFact[]> {
    return this.store.reports.reportFacts({
      workspaceId,
      from: period.from,
      to: period.to,
      ...(query.site ? { siteId: query.site } : {}),
      ...(query.department ? { departmentId: query.department } : {}),
      ...(query.agent ? { agentId: query.agent } : {}),
      ...(query.tag ? { tagId: query.tag } : {}),
    });
  }
}
