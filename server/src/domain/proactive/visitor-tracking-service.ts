import { settingsOf } from '../routing/site-settings.js';
import {
  ErrorCode,
  goalWindowMs,
  matchesText,
  selectRulesForPage,
  toClientRule,
  type PageContext,
  type PageView,
  type PageViewAnswer,
  type Ping,
  type PingAnswer,
  type Site,
  type TriggerEventKind,
  type TriggerRule,
  type Visitor,
} from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { TokenService } from '../../auth/tokens.js';
import type { Store } from '../../store/port.js';
import type { AccountsService } from '../accounts/accounts-service.js';
import type { Availability } from './availability.js';
import { withRow, type LiveEntry } from './live-entry.js';
import type { LiveList } from './live-list.js';
import type { TriggerRuleService } from './trigger-rule-service.js';
import { describeUserAgent } from './user-agent.js';

export interface TrackingDeps {
  store: Store;
  directory: AccountsService;
  tokens: TokenService;
  live: LiveList;
  rules: TriggerRuleService;
  availability: Availability;
  /** How often a visible tab pings (seconds). */
  heartbeatSeconds: number;
  now?: () => number;
}

/**
 * The widget's tracker, server side: a page view updates the live list and answers the rules
 * that may fire on that page (server-side conditions, capping and availability settled here,
 * timing left to the widget); a ping keeps the visitor live and carries trigger events,
 * `track` and `identify` calls. Both hand back what waits in the visitor's inbox.
 */
export class VisitorTrackingService {
  private readonly now: () => number;

  constructor(private readonly deps: TrackingDeps) {
    this.now = deps.now ?? Date.now;
  }

  async pageView(site: Site, input: PageView, userAgent: string | undefined): Promise<PageViewAnswer> {
    const { store, live } = this.deps;
    const { visitor, token } = await this.resolve(site, input.token);
    const at = this.now();
    const known = await live.get(site.id, visitor.id);
    const history = known ? known.history : await store.proactive.listTriggerHistory(visitor.id, 0);
    const conversationId = known ? known.row.conversationId : await this.activeConversation(visitor.id);
    const { device, browser } = describeUserAgent(userAgent);
    // Returning: the visitor existed before this visit began.
    const returning = visitor.createdAt < Math.min(input.visitStartedAt, at) - 60_000;
    let entry = await live.pageView({
      siteId: site.id,
      workspaceId: site.workspaceId,
      visitorId: visitor.id,
      session: input.session,
      visitStartedAt: input.visitStartedAt,
      pages: input.pages,
      url: input.url,
      title: input.title,
      referrer: input.referrer || null,
      returning,
      device,
      browser,
      language: input.language,
      name: known?.row.name ?? visitor.name,
      email: known?.row.email ?? visitor.email,
      conversationId,
      history,
    });
    const rules = await this.deps.rules.forSite(site.id);
    entry = await this.reachGoals(entry, rules, { url: input.url });
    if (conversationId) await store.proactive.saveConversationContext(conversationId, { journey: entry.journey });

    const page: PageContext = {
      url: input.url,
      referrer: input.referrer || null,
      pagesViewed: input.pages,
      returning,
      device,
      language: input.language,
      withinBusinessHours: await this.deps.availability.withinBusinessHours(site, at),
      agentsAvailable: await this.deps.availability.agentsAvailable(site.workspaceId),
      chatting: conversationId !== null,
    };
    const selected = selectRulesForPage(rules, page, entry.history, input.session, at);
    return {
      token,
      visitorId: visitor.id,
      rules: selected.map(toClientRule),
      heartbeatSeconds: this.deps.heartbeatSeconds,
      inbox: await live.takeInbox(site.id, visitor.id),
    };
  }

  async ping(site: Site, input: Ping): Promise<PingAnswer> {
    const claims = this.deps.tokens.verifyVisitor(input.token);
    if (claims.siteId !== site.id) throw new AppError(ErrorCode.forbidden, 'visitor token belongs to another site');
    const { live } = this.deps;
    // Not live (the server restarted without Redis, or the visitor timed out): the next page view
    // brings them back. A plain heartbeat finds that out from its own write, with no read first.
    if (input.events.length && !(await this.applyEvents(site, claims.visitorId, input.events))) return { inbox: [] };
    if (!(await live.signal(site.id, claims.visitorId, { hidden: input.hidden, leave: input.leave }))) return { inbox: [] };
    return { inbox: await live.takeInbox(site.id, claims.visitorId) };
  }

