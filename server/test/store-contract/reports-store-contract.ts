import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { Conversation, ConversationEventKind } from '@parley/shared';
import { draftConversation, seedTenant, type ContractTenant } from './contract-fixture.js';
import type { Store } from '../../src/store/port.js';
import { emptyReportGroup, type ReportGroupFigures, type ReportGrouping, type ZoneOffset } from '../../src/store/reports-port.js';

const T0 = Date.UTC(2026, 2, 28, 12, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;
const day = 86_400_000;

/**
 * The contract of `store.reports`: the figures of a range's conversations, folded from their
 * event logs and grouped (all, by local weekday × hour across an offset change, by agent, by
 * department), counts per local day, the range and filters, a visitor's return within 7 days
 * (looked for beyond the range), rating comments, chat time while online, proactive counts and
 * agents' status changes. Every expected value below is worked out by hand.
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
      const [v1, v2, v3, v4, v5] = [await visitor(), await visitor(), await visitor(), await visitor(), await visitor()];
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

      await conversation('E', v5, { createdAt: s(9000), departmentId: 'd1', assigneeId: 'a1', firstResponseAt: s(9130), closedAt: s(9400) });
      await event('E', 'created', s(9000));
      await event('E', 'queued', s(9010));
      await event('E', 'assigned', s(9100), { agentId: 'a1' });
      await event('E', 'first_response', s(9130), { agentId: 'a1', data: { authorType: 'agent' } });
      await event('E', 'resolved', s(9400));
      expect(await store.live.rate('E', { score: 3, comment: '一般', ratedAt: s(9500) }, 5)).not.toBeNull();

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
    const targets = () => [{ siteId: tenant.site.id, firstResponseMs: 60_000, resolutionMs: 1_000_000 }];
    const groups = (groupBy: ReportGrouping, over: object = {}, zone: ZoneOffset[] = []) =>
      store.reports.reportGroups({ workspaceId: tenant.workspace.id, ...query, groupBy, zone, targets: targets(), ...over });
    const started = async (over: object) => (await groups('all', over)).map((g) => g.started);
    // No conversations: zeros, no percentiles, eight empty buckets (7 edges and the rest).
    const blank = emptyReportGroup(null);

    it('sums, counts and ranks the range\'s conversations of the workspace from their events', async () => {
      await seed();
      // A: wait 30 s, first response 70 s, resolved in 600 s, rated 5, but its visitor came back (G).
      // B: wait 15 s (its first assignment), a bot answered in 30 s then a person, two breaches, reopened, last close 2000 s.
      // C: missed, closed unanswered. D: an offline message. E: wait 90 s, 130 s, 400 s, rated 3: resolved at first contact.
      expect(await groups('all')).toEqual([
        {
          key: null,
          started: 5,
          answered: 3,
          missed: 1,
          offline: 1,
          resolved: 3,
          resolvedAtFirstContact: 1,
          breaches: 2,
          ratings: { count: 2, sum: 8, satisfied: 1 },
          bots: { resolved: 0, handedOff: 1 },
          // First response target 60 s: A, B, C (closed unanswered), E count, B met. Resolution 1000 s: A, B, E count; A, E met.
          sla: { firstResponseWhole: 4, firstResponseMet: 1, resolutionWhole: 3, resolutionMet: 2 },
          // Three values: the middle one; p90 at rank ⌈2.7⌉ = 3.
          waitMs: { median: 30_000, p90: 90_000 },
          firstResponseMs: { median: 70_000, p90: 130_000 },
          resolutionMs: { median: 600_000, p90: 2_000_000 },
          // ≤ 30 s: 15 s, 30 s; 60–120 s: 90 s.
          waitBuckets: [2, 0, 1, 0, 0, 0, 0, 0],
          // ≤ 30 s: 30 s; 60–120 s: 70 s; 120–300 s: 130 s.
          firstResponseBuckets: [1, 0, 1, 1, 0, 0, 0, 0],
        },
      ]);
    });

    it('groups by agent and by department, with the mean of two middle values for a median', async () => {
      await seed();
      const byKey = (list: ReportGroupFigures[]) => Object.fromEntries(list.map((g) => [String(g.key), g]));
      const agents = byKey(await groups('agent'));
      expect(Object.keys(agents).sort()).toEqual(['a1', 'a2', 'null']);
      expect(agents.a1).toMatchObject({ started: 2, answered: 2, resolved: 2, ratings: { count: 2, sum: 8, satisfied: 1 } });
      expect(agents.a1!.firstResponseMs).toEqual({ median: 100_000, p90: 130_000 });
      expect(agents.a1!.resolutionMs).toEqual({ median: 500_000, p90: 600_000 });
      expect(agents.a2).toMatchObject({ started: 1, breaches: 2, firstResponseMs: { median: 30_000, p90: 30_000 }, resolutionMs: { median: 2_000_000, p90: 2_000_000 } });
      expect(agents.null).toEqual({ ...blank, key: null, started: 2, missed: 1, offline: 1, sla: { ...blank.sla, firstResponseWhole: 1 } });
      const departments = byKey(await groups('department'));
      expect(Object.keys(departments).sort()).toEqual(['d1', 'null']);
      expect(departments.d1).toMatchObject({ started: 2, waitMs: { median: 60_000, p90: 90_000 } });
      expect(departments.null).toMatchObject({ started: 3, answered: 1, missed: 1, offline: 1 });
    });

    it('cuts local hours and days with the zone\'s offsets, a change inside the range included', async () => {
      await seed();
      // 2026-03-28 is a Saturday (Monday-based weekday 5). Before s(7000) UTC+1, from it UTC+2:
      // A 13:00, B 14:00, then C 16:00, D 16:13, E 16:30 local.
      const zone = [
        { from: T0 - day, offsetMs: 3_600_000 },
        { from: s(7000), offsetMs: 7_200_000 },
      ];
      const cells = (await groups('hourOfWeek', {}, zone)).map((g) => [g.key, g.started, g.waitMs.median]);
      expect(cells.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
        [5 * 24 + 13, 1, 30_000],
        [5 * 24 + 14, 1, 15_000],
        [5 * 24 + 16, 3, 90_000],
      ]);
      // From s(7000) on UTC+12: C, D and E start on the next local day.
      const first = Date.UTC(2026, 2, 28) / day;
      const days = await store.reports.dayCounts({ workspaceId: tenant.workspace.id, ...query }, [
        { from: T0 - day, offsetMs: 0 },
        { from: s(7000), offsetMs: 12 * 3_600_000 },
      ]);
      expect(days).toEqual([
        { day: first, started: 2, answered: 2, missed: 0 },
        { day: first + 1, started: 3, answered: 1, missed: 1 },
      ]);
    });

    it('narrows by site, department, agent and tag, and a range end is excluded', async () => {
      await seed();
      expect(await started({ departmentId: 'd1' })).toEqual([2]);
      expect(await started({ agentId: 'a2' })).toEqual([1]);
      expect(await started({ siteId: tenant.site.id })).toEqual([5]);
      expect(await started({ siteId: 'another-site' })).toEqual([]);
      expect(await started({ to: s(3600) })).toEqual([1]);
      expect(await started({ from: s(3600), to: s(7200) })).toEqual([1]);
      const vip = await store.tags.createTag({ id: nanoid(), workspaceId: tenant.workspace.id, name: 'VIP', colour: '#1f8a70', createdAt: T0 });
      const other = await store.tags.createTag({ id: nanoid(), workspaceId: tenant.workspace.id, name: 'Refund', colour: '#aa3300', createdAt: T0 });
      await store.tags.setConversationTags('B', [vip.id]);
      await store.tags.setConversationTags('D', [vip.id, other.id]);
      expect(await started({ tagId: vip.id })).toEqual([2]);
      expect(await started({ tagId: other.id })).toEqual([1]);
      expect(await started({ tagId: 'no-such-tag' })).toEqual([]);
    });

    it('gives the latest non-empty rating comments, newest first', async () => {
      await seed();
      const comments = (over: object, limit: number) => store.reports.latestRatingComments({ workspaceId: tenant.workspace.id, ...query, ...over }, limit);
      expect(await comments({}, 5)).toEqual([
        { conversationId: 'E', score: 3, comment: '一般', ratedAt: s(9500) },
        { conversationId: 'A', score: 5, comment: '很好', ratedAt: s(700) },
      ]);
      expect(await comments({}, 1)).toEqual([{ conversationId: 'E', score: 3, comment: '一般', ratedAt: s(9500) }]);
      expect(await comments({ agentId: 'a2' }, 5)).toEqual([]);
    });

    it('measures each agent\'s chat time within their online intervals', async () => {
      await seed();
      const online = [
        { agentId: 'a1', from: s(0), to: s(500) },
        { agentId: 'a1', from: s(9000), to: s(9200) },
        { agentId: 'a2', from: s(3000), to: s(10_000) },
      ];
      const chat = await store.reports.agentChatMs({ workspaceId: tenant.workspace.id, ...query }, online, T0 + 2 * day);
      // a1: A held 40–600 s (460 s online), E 9100–9400 s (100 s online). a2: B 3620–5600 s, all online.
      expect(chat.sort((a, b) => a.agentId.localeCompare(b.agentId))).toEqual([
        { agentId: 'a1', chatMs: 560_000 },
        { agentId: 'a2', chatMs: 1_980_000 },
      ]);
    });

    it('counts proactive messages shown, replied to and goals reached on the given sites in the range', async () => {
      const site = tenant.site.id;
      const record = (kind: 'shown' | 'opened' | 'replied' | 'goal', at: number, siteId = site) =>
        store.proactive.recordTriggerEvent({ siteId, ruleId: 'r1', visitorId: 'v1', sessionId: 's1', kind, at });
      await record('shown', s(10));
      await record('shown', s(20));
      await record('opened', s(25));
      await record('replied', s(30));
      await record('goal', s(40));
      await record('shown', s(-10));
      await record('shown', T0 + 2 * day);
      await record('shown', s(50), 'another-site');
      expect(await store.reports.proactiveCounts([site], T0, T0 + 2 * day)).toEqual({ shown: 2, replied: 1, goals: 1 });
      expect(await store.reports.proactiveCounts([site, 'another-site'], T0, T0 + 2 * day)).toEqual({ shown: 3, replied: 1, goals: 1 });
      expect(await store.reports.proactiveCounts([], T0, T0 + 2 * day)).toEqual({ shown: 0, replied: 0, goals: 0 });
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
