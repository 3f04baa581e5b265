import {
  ErrorCode,
  type ReportAgents,
  type ReportDepartments,
  type ReportHeatmap,
  type ReportOverview,
  type ReportQuery,
  type ReportRange,
  type Site,
} from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { ReportFactQuery, ReportGrouping, ReportGroupFigures, SiteTargets } from '../../store/reports-port.js';
import type { DomainEvents } from '../events.js';
import { assertSupervisor, type Actor } from '../conversations/conversation-access.js';
import { settingsOf } from '../routing/site-settings.js';
import { agentRows } from './agent-rows.js';
import { recordAgentStatus } from './agent-status-recorder.js';
import { departmentRows } from './department-rows.js';
import { heatmapCells } from './heatmap-cells.js';
import { onlineIntervals } from './online-time.js';
import { overviewFigures, type DayRange, type OverviewParts } from './overview-figures.js';
import { addDays, dayStart, daysBetween, zoneOffsets } from './zoned-time.js';

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
    const sites = await this.store.listSites(workspaceId);
    const targets = siteTargets(sites);
    const siteIds = query.site ? sites.filter((s) => s.id === query.site).map((s) => s.id) : sites.map((s) => s.id);
    const parts = async (p: Period): Promise<OverviewParts> => {
      const [all, byDay, comments, proactive] = await Promise.all([
        this.groups(workspaceId, p, query, 'all', targets),
        this.store.reports.dayCounts(this.factQuery(workspaceId, p, query), zoneOffsets(p.days.timeZone, p.from, p.to)),
        this.store.reports.latestRatingComments(this.factQuery(workspaceId, p, query), latestComments),
        this.store.reports.proactiveCounts(siteIds, p.from, p.to),
      ]);
      return { all: all[0], byDay, comments, proactive };
    };
    const [now, previous] = await Promise.all([parts(period), parts(before)]);
    return { ...overviewFigures(now, period.range, period.days), previous: overviewFigures(previous, before.range, before.days) };
  }

  /** New conversations and waits by local weekday × hour. */
  async heatmap(actor: Actor, query: ReportQuery): Promise<ReportHeatmap> {
    const { workspaceId, period } = await this.open(actor, query);
    return { range: period.range, cells: heatmapCells(await this.groups(workspaceId, period, query, 'hourOfWeek', [])) };
  }

  /** One row per agent of the workspace (only the filtered one with `agent`). */
  async agents(actor: Actor, query: ReportQuery): Promise<ReportAgents> {
    const { workspaceId, period } = await this.open(actor, query);
    const [states, sites, groups, changes] = await Promise.all([
      this.store.routing.listAgentStates(workspaceId),
      this.store.listSites(workspaceId),
      this.groups(workspaceId, period, query, 'agent', []),
      this.store.reports.agentStatusChanges(workspaceId, period.from, period.to),
    ]);
    const siteDefault = sites[0] ? settingsOf(sites[0]).defaultCapacity : settingsOf({}).defaultCapacity;
    const agents = states
      .filter((a) => !query.agent || a.id === query.agent)
      .map((a) => ({ id: a.id, name: a.name, capacity: a.capacity > 0 ? a.capacity : siteDefault }));
    const until = Math.min(period.to, this.now());
    const online = new Map(
      agents.map((a) => [
        a.id,
        onlineIntervals(
          changes.filter((c) => c.agentId === a.id),
          period.from,
          until,
        ),
      ]),
    );
    const intervals = [...online].flatMap(([agentId, list]) => list.map(([from, to]) => ({ agentId, from, to })));
    const chat = intervals.length === 0 ? [] : await this.store.reports.agentChatMs(this.factQuery(workspaceId, period, query), intervals, until);
    return { range: period.range, agents: agentRows(agents, groups, online, new Map(chat.map((c) => [c.agentId, c.chatMs]))) };
  }

  /** One row per department of the workspace (only the filtered one with `department`). */
  async departments(actor: Actor, query: ReportQuery): Promise<ReportDepartments> {
    const { workspaceId, period } = await this.open(actor, query);
    const [departments, groups] = await Promise.all([
      this.store.routing.listDepartments(workspaceId),
      this.groups(workspaceId, period, query, 'department', []),
    ]);
    const shown = departments.filter((d) => !query.department || d.id === query.department);
    return { range: period.range, departments: departmentRows(shown, groups) };
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

  private groups(workspaceId: string, period: Period, query: ReportQuery, groupBy: ReportGrouping, targets: SiteTargets[]): Promise<ReportGroupFigures[]> {
    const zone = groupBy === 'hourOfWeek' ? zoneOffsets(period.days.timeZone, period.from, period.to) : [];
    return this.store.reports.reportGroups({ ...this.factQuery(workspaceId, period, query), groupBy, zone, targets });
  }

  private factQuery(workspaceId: string, period: Period, query: ReportQuery): ReportFactQuery {
    return {
      workspaceId,
      from: period.from,
      to: period.to,
      ...(query.site ? { siteId: query.site } : {}),
      ...(query.department ? { departmentId: query.department } : {}),
      ...(query.agent ? { agentId: query.agent } : {}),
      ...(query.tag ? { tagId: query.tag } : {}),
    };
  }
}

const latestComments = 5;

/** Each site's service-level targets in milliseconds (0: off). */
function siteTargets(sites: readonly Site[]): SiteTargets[] {
  return sites.map((s) => {
    const t = settingsOf(s);
    return { siteId: s.id, firstResponseMs: t.firstResponseTargetSeconds * 1000, resolutionMs: t.resolutionTargetSeconds * 1000 };
  });
}