  /** A ping's trigger events, `track` and `identify` calls, in order; false when the visitor is not live. */
  private async applyEvents(site: Site, visitorId: string, events: Ping['events']): Promise<boolean> {
    const { live } = this.deps;
    let entry = await live.get(site.id, visitorId);
    if (!entry) return false;
    const rules = await this.deps.rules.forSite(site.id);
    for (const event of events) {
      if (event.type === 'trigger') {
        if (!rules.some((r) => r.id === event.ruleId)) continue;
        entry = await this.record(entry, event.ruleId, event.kind);
      } else if (event.type === 'track') {
        entry = await this.reachGoals(entry, rules, { event: event.name });
      } else if (!settingsOf(site).requireVerifiedIdentity) {
        // A beacon's identify carries no hash: a site that requires verified identities ignores it.
        const identity = { ...(event.name ? { name: event.name } : {}), ...(event.email ? { email: event.email } : {}) };
        await this.deps.store.proactive.setVisitorIdentity(visitorId, identity);
        entry = (await live.modify(site.id, visitorId, (e) => withRow(e, identity, this.now()))) ?? entry;
      }
    }
    return true;
  }

  /**
   * Stores one funnel step and keeps the visitor's live history in step (a rule shown also
   * counts for a conversation started in this visit). Resolves with the entry as it is now.
   */
  async record(entry: LiveEntry, ruleId: string, kind: TriggerEventKind): Promise<LiveEntry> {
    const { siteId, visitorId } = entry.row;
    const event = { ruleId, kind, sessionId: entry.session, at: this.now() };
    await this.deps.store.proactive.recordTriggerEvent({ ...event, siteId, visitorId });
    const next = await this.deps.live.modify(siteId, visitorId, (e) => ({
      ...e,
      history: [...e.history, event],
      shownThisVisit: kind === 'shown' && !e.shownThisVisit.includes(ruleId) ? [...e.shownThisVisit, ruleId] : e.shownThisVisit,
    }));
    return next ?? entry;
  }

  /** A goal counts once per showing, for rules shown to this visitor within the goal window. */
  private async reachGoals(entry: LiveEntry, rules: readonly TriggerRule[], reached: { url?: string; event?: string }): Promise<LiveEntry> {
    const at = this.now();
    for (const rule of rules) {
      const goal = rule.goal;
      if (!goal) continue;
      const hit = goal.type === 'url' ? reached.url !== undefined && matchesText(goal.match, reached.url) : reached.event === goal.name;
      if (!hit) continue;
      const own = entry.history.filter((e) => e.ruleId === rule.id);
      const lastShown = Math.max(-Infinity, ...own.filter((e) => e.kind === 'shown').map((e) => e.at));
      if (lastShown < at - goalWindowMs) continue;
      if (own.some((e) => e.kind === 'goal' && e.at >= lastShown)) continue;
      entry = await this.record(entry, rule.id, 'goal');
    }
    return entry;
  }

  private async activeConversation(visitorId: string): Promise<string | null> {
    const latest = await this.deps.store.getLatestConversationForVisitor(visitorId);
    return latest && latest.status !== 'closed' ? latest.id : null;
  }

  /**
   * The visitor a token speaks for, or a new one. Unlike the chat socket, a refused token is
   * replaced rather than reported: the tracker only counts page views, and the chat's own
   * handshake still refuses the old token loudly.
   */
  private async resolve(site: Site, token: string | undefined): Promise<{ visitor: Visitor; token: string }> {
    try {
      return await this.deps.directory.resolveVisitor(site, token);
    } catch (err) {
      const refused = err instanceof AppError && (err.code === ErrorCode.unauthorized || err.code === ErrorCode.forbidden);
      if (!token || !refused) throw err;
      return this.deps.directory.resolveVisitor(site, undefined);
    }
  }
}
