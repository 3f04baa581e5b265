import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { defaultSiteSettings, type Conversation, type Site, type Workspace } from '@parley/shared';
import { CONTRACT_NOW, draftConversation, seedTenant } from './contract-fixture.js';
import type { AgentRecord, Store } from '../../src/store/port.js';

/**
 * The routing part of the store contract (`store.routing`): every adapter passes it. The
 * capacity tests race many claims at once, as several server processes would.
 */
export function describeRoutingContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`routing store contract: ${name}`, () => {
    let store: Store;
    let workspace: Workspace;
    let site: Site;
    const now = CONTRACT_NOW;

    beforeEach(async () => {
      store = await makeStore();
      ({ workspace, site } = await seedTenant(store));
    });
    afterEach(async () => {
      await store.close();
    });

    const agent = (capacity: number): Promise<AgentRecord> =>
      store.createAgent({
        id: nanoid(),
        workspaceId: workspace.id,
        email: `${nanoid(8)}@acme.test`,
        name: '客服',
        role: 'agent',
        capacity,
        passwordHash: 'scrypt$x',
        createdAt: now,
      });
    /** A waiting conversation of a new visitor, queued at `queuedAt`. */
    const waiting = async (queuedAt: number, extra: Partial<Conversation> = {}): Promise<Conversation> => {
      const visitor = await store.createVisitor({ id: nanoid(), siteId: site.id, name: null, email: null, createdAt: now, lastSeenAt: now });
      const { conversation } = await store.openConversationForVisitor(
        draftConversation({ workspace, site, visitor }, { createdAt: queuedAt, updatedAt: queuedAt, queuedAt, ...extra }),
      );
      return conversation;
    };

    it('never lets racing claims put an agent past capacity, and a close frees a slot', async () => {
      const a = await agent(2);
      const conversations = await Promise.all(Array.from({ length: 6 }, (_, i) => waiting(now + i)));
      const claims = await Promise.all(conversations.map((c) => store.routing.claim(c.id, a.id, now + 10, { defaultCapacity: 9 })));
      const won = claims.filter((c) => c !== null);
      expect(won).toHaveLength(2);
      expect((await store.routing.getAgentState(a.id))?.activeChats).toBe(2);
      await store.closeConversation(won[0]!.id, now + 20);
      const loser = conversations.find((c) => !won.some((w) => w.id === c.id))!;
      expect(await store.routing.claim(loser.id, a.id, now + 30, { defaultCapacity: 9 })).toMatchObject({
        status: 'open',
        assigneeId: a.id,
        assignedAt: now + 30,
      });
      expect((await store.routing.getAgentState(a.id))?.activeChats).toBe(2);
    });

    it("uses the site default for agents whose capacity is 0; a pick by hand skips the check", async () => {
      const a = await agent(0);
      const [c1, c2, c3] = await Promise.all([waiting(now), waiting(now + 1), waiting(now + 2)]);
      expect(await store.routing.claim(c1!.id, a.id, now, { defaultCapacity: 1 })).not.toBeNull();
      expect(await store.routing.claim(c2!.id, a.id, now, { defaultCapacity: 1 })).toBeNull();
      expect(await store.routing.claim(c2!.id, a.id, now, { defaultCapacity: null })).not.toBeNull();
      expect(await store.claimConversation(c3!.id, a.id, now)).not.toBeNull();
      expect((await store.routing.getAgentState(a.id))?.activeChats).toBe(3);
    });

    it('assigns a conversation to exactly one of many racing agents', async () => {
      const agents = await Promise.all(Array.from({ length: 5 }, () => agent(3)));
      const c = await waiting(now);
      const claims = await Promise.all(agents.map((a) => store.routing.claim(c.id, a.id, now, { defaultCapacity: 3 })));
      expect(claims.filter((x) => x !== null)).toHaveLength(1);
      const loads = await store.routing.listAgentStates(workspace.id);
      expect(loads.reduce((sum, a) => sum + a.activeChats, 0)).toBe(1);
    });

    it('lists the queue by priority, then oldest first, leaving out assigned and unqueued ones', async () => {
      const old = await waiting(now + 1);
      const newer = await waiting(now + 5);
      const urgent = await waiting(now + 9, { priority: 2 });
      await waiting(now, { queuedAt: null, offline: true });
      const taken = await waiting(now - 5);
      await store.routing.claim(taken.id, 'someone', now, { defaultCapacity: null });
      expect((await store.routing.listQueue(workspace.id, 10)).map((c) => c.id)).toEqual([urgent.id, old.id, newer.id]);
      expect(await store.routing.listQueue(workspace.id, 1)).toHaveLength(1);
    });

    it('puts an open conversation back in a department queue, freeing its agent, and reassigns', async () => {
      const a = await agent(1);
      const b = await agent(1);
      const c = await waiting(now);
      await store.routing.claim(c.id, a.id, now, { defaultCapacity: 1 });
      const queued = await store.routing.enqueue(c.id, { departmentId: 'billing', priority: 1 }, now + 50);
      expect(queued).toMatchObject({ status: 'waiting', assigneeId: null, departmentId: 'billing', priority: 1, queuedAt: now + 50 });
      expect((await store.routing.getAgentState(a.id))?.activeChats).toBe(0);
      const moved = await store.routing.reassign(c.id, b.id, now + 60);
      expect(moved).toMatchObject({ status: 'open', assigneeId: b.id });
      expect(await store.routing.reassign(c.id, a.id, now + 70)).toMatchObject({ assigneeId: a.id });
      const states = await store.routing.listAgentStates(workspace.id);
      expect(states.map((s) => [s.id, s.activeChats])).toEqual(expect.arrayContaining([[a.id, 1], [b.id, 0]]));
      await store.closeConversation(c.id, now + 80);
      expect(await store.routing.enqueue(c.id, { departmentId: null, priority: 0 }, now + 90)).toBeNull();
    });

    it("gives an agent's slot back when a bot takes their conversation, and counts it again when an agent takes it from the bot", async () => {
      const a = await agent(1);
      const [c, d] = await Promise.all([waiting(now), waiting(now + 1)]);
      await store.routing.claim(c!.id, a.id, now, { defaultCapacity: 1 });
      expect(await store.routing.claim(d!.id, a.id, now + 1, { defaultCapacity: 1 })).toBeNull();
      expect(await store.bots.holdByBot(c!.id, 'bot-1', now + 2)).toMatchObject({ botId: 'bot-1', assigneeId: null, status: 'open' });
      expect((await store.routing.getAgentState(a.id))?.activeChats).toBe(0);
      expect(await store.routing.claim(d!.id, a.id, now + 3, { defaultCapacity: 1 })).toMatchObject({ assigneeId: a.id });
      expect(await store.bots.takeFromBot(c!.id, 'bot-1', a.id, now + 4)).toMatchObject({ botId: null, assigneeId: a.id });
      expect((await store.routing.getAgentState(a.id))?.activeChats).toBe(2);
      await store.closeConversation(c!.id, now + 5);
      await store.closeConversation(d!.id, now + 5);
      expect((await store.routing.getAgentState(a.id))?.activeChats).toBe(0);
    });

    it('leaves a conversation a bot holds out of the queue, and no claim takes it', async () => {
      const a = await agent(3);
      const held = await waiting(now, { botId: 'bot-1' });
      const free = await waiting(now + 1);
      expect((await store.routing.listQueue(workspace.id, 10)).map((c) => c.id)).toEqual([free.id]);
      expect(await store.routing.claim(held.id, a.id, now + 2, { defaultCapacity: 3 })).toBeNull();
      expect(await store.routing.claim(held.id, a.id, now + 2, { defaultCapacity: null })).toBeNull();
      expect(await store.getConversation(held.id)).toMatchObject({ status: 'waiting', assigneeId: null, botId: 'bot-1' });
    });

    it('marks the first response and each breach once', async () => {
      const c = await waiting(now);
      expect(await store.routing.markFirstResponse(c.id, now + 5)).toMatchObject({ firstResponseAt: now + 5 });
      expect(await store.routing.markFirstResponse(c.id, now + 9)).toBeNull();
      const results = await Promise.all([1, 1, 1].map((bit) => store.routing.markBreach(c.id, bit)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.routing.markBreach(c.id, 2)).toBe(true);
      expect(await store.routing.markBreach(c.id, 2)).toBe(false);
    });

    it('reopens a closed conversation unless the visitor has another, and closes unanswered ones as missed', async () => {
      const c = await waiting(now);
      await store.closeConversation(c.id, now + 1);
      expect(await store.routing.reopen(c.id, now + 2)).toMatchObject({ status: 'waiting', assigneeId: null, closedAt: null, queuedAt: now + 2 });
      await store.closeConversation(c.id, now + 3);
      const next = await store.openConversationForVisitor({ ...c, id: nanoid(), createdAt: now + 4, updatedAt: now + 4, status: 'waiting' });
      expect(next.created).toBe(true);
      expect(await store.routing.reopen(c.id, now + 5)).toBeNull();
      expect(await store.routing.closeAsMissed(next.conversation.id, now + 6)).toMatchObject({ status: 'closed', missed: true });
      expect(await store.routing.reopen(next.conversation.id, now + 7)).toBeNull();
      const answered = await waiting(now);
      await store.routing.markFirstResponse(answered.id, now + 1);
      expect(await store.routing.closeAsMissed(answered.id, now + 2)).toBeNull();
      const missed = await store.listConversations({ workspaceId: workspace.id, missed: true, limit: 10 });
      expect(missed.map((m) => m.id)).toEqual([next.conversation.id]);
    });

    it('keeps agent status and connection, departments, site settings and visitor contact', async () => {
      const a = await agent(2);
      expect(await store.routing.getAgentState(a.id)).toMatchObject({ status: 'online', connected: false, activeChats: 0 });
      await store.routing.setAgentStatus(a.id, 'away');
      await store.routing.setAgentConnected(a.id, true);
      await store.routing.updateAgent(a.id, { capacity: 4, role: 'supervisor' });
      const dept = await store.routing.createDepartment({
        id: nanoid(),
        workspaceId: workspace.id,
        name: '售后',
        escalatesToId: null,
        hours: { timeZone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:00']] } },
        memberIds: [a.id],
        createdAt: now,
      });
      expect(await store.routing.getAgentState(a.id)).toMatchObject({
        status: 'away',
        connected: true,
        capacity: 4,
        role: 'supervisor',
        departmentIds: [dept.id],
      });
      expect(await store.routing.updateDepartment(dept.id, { memberIds: [], name: '售后服务' })).toMatchObject({ name: '售后服务', memberIds: [] });
      expect(await store.routing.listDepartments(workspace.id)).toEqual([{ ...dept, name: '售后服务', memberIds: [] }]);
      const settings = { ...defaultSiteSettings, strategy: 'round_robin' as const, firstResponseTargetSeconds: 45 };
      expect((await store.routing.updateSiteSettings(site.id, settings))?.settings).toEqual(settings);
      expect((await store.getSite(site.id))?.settings).toEqual(settings);
      expect((await store.listSites(workspace.id)).map((s) => s.settings)).toEqual([settings]);
      const v = await store.createVisitor({ id: nanoid(), siteId: site.id, name: null, email: null, createdAt: now, lastSeenAt: now });
      await store.routing.setVisitorContact(v.id, '林小姐', 'lin@example.test');
      expect(await store.getVisitor(v.id)).toMatchObject({ name: '林小姐', email: 'lin@example.test' });
    });

    it('keeps the preview on what a person said: system lines do not replace it', async () => {
      const c = await waiting(now);
      const author = { type: 'visitor' as const, id: c.visitorId, name: null };
      await store.appendMessage({ id: nanoid(), conversationId: c.id, clientId: nanoid(), author, text: '我要退款', internal: false, createdAt: now + 1 });
      const system = { type: 'system' as const, id: null, name: null };
      const after = await store.appendMessage({ id: nanoid(), conversationId: c.id, clientId: nanoid(), author: system, text: 'Thanks, we got it', internal: false, createdAt: now + 2 });
      expect(after.message.seq).toBe(2);
      expect(after.conversation.lastMessage).toEqual({ text: '我要退款', authorType: 'visitor', createdAt: now + 1 });
    });

    it('records conversation events in order and counts them by kind', async () => {
      const c = await waiting(now);
      const base = { conversationId: c.id, workspaceId: workspace.id, siteId: site.id, agentId: null, departmentId: null };
      await store.routing.appendEvent({ ...base, kind: 'created', at: now, data: {} });
      await store.routing.appendEvent({ ...base, kind: 'queued', at: now, data: { priority: 0 } });
      await store.routing.appendEvent({ ...base, kind: 'assigned', at: now + 5, agentId: 'a1', data: { by: 'auto' } });
      expect((await store.routing.listEvents(c.id)).map((e) => [e.kind, e.at, e.data])).toEqual([
        ['created', now, {}],
        ['queued', now, { priority: 0 }],
        ['assigned', now + 5, { by: 'auto' }],
      ]);
      expect(await store.routing.countEvents(workspace.id, 'assigned')).toBe(1);
      expect(await store.routing.countEvents(workspace.id, 'assigned', now + 6)).toBe(0);
    });

    it('reports recent first-response and handling times of a site', async () => {
      const a = await agent(5);
      const c = await waiting(now);
      await store.routing.claim(c.id, a.id, now + 1000, { defaultCapacity: 5 });
      await store.routing.markFirstResponse(c.id, now + 4000);
      await store.closeConversation(c.id, now + 61_000);
      expect(await store.routing.recentTimings(site.id, 10)).toEqual({ firstResponseMs: [4000], handleMs: [60_000] });
      expect((await store.routing.listActive(10)).map((x) => x.id)).not.toContain(c.id);
    });
  });
}
