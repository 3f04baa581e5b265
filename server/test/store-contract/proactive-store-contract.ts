import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { Site, TriggerRule } from '@parley/shared';
import { CONTRACT_NOW, seedTenant } from './contract-fixture.js';
import type { Store } from '../../src/store/port.js';

/** The proactive part of the store contract: each adapter's test file runs it with a fresh store. */
export function describeProactiveStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`proactive store contract: ${name}`, () => {
    let store: Store;
    let site: Site;
    const now = CONTRACT_NOW;

    beforeEach(async () => {
      store = await makeStore();
      ({ site } = await seedTenant(store));
    });
    afterEach(async () => {
      await store.close();
    });

    const rule = (overrides: Partial<TriggerRule> = {}): TriggerRule => ({
      id: nanoid(),
      siteId: site.id,
      name: '定价页帮助',
      enabled: true,
      priority: 2,
      conditions: [{ type: 'url', match: { op: 'wildcard', value: '/pricing*' } }, { type: 'timeOnPage', seconds: 30 }],
      action: { message: { text: '需要帮忙吗？', senderName: 'Mei', senderType: 'agent' }, openWidget: false, departmentId: null, botId: null },
      capping: { scope: 'days', days: 3 },
      goal: { type: 'event', name: 'signup' },
      createdAt: now,
      updatedAt: now,
      ...overrides,
    });

    it('keeps rules whole, replaces them by id, deletes them, lists the sites of a workspace', async () => {
      const first = await store.proactive.saveRule(rule());
      const second = await store.proactive.saveRule(rule({ createdAt: now + 1, enabled: false }));
      expect(await store.proactive.getRule(first.id)).toEqual(first);
      const renamed = { ...first, name: 'Renamed', priority: 9, updatedAt: now + 5 };
      await store.proactive.saveRule(renamed);
      expect(await store.proactive.listRules(site.id)).toEqual([renamed, second]);
      expect(await store.proactive.deleteRule(second.id)).toBe(true);
      expect(await store.proactive.deleteRule(second.id)).toBe(false);
      expect((await store.proactive.listRules(site.id)).map((r) => r.id)).toEqual([first.id]);
      expect((await store.listSites(site.workspaceId)).map((s) => s.id)).toEqual([site.id]);
    });

    it("keeps a rule's department and bot, and reads a rule saved before the bot action existed with no bot", async () => {
      const routed = rule({ action: { message: { text: '找客服', senderName: '小助手', senderType: 'bot' }, openWidget: true, departmentId: 'dep-sales', botId: 'bot_kb' } });
      await store.proactive.saveRule(routed);
      expect((await store.proactive.getRule(routed.id))?.action).toEqual(routed.action);
      const { botId: _gone, ...oldAction } = rule().action;
      const old = rule({ action: oldAction as TriggerRule['action'] });
      await store.proactive.saveRule(old);
      expect((await store.proactive.getRule(old.id))?.action).toEqual({ ...oldAction, botId: null });
      expect((await store.proactive.listRules(site.id)).find((r) => r.id === old.id)?.action.botId).toBeNull();
    });

    it("returns a visitor's trigger history since a time, and counts the funnel per rule", async () => {
      const base = { siteId: site.id, ruleId: 'r1', visitorId: 'v1', sessionId: 's1' };
      await store.proactive.recordTriggerEvent({ ...base, kind: 'shown', at: now });
      await store.proactive.recordTriggerEvent({ ...base, kind: 'opened', at: now + 1 });
      await store.proactive.recordTriggerEvent({ ...base, visitorId: 'v2', kind: 'shown', at: now + 2 });
      await store.proactive.recordTriggerEvent({ ...base, ruleId: 'r2', kind: 'goal', at: now + 3 });
      expect(await store.proactive.listTriggerHistory('v1', now + 1)).toEqual([
        { ruleId: 'r1', kind: 'opened', sessionId: 's1', at: now + 1 },
        { ruleId: 'r2', kind: 'goal', sessionId: 's1', at: now + 3 },
      ]);
      const stats = await store.proactive.triggerStats(site.id);
      expect(stats.find((s) => s.ruleId === 'r1')).toEqual({ ruleId: 'r1', shown: 2, opened: 1, dismissed: 0, replied: 0, conversations: 0, goals: 0 });
      expect(stats.find((s) => s.ruleId === 'r2')?.goals).toBe(1);
    });

    it('merges conversation context by parts', async () => {
      expect(await store.proactive.getConversationContext('c1')).toBeNull();
      await store.proactive.saveConversationContext('c1', { journey: [{ url: 'https://a.test/', title: '首页', at: now }] });
      await store.proactive.saveConversationContext('c1', { trigger: { ruleId: 'r1', name: 'Pricing' } });
      expect(await store.proactive.getConversationContext('c1')).toEqual({
        trigger: { ruleId: 'r1', name: 'Pricing' },
        journey: [{ url: 'https://a.test/', title: '首页', at: now }],
      });
    });

    it('keeps both parts when they are saved at the same time', async () => {
      await Promise.all([
        store.proactive.saveConversationContext('c2', { journey: [{ url: 'https://a.test/价格', title: '价格', at: now }] }),
        store.proactive.saveConversationContext('c2', { trigger: { ruleId: 'r2', name: '定价' } }),
      ]);
      expect(await store.proactive.getConversationContext('c2')).toEqual({
        trigger: { ruleId: 'r2', name: '定价' },
        journey: [{ url: 'https://a.test/价格', title: '价格', at: now }],
      });
    });

    it("sets a visitor's name and email without clearing what is not given", async () => {
      const visitor = await store.createVisitor({ id: nanoid(), siteId: site.id, name: null, email: null, createdAt: now, lastSeenAt: now });
      await store.proactive.setVisitorIdentity(visitor.id, { email: 'li@example.test' });
      await store.proactive.setVisitorIdentity(visitor.id, { name: '李雷' });
      expect(await store.getVisitor(visitor.id)).toMatchObject({ name: '李雷', email: 'li@example.test' });
    });

    it('keeps announcements newest first and updates their recipient count', async () => {
      const a = await store.proactive.saveAnnouncement({ id: 'a1', siteId: site.id, text: 'Down for 5 min', urlMatch: null, createdAt: now, recipients: 0 });
      await store.proactive.saveAnnouncement({ id: 'a2', siteId: site.id, text: '维护', urlMatch: { op: 'contains', value: '/checkout' }, createdAt: now + 1, recipients: 0 });
      await store.proactive.saveAnnouncement({ ...a, recipients: 12 });
      const list = await store.proactive.listAnnouncements(site.id, 10);
      expect(list.map((x) => [x.id, x.recipients])).toEqual([['a2', 0], ['a1', 12]]);
      expect(list[0]!.urlMatch).toEqual({ op: 'contains', value: '/checkout' });
    });
  });
}
