import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { nanoid } from 'nanoid';
import type { Conversation, Site, Visitor, Workspace } from '@parley/shared';
import { CONTRACT_NOW, draftConversation, seedTenant } from './contract-fixture.js';
import { previewLength } from '../../src/store/message-preview.js';
import type { AgentRecord, NewMessage, Store } from '../../src/store/port.js';

/**
 * The one contract every store adapter passes. Each adapter's test file calls this with a
 * factory that returns a fresh, empty store.
 */
export function describeStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    let workspace: Workspace;
    let site: Site;
    let visitor: Visitor;
    const now = CONTRACT_NOW;

    beforeEach(async () => {
      store = await makeStore();
      ({ workspace, site, visitor } = await seedTenant(store, {
        name: 'Acme site',
        allowedOrigins: ['https://acme.test'],
        locale: 'zh-TW',
      }));
    });
    afterEach(async () => {
      await store.close();
    });

    const draft = (overrides: Partial<Conversation> = {}): Conversation =>
      draftConversation({ workspace, site, visitor }, overrides);
    const message = (conversationId: string, overrides: Partial<NewMessage> = {}): NewMessage => ({
      id: nanoid(),
      conversationId,
      clientId: nanoid(),
      author: { type: 'visitor', id: visitor.id, name: null },
      text: '你好, hello',
      internal: false,
      createdAt: now,
      ...overrides,
    });
    const agent = (overrides: Partial<AgentRecord> = {}): AgentRecord => ({
      id: nanoid(),
      workspaceId: workspace.id,
      email: `${nanoid(6)}@acme.test`,
      name: '王小明',
      role: 'agent',
      capacity: 3,
      passwordHash: 'scrypt$x',
      createdAt: now,
      ...overrides,
    });

    it('round-trips workspaces, sites (by id and key), agents and visitors', async () => {
      expect(await store.getWorkspace(workspace.id)).toEqual(workspace);
      expect(await store.getSite(site.id)).toEqual(site);
      expect(await store.getSiteByKey(site.key)).toEqual(site);
      expect(await store.getSiteByKey('missing')).toBeNull();
      expect(await store.getVisitor(visitor.id)).toEqual(visitor);
      const a = await store.createAgent(agent({ email: 'Mei@Acme.TEST' }));
      expect(a.email).toBe('mei@acme.test');
      expect(await store.getAgent(a.id)).toEqual(a);
      expect(await store.getAgentByEmail('MEI@acme.test')).toEqual(a);
    });

    it('refuses a second site with the same key and a second agent with the same email', async () => {
      await expect(store.createSite({ ...site, id: nanoid() })).rejects.toMatchObject({ code: 'conflict' });
      await store.createAgent(agent({ email: 'same@acme.test' }));
      await expect(store.createAgent(agent({ email: 'SAME@acme.test' }))).rejects.toMatchObject({ code: 'conflict' });
    });

    it('keeps one active conversation per visitor, and opens a new one after a close (races: store-race-contract.ts)', async () => {
      const [a, b] = await Promise.all([store.openConversationForVisitor(draft()), store.openConversationForVisitor(draft())]);
      expect(a.conversation.id).toBe(b.conversation.id);
      expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
      await store.closeConversation(a.conversation.id, now + 1);
      const next = await store.openConversationForVisitor(draft({ createdAt: now + 2, updatedAt: now + 2 }));
      expect(next.created).toBe(true);
      expect(next.conversation.id).not.toBe(a.conversation.id);
      expect((await store.getLatestConversationForVisitor(visitor.id))?.id).toBe(next.conversation.id);
    });

    it('numbers messages 1, 2, 3 atomically under concurrent appends', async () => {
      const { conversation } = await store.openConversationForVisitor(draft());
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.appendMessage(message(conversation.id, { text: `m${i}` }))));
      expect(results.map((r) => r.message.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      const stored = await store.listMessages({ conversationId: conversation.id, afterSeq: 0, limit: 100, includeInternal: true });
      expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect((await store.getConversation(conversation.id))?.lastSeq).toBe(50);
    });

    it('returns the stored message for a repeated client id and changes nothing', async () => {
      const { conversation } = await store.openConversationForVisitor(draft());
      const first = await store.appendMessage(message(conversation.id, { clientId: 'client-id-1' }));
      const again = await store.appendMessage(message(conversation.id, { clientId: 'client-id-1', text: 'different' }));
      expect(first.created).toBe(true);
      expect(again.created).toBe(false);
      expect(again.message).toEqual(first.message);
      expect((await store.getConversation(conversation.id))?.lastSeq).toBe(1);
      expect(await store.findMessageByClientId(conversation.id, 'client-id-1')).toEqual(first.message);
      expect(await store.findMessageByClientId(conversation.id, 'other-client')).toBeNull();
    });

    it('keeps Chinese text, authors and the last-message preview exactly', async () => {
      const { conversation } = await store.openConversationForVisitor(draft());
      const text = '請問今天營業嗎？🙂 我想订购三件';
      const { message: m, conversation: after } = await store.appendMessage(
        message(conversation.id, { text, author: { type: 'agent', id: 'a1', name: '李雷' }, createdAt: now + 5 }),
      );
      expect(m.text).toBe(text);
      expect(after.lastMessage).toEqual({ text, authorType: 'agent', createdAt: now + 5 });
      expect(after.updatedAt).toBe(now + 5);
      const [stored] = await store.listMessages({ conversationId: conversation.id, afterSeq: 0, limit: 10, includeInternal: false });
      expect(stored).toEqual(m);
    });

    it('cuts a long preview at the same place, never inside an emoji', async () => {
      const { conversation } = await store.openConversationForVisitor(draft());
      const text = `${'好'.repeat(previewLength - 1)}🙂 and more`;
      const { conversation: after } = await store.appendMessage(message(conversation.id, { text }));
      expect(after.lastMessage?.text).toBe('好'.repeat(previewLength - 1));
      expect((await store.getConversation(conversation.id))?.lastMessage?.text).toBe('好'.repeat(previewLength - 1));
    });

    it('hides internal notes unless asked, and pages after a seq', async () => {
      const { conversation } = await store.openConversationForVisitor(draft());
      await store.appendMessage(message(conversation.id, { text: 'one' }));
      await store.appendMessage(message(conversation.id, { text: 'note', internal: true }));
      await store.appendMessage(message(conversation.id, { text: 'three' }));
      const visible = await store.listMessages({ conversationId: conversation.id, afterSeq: 0, limit: 10, includeInternal: false });
      expect(visible.map((m) => m.text)).toEqual(['one', 'three']);
      const after1 = await store.listMessages({ conversationId: conversation.id, afterSeq: 1, limit: 10, includeInternal: true });
      expect(after1.map((m) => [m.seq, m.internal])).toEqual([
        [2, true],
        [3, false],
      ]);
      const limited = await store.listMessages({ conversationId: conversation.id, afterSeq: 0, limit: 2, includeInternal: true });
      expect(limited).toHaveLength(2);
      expect((await store.getConversation(conversation.id))?.lastMessage?.text).toBe('three');
    });

    it('keeps a whisper\'s agent, as an internal note that moves no preview', async () => {
      const { conversation } = await store.openConversationForVisitor(draft());
      await store.appendMessage(message(conversation.id, { text: 'visible' }));
      const { message: whisper } = await store.appendMessage(message(conversation.id, { text: 'offer 10%', internal: true, whisperTo: 'agent-1' }));
      expect(whisper.whisperTo).toBe('agent-1');
      const all = await store.listMessages({ conversationId: conversation.id, afterSeq: 0, limit: 10, includeInternal: true });
      expect(all.map((m) => [m.text, m.whisperTo ?? null])).toEqual([
        ['visible', null],
        ['offer 10%', 'agent-1'],
      ]);
      expect((await store.listMessages({ conversationId: conversation.id, afterSeq: 0, limit: 10, includeInternal: false })).map((m) => m.text)).toEqual(['visible']);
      expect((await store.getConversation(conversation.id))?.lastMessage?.text).toBe('visible');
      const read = async (whispersFor: string) =>
        (await store.listMessages({ conversationId: conversation.id, afterSeq: 0, limit: 10, includeInternal: true, whispersFor })).map((m) => m.text);
      expect(await read('agent-1')).toEqual(['visible', 'offer 10%']);
      expect(await read('agent-2')).toEqual(['visible']);
    });

    it('refuses a message for an unknown conversation', async () => {
      await expect(store.appendMessage(message('nope'))).rejects.toMatchObject({ code: 'not_found' });
    });

    it('lets exactly one agent claim a waiting conversation', async () => {
      const { conversation } = await store.openConversationForVisitor(draft());
      const claims = await Promise.all(['a1', 'a2', 'a3'].map((id) => store.claimConversation(conversation.id, id, now + 1)));
      const winners = claims.filter((c) => c !== null);
      expect(winners).toHaveLength(1);
      expect(winners[0]).toMatchObject({ status: 'open', updatedAt: now + 1 });
      expect(await store.claimConversation(conversation.id, 'a4', now + 2)).toBeNull();
    });

    it('closes once and lists by workspace, status and assignee, newest activity first', async () => {
      const other = await store.createVisitor({ ...visitor, id: nanoid() });
      const third = await store.createVisitor({ ...visitor, id: nanoid() });
      const c1 = (await store.openConversationForVisitor(draft({ updatedAt: now + 1 }))).conversation;
      const c2 = (await store.openConversationForVisitor(draft({ visitorId: other.id, updatedAt: now + 3 }))).conversation;
      const c3 = (await store.openConversationForVisitor(draft({ visitorId: third.id, updatedAt: now + 2 }))).conversation;
      await store.claimConversation(c3.id, 'agent-1', now + 4);
      const closed = await store.closeConversation(c2.id, now + 5);
      expect(closed).toMatchObject({ status: 'closed', closedAt: now + 5 });
      expect(await store.closeConversation(c2.id, now + 6)).toBeNull();

      const all = await store.listConversations({ workspaceId: workspace.id, limit: 10 });
      expect(all.map((c) => c.id)).toEqual([c2.id, c3.id, c1.id]);
      const waiting = await store.listConversations({ workspaceId: workspace.id, statuses: ['waiting'], limit: 10 });
      expect(waiting.map((c) => c.id)).toEqual([c1.id]);
      const mine = await store.listConversations({ workspaceId: workspace.id, assigneeId: 'agent-1', limit: 10 });
      expect(mine.map((c) => c.id)).toEqual([c3.id]);
      const openOrWaiting = await store.listConversations({ workspaceId: workspace.id, statuses: ['waiting', 'open'], limit: 1 });
      expect(openOrWaiting.map((c) => c.id)).toEqual([c3.id]);
      expect(await store.listConversations({ workspaceId: 'other', limit: 10 })).toEqual([]);
    });
  });
}
