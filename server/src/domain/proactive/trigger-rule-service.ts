import { nanoid } from 'nanoid';
import type { TriggerRule, TriggerRuleFields, TriggerStats } from '@parley/shared';
import { notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import { assertActionTargets } from './action-targets.js';
import { assertCanManage, siteOfActor, type ProactiveActor } from './site-access.js';

/** How long a process trusts its cached copy of a site's rules (another process may have changed them). */
const cacheMs = 15_000;

/**
 * Trigger rules per site: the admin's reads and writes, the funnel counts, and the cached
 * copy every page view reads (rules change rarely; page views are the hot path).
 */
export class TriggerRuleService {
  private readonly cache = new Map<string, { rules: TriggerRule[]; at: number }>();

  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  async list(actor: ProactiveActor, siteId: string): Promise<TriggerRule[]> {
    await siteOfActor(this.store, actor, siteId);
    return this.store.proactive.listRules(siteId);
  }

  async create(actor: ProactiveActor, siteId: string, fields: TriggerRuleFields): Promise<TriggerRule> {
    assertCanManage(actor);
    await siteOfActor(this.store, actor, siteId);
    await assertActionTargets(this.store, actor.workspaceId, fields.action);
    const at = this.now();
    const rule = await this.store.proactive.saveRule({ id: nanoid(), siteId, ...fields, createdAt: at, updatedAt: at });
    this.cache.delete(siteId);
    return rule;
  }

  async replace(actor: ProactiveActor, siteId: string, ruleId: string, fields: TriggerRuleFields): Promise<TriggerRule> {
    assertCanManage(actor);
    const existing = await this.ownRule(actor, siteId, ruleId);
    await assertActionTargets(this.store, actor.workspaceId, fields.action);
    const rule = await this.store.proactive.saveRule({ ...existing, ...fields, updatedAt: this.now() });
    this.cache.delete(siteId);
    return rule;
  }

  async remove(actor: ProactiveActor, siteId: string, ruleId: string): Promise<void> {
    assertCanManage(actor);
    await this.ownRule(actor, siteId, ruleId);
    await this.store.proactive.deleteRule(ruleId);
    this.cache.delete(siteId);
  }

  /** Funnel counts for every rule of the site, rules without events included as zeros. */
  async stats(actor: ProactiveActor, siteId: string): Promise<TriggerStats[]> {
    const rules = await this.list(actor, siteId);
    const counted = new Map((await this.store.proactive.triggerStats(siteId)).map((s) => [s.ruleId, s]));
    return rules.map(
      (r) => counted.get(r.id) ?? { ruleId: r.id, shown: 0, opened: 0, dismissed: 0, replied: 0, conversations: 0, goals: 0 },
    );
  }

  /** The site's rules for the page-view path, from a short-lived cache. */
  async forSite(siteId: string): Promise<TriggerRule[]> {
    const cached = this.cache.get(siteId);
    if (cached && this.now() - cached.at < cacheMs) return cached.rules;
    const rules = await this.store.proactive.listRules(siteId);
    this.cache.set(siteId, { rules, at: this.now() });
    return rules;
  }

  private async ownRule(actor: ProactiveActor, siteId: string, ruleId: string): Promise<TriggerRule> {
    await siteOfActor(this.store, actor, siteId);
    const rule = await this.store.proactive.getRule(ruleId);
    if (!rule || rule.siteId !== siteId) throw notFound('trigger');
    return rule;
  }
}
