import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { Conversation, ConversationEventKind } from '@parley/shared';
import { draftConversation, seedTenant, type ContractTenant } from './contract-fixture.js';
import type { Store } from '../../src/store/port.js';
import type { ReportFact } from '../../src/store/reports-port.js';

const T0 = Date.UTC(2026, 2, 28, 12, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;
const day = 86_400_000;

/**
 * The contract of `store.reports`: each conversation's facts folded from its event log, the
 * range and filters, a visitor's return within 7 days (looked for beyond the range), and
 * agents' status changes. Every expected value below is written out by hand.
 */
export function describeReportsStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`reports store contract: ${name}`, () => {
    let store: Store;
    let tenant: ContractTenant;

    beforeEach(async () => {
      store = await makeStore();
      tenant = await seedTenant(store);
    });
    afterEach(async () => {
      await store.close();
    });

    const visitor = async () => {
      const v = await store.createVisitor({ id: nanoid(), siteId: tenant.site.id, name: null, email: null, createdAt: T0, lastSeenAt: T0 });
      return v.id;
    };
    const conversation = async (id: string, visitorId: string, over: Partial<Conversation>) => {
      const draft = draftConversation(tenant, { id, visitorId, status: 'closed', updatedAt: over.createdAt ?? T0, ...over });
      await store.openConversationForVisitor(draft);
    };
    const event = (conversationId: string, kind: ConversationEventKind, at: number, extra: { agentId?: string; data?: Record<string, string> } = {}) =>
      store.routing.appendEvent({
        conversationId,
        workspaceId: tenant.workspace.id,
        siteId: tenant.site.id,
        kind,
        at,
        agentId: extra.agentId ?? null,
        departmentId: null,
        data: extra.data ?? {},
      });

    const seed = async () => {
      const [v1, v2, v3, v4] = [await visitor(), await visitor(), await visitor(), await visitor()];
      await conversation('A', v1, { createdAt: s(0), departmentId: 'd1', assigneeId: 'a1', firstResponseAt: s(70), closedAt: s(600) });
      await event('A', 'created', s(0));
      await event('A', 'queued', s(10));
      await event('A', 'assigned', s(40), { agentId: 'a1' });
      await event('A', 'first_response', s(70), { agentId: 'a1', data: { authorType: 'agent' } });
      await event('A', 'resolved', s(600));
      expect(await store.live.rate('A', { score: 5, comment: '很好', ratedAt: s(700) }, 5)).not.toBeNull();

      await conversation('B', v2, { createdAt: s(3600), assigneeId: 'a2', firstResponseAt: s(3630), closedAt: s(5600) });
      await event('B', 'created', s(3600));
      await event('B', 'queued', s(3605));
      await event('B', 'first_response', s(3630), { data: { authorType: 'bot' } });
      await event('B', 'assigned', s(3620), { agentId: 'a1' });
      await event('B', 'assigned', s(3700), { agentId: 'a2' });
      await event('B', 'sla_breached', s(3800));
      await event('B', 'resolved', s(4500));
      await event('B', 'reopened', s(4600));
      await event('B', 'sla_breached', s(5000));
      await event('B', 'resolved', s(5600));

      await conversation('C', v3, { createdAt: s(7200), missed: true, closedAt: s(7300) });
      await event('C', 'created', s(7200));
      await event('C', 'queued', s(7201));
      await event('C', 'resolved', s(7300), { data: { reason: 'missed' } });
      await event('C', 'missed', s(7300));

      await conversation('D', v4, { createdAt: s(8000), offline: true, status: 'waiting', closedAt: null });
      await event('D', 'created', s(8000));
      await event('D', 'offline_message', s(8000));

      // Outside the range: before it, and the two returns (A's visitor 3 days after A closed,
      // B's visitor 8 days after B's last close).
      await conversation('Y', v3, { createdAt: s(-1), closedAt: s(100) });
      await conversation('G', v1, { createdAt: s(600) + 3 * day, closedAt: s(700) + 3 * day });
      await conversation('H', v2, { createdAt: s(5600) + 8 * day, closedAt: s(5700) + 8 * day });
      await event('G', 'created', s(600) + 3 * day);

      // Another workspace's conversation inside the range.
      const other = await seedTenant(store);
      await store.openConversationForVisitor(draftConversation(other, { id: 'Z', createdAt: s(100), status: 'closed', closedAt: s(200) }));
    };

    const query = { from: T0, to: T0 + 2 * day };
    const blank: Omit<ReportFact, 'id' | 'createdAt'> = {
      siteId: '',
      departmentId: null,
      agentId: null,
      queuedAt: null,
      assignedAt: null,
      firstResponseAt: null,
      firstResponder: null,
      resolvedAt: null,
      lastResolvedAt: null,
      reopened: false,
      missed: false,
      offline: false,
      breaches: 0,
      rating: null,
      returnedWithinWeek: false,
    };

    it('folds each conversation of the range and workspace from its events, oldest first', async () => {
      await seed();
      const facts = await store.reports.reportFacts({ workspaceId: tenant.workspace.id, ...query });
      const site = tenant.site.id;
      expect(facts).toEqual([
        {
          ...blank,
          id: 'A',
          siteId: site,
          departmentId: 'd1',
          agentId: 'a1',
          createdAt: s(0),
          queuedAt: s(10),
          assignedAt: s(40),
          firstResponseAt: s(70),
          firstResponder: 'agent',
          resolvedAt: s(600),
          lastResolvedAt: s(600),
          rating: { score: 5, comment: '很好', ratedAt: s(700) },
          returnedWithinWeek: true,
        },
        {
          ...blank,
          id: 'B',
          siteId: site,
          agentId: 'a2',
          createdAt: s(3600),
          queuedAt: s(3605),
          assignedAt: s(3620),
          firstResponseAt: s(3630),
          firstResponder: 'bot',
          resolvedAt: s(4500),
          lastResolvedAt: s(5600),
          reopened: true,
          breaches: 2,
        },
        { ...blank, id: 'C', siteId: site, createdAt: s(7200), queuedAt: s(7201), resolvedAt: s(7300), lastResolvedAt: s(7300), missed: true },
        { ...blank, id: 'D', siteId: site, createdAt: s(8000), offline: true },
      ]);
    });

    it('narrows by site, department and agent, and a range end is excluded', async () => {
      await seed();
      const ids = async (over: object) => (await store.reports.reportFacts({ workspaceId: tenant.workspace.id, ...query, ...over })).map((f) => f.id);
      expect(await ids({ departmentId: 'd1' })).toEqual(['A']);
      expect(await ids({ agentId: 'a2' })).toEqual(['B']);
      expect(await ids({ siteId: tenant.site.id })).toEqual(['A', 'B', 'C', 'D']);
      expect(await ids({ siteId: 'another-site' })).toEqual([]);
      expect(await ids({ to: s(3600) })).toEqual(['A']);
      expect(await ids({ from: s(3600), to: s(7200) })).toEqual(['B']);
    });

    it('narrows by tag: only the conversations carrying it', async () => {
      await seed();
      const vip = await store.tags.createTag({ id: nanoid(), workspaceId: tenant.workspace.id, name: 'VIP', colour: '#1f8a70', createdAt: T0 });
      const other = await store.tags.createTag({ id: nanoid(), workspaceId: tenant.workspace.id, name: 'Refund', colour: '#aa3300', createdAt: T0 });
      await store.tags.setConversationTags('B', [vip.id]);
      await store.tags.setConversationTags('D', [vip.id, other.id]);
      const ids = async (tagId: string) => (await store.reports.reportFacts({ workspaceId: tenant.workspace.id, ...query, tagId })).map((f) => f.id);
      expect(await ids(vip.id)).toEqual(['B', 'D']);
      expect(await ids(other.id)).toEqual(['D']);
      expect(await ids('no-such-tag')).toEqual([]);
    });

    it('gives agents\' status changes in the range, each agent\'s last earlier one first', async () => {
      const w = tenant.workspace.id;
      const change = (agentId: string, status: 'online' | 'away' | 'offline', at: number, workspaceId = w) =>
        store.reports.recordAgentStatus({ agentId, workspaceId, status, at });
      await change('a2', 'offline', s(-5000));
      await change('a2', 'online', s(-3000));
      await change('a1', 'away', s(-2000));
      await change('a1', 'online', s(-1000));
      await change('a1', 'away', s(500));
      await change('a1', 'online', s(900));
      await change('a1', 'offline', T0 + 2 * day + 10);
      await change('a9', 'online', s(100), 'another-workspace');
      expect(await store.reports.agentStatusChanges(w, T0, T0 + 2 * day)).toEqual([
        { agentId: 'a2', workspaceId: w, status: 'online', at: s(-3000) },
        { agentId: 'a1', workspaceId: w, status: 'online', at: s(-1000) },
        { agentId: 'a1', workspaceId: w, status: 'away', at: s(500) },
        { agentId: 'a1', workspaceId: w, status: 'online', at: s(900) },
      ]);
      expect(await store.reports.agentStatusChanges('nobody', T0, T0 + day)).toEqual([]);
    });
  });
}
