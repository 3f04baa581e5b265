import { afterEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { ErrorCode } from '@parley/shared';
import { CONTRACT_NOW, draftConversation, seedTenant } from './contract-fixture.js';
import type { NewMessage, Store } from '../../src/store/port.js';

/**
 * Races as several server processes run them: `openStores(n)` gives n stores on one database,
 * each with its own connection, so the adapter's atomic steps (not one process's event loop)
 * must keep the invariants. Also the conditional append (`NewMessage.writableBy`).
 */
export function describeStoreRaceContract(name: string, openStores: (count: number) => Promise<Store[]>): void {
  describe(`store race contract: ${name}`, () => {
    let stores: Store[] = [];
    afterEach(async () => {
      for (const store of stores) await store.close();
      stores = [];
    });

    const message = (conversationId: string, author: NewMessage['author'], overrides: Partial<NewMessage> = {}): NewMessage => ({
      id: nanoid(),
      conversationId,
      clientId: nanoid(),
      author,
      text: 'hello',
      internal: false,
      createdAt: CONTRACT_NOW,
      ...overrides,
    });

    it('keeps one active conversation per visitor when many opens race on separate connections', async () => {
      stores = await openStores(4);
      const [first] = stores as [Store];
      // Several visitors, each opened by every connection at once, several times over.
      const tenants = await Promise.all(Array.from({ length: 6 }, () => seedTenant(first)));
      const opens = tenants.flatMap((tenant) =>
        stores.flatMap((store) => Array.from({ length: 3 }, () => store.openConversationForVisitor(draftConversation(tenant)))),
      );
      const results = await Promise.all(opens);
      for (const tenant of tenants) {
        const mine = results.filter((r) => r.conversation.visitorId === tenant.visitor.id);
        expect(new Set(mine.map((r) => r.conversation.id)).size).toBe(1);
        expect(mine.filter((r) => r.created)).toHaveLength(1);
        const listed = await first.listConversations({ workspaceId: tenant.workspace.id, limit: 50 });
        expect(listed).toHaveLength(1);
      }
    });

    it('stores a conditioned message only while the conversation is open and, for a bot, still held by it', async () => {
      stores = await openStores(1);
      const [store] = stores as [Store];
      const tenant = await seedTenant(store);
      const { conversation } = await store.openConversationForVisitor(draftConversation(tenant, { status: 'open', botId: 'bot-a' }));
      const bot = { type: 'bot' as const, id: 'bot-a', name: 'Bot' };
      const agent = { type: 'agent' as const, id: 'agent-1', name: 'Ann' };

      const held = await store.appendMessage(message(conversation.id, bot, { clientId: 'bot-1', writableBy: { botId: 'bot-a' } }));
      expect(held.created).toBe(true);
      await expect(store.appendMessage(message(conversation.id, { ...bot, id: 'bot-b' }, { writableBy: { botId: 'bot-b' } }))).rejects.toMatchObject({
        code: ErrorCode.notFound,
      });

      // The handoff lands: the bot's next message is refused, and changes nothing.
      expect(await store.bots.releaseFromBot(conversation.id, 'bot-a', CONTRACT_NOW + 1)).not.toBeNull();
      await expect(store.appendMessage(message(conversation.id, bot, { writableBy: { botId: 'bot-a' } }))).rejects.toMatchObject({
        code: ErrorCode.notFound,
      });
      // A re-send of what was stored before is still answered with the stored message.
      const resent = await store.appendMessage(message(conversation.id, bot, { clientId: 'bot-1', writableBy: { botId: 'bot-a' } }));
      expect(resent).toMatchObject({ created: false, message: held.message });
      expect(await store.appendMessage(message(conversation.id, agent, { writableBy: {} }))).toMatchObject({ created: true });

      // Closed: an agent's conditioned reply is refused; an unconditioned system line still goes in.
      expect(await store.closeConversation(conversation.id, CONTRACT_NOW + 2)).not.toBeNull();
      await expect(store.appendMessage(message(conversation.id, agent, { writableBy: {} }))).rejects.toMatchObject({ code: ErrorCode.conflict });
      const system = await store.appendMessage(message(conversation.id, { type: 'system', id: null, name: null }));
      expect(system.message.seq).toBe(3);
      expect((await store.getConversation(conversation.id))?.lastSeq).toBe(3);
      await expect(store.appendMessage(message('no-such-conversation', agent, { writableBy: {} }))).rejects.toMatchObject({ code: ErrorCode.notFound });
    });

    it("keeps an agent's load exact when capacity changes race with claims and closes", async () => {
      stores = await openStores(3);
      const [first] = stores as [Store];
      const tenant = await seedTenant(first);
      const agent = await first.createAgent({
        id: nanoid(),
        workspaceId: tenant.workspace.id,
        email: `${nanoid(8)}@acme.test`,
        name: 'Ann',
        role: 'agent',
        capacity: 30,
        passwordHash: 'scrypt$x',
        createdAt: CONTRACT_NOW,
      });
      const waiting = async () => {
        const visitor = await first.createVisitor({ id: nanoid(), siteId: tenant.site.id, name: null, email: null, createdAt: CONTRACT_NOW, lastSeenAt: CONTRACT_NOW });
        return (await first.openConversationForVisitor(draftConversation({ ...tenant, visitor }, { queuedAt: CONTRACT_NOW }))).conversation;
      };
      const held = await Promise.all(Array.from({ length: 12 }, waiting));
      for (const c of held) await first.routing.claim(c.id, agent.id, CONTRACT_NOW, { defaultCapacity: 30 });
      const more = await Promise.all(Array.from({ length: 8 }, waiting));
      // Closes and claims from two connections while the third keeps setting the capacity (a recount).
      await Promise.all([
        ...held.slice(0, 8).map((c, i) => stores[1 + (i % 2)]!.closeConversation(c.id, CONTRACT_NOW + 1)),
        ...more.map((c, i) => stores[1 + (i % 2)]!.routing.claim(c.id, agent.id, CONTRACT_NOW + 1, { defaultCapacity: 30 })),
        ...Array.from({ length: 12 }, (_, i) => stores[0]!.routing.updateAgent(agent.id, { capacity: 30 + (i % 2) })),
      ]);
      const open = await first.listConversations({ workspaceId: tenant.workspace.id, statuses: ['open'], assigneeId: agent.id, limit: 100 });
      expect(open).toHaveLength(12);
      expect((await first.routing.getAgentState(agent.id))?.activeChats).toBe(open.length);
    });

    it('never stores a bot message after the handoff that took the conversation from it', async () => {
      stores = await openStores(3);
      const [first] = stores as [Store];
      const tenant = await seedTenant(first);
      const { conversation } = await first.openConversationForVisitor(draftConversation(tenant, { status: 'open', botId: 'bot-a' }));
      const bot = { type: 'bot' as const, id: 'bot-a', name: 'Bot' };
      const system = { type: 'system' as const, id: null, name: null };
      // Bot messages from every connection while one of them hands over and writes the handoff line.
      const handoff = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        await stores[1]!.bots.releaseFromBot(conversation.id, 'bot-a', CONTRACT_NOW + 1);
        return stores[1]!.appendMessage(message(conversation.id, system, { clientId: 'handoff' }));
      })();
      const botWrites = stores.flatMap((store) =>
        Array.from({ length: 15 }, () => store.appendMessage(message(conversation.id, bot, { writableBy: { botId: 'bot-a' } })).catch(() => null)),
      );
      const [line] = await Promise.all([handoff, ...botWrites]);
      const all = await first.listMessages({ conversationId: conversation.id, afterSeq: 0, limit: 500, includeInternal: true });
      const handoffSeq = line.message.seq;
      expect(all.filter((m) => m.author.type === 'bot' && m.seq > handoffSeq)).toEqual([]);
    });
  });
}
