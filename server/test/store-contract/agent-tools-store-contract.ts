import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { CannedReply, Mention, Tag } from '@parley/shared';
import { CONTRACT_NOW, draftConversation, seedTenant, type ContractTenant } from './contract-fixture.js';
import type { Store } from '../../src/store/port.js';

/** The contract of `store.cannedReplies` and `store.tags`; every adapter's test file runs it. */
export function describeAgentToolsStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`canned replies and tags store contract: ${name}`, () => {
    let store: Store;
    let tenant: ContractTenant;

    beforeEach(async () => {
      store = await makeStore();
      tenant = await seedTenant(store);
    });
    afterEach(async () => {
      await store.close();
    });

    const reply = (over: Partial<CannedReply> = {}): CannedReply => ({
      id: nanoid(),
      workspaceId: tenant.workspace.id,
      shortcut: 'refund',
      texts: { en: 'Hi {{visitor.name}}', 'zh-CN': '{{visitor.name}}，您好' },
      scope: 'workspace',
      ownerId: null,
      createdAt: CONTRACT_NOW,
      updatedAt: CONTRACT_NOW,
      ...over,
    });
    const tag = (over: Partial<Tag> = {}): Tag => ({ id: nanoid(), workspaceId: tenant.workspace.id, name: 'VIP', colour: '#1f8a70', createdAt: CONTRACT_NOW, ...over });
    const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code);

    it('stores canned replies with their texts, and lists the shared ones with only the asking agent’s personal ones', async () => {
      const shared = await store.cannedReplies.createCannedReply(reply());
      const mine = await store.cannedReplies.createCannedReply(reply({ shortcut: 'hello', scope: 'personal', ownerId: 'agent-a' }));
      await store.cannedReplies.createCannedReply(reply({ shortcut: 'bye', scope: 'personal', ownerId: 'agent-b' }));
      expect(await store.cannedReplies.getCannedReply(shared.id)).toEqual(shared);
      expect((await store.cannedReplies.listCannedReplies(tenant.workspace.id, 'agent-a')).map((r) => r.id)).toEqual([mine.id, shared.id]);
      expect((await store.cannedReplies.listCannedReplies(tenant.workspace.id, 'agent-b')).map((r) => r.shortcut)).toEqual(['bye', 'refund']);
      expect(await store.cannedReplies.listCannedReplies('other-workspace', 'agent-a')).toEqual([]);
    });

    it('refuses a taken shortcut in the same scope (also on update, even when racing), and allows it elsewhere', async () => {
      await store.cannedReplies.createCannedReply(reply());
      expect(await code(store.cannedReplies.createCannedReply(reply()))).toBe('conflict');
      // A personal reply may share a workspace shortcut, and two agents' personal ones may share one.
      await store.cannedReplies.createCannedReply(reply({ scope: 'personal', ownerId: 'agent-a' }));
      await store.cannedReplies.createCannedReply(reply({ scope: 'personal', ownerId: 'agent-b' }));
      expect(await code(store.cannedReplies.createCannedReply(reply({ scope: 'personal', ownerId: 'agent-a' })))).toBe('conflict');
      // Another workspace has its own shortcuts.
      const other = await seedTenant(store);
      await store.cannedReplies.createCannedReply(reply({ workspaceId: other.workspace.id }));
      const second = await store.cannedReplies.createCannedReply(reply({ shortcut: 'thanks' }));
      expect(await code(store.cannedReplies.updateCannedReply({ ...second, shortcut: 'refund' }))).toBe('conflict');
      expect((await store.cannedReplies.getCannedReply(second.id))?.shortcut).toBe('thanks');
      const racing = await Promise.all([1, 2, 3].map(() => code(store.cannedReplies.createCannedReply(reply({ shortcut: 'race' })))));
      expect(racing.sort()).toEqual(['conflict', 'conflict', 'ok']);
    });

    it('updates and deletes a canned reply, and answers null / false for a missing one', async () => {
      const r = await store.cannedReplies.createCannedReply(reply());
      const updated = await store.cannedReplies.updateCannedReply({ ...r, shortcut: 'money-back', texts: { 'zh-TW': '退款' }, scope: 'personal', ownerId: 'agent-a', updatedAt: CONTRACT_NOW + 5 });
      expect(updated).toEqual({ ...r, shortcut: 'money-back', texts: { 'zh-TW': '退款' }, scope: 'personal', ownerId: 'agent-a', updatedAt: CONTRACT_NOW + 5 });
      expect(await store.cannedReplies.getCannedReply(r.id)).toEqual(updated);
      expect(await store.cannedReplies.updateCannedReply(reply({ id: 'missing' }))).toBeNull();
      expect(await store.cannedReplies.deleteCannedReply(r.id)).toBe(true);
      expect(await store.cannedReplies.deleteCannedReply(r.id)).toBe(false);
      expect(await store.cannedReplies.getCannedReply(r.id)).toBeNull();
    });

    it('keeps tag names unique in a workspace ignoring case, and lists tags by name', async () => {
      const vip = await store.tags.createTag(tag());
      expect(await code(store.tags.createTag(tag({ name: 'vip' })))).toBe('conflict');
      const other = await seedTenant(store);
      await store.tags.createTag(tag({ workspaceId: other.workspace.id }));
      const bug = await store.tags.createTag(tag({ name: 'bug', colour: '#aa0000' }));
      expect(await code(store.tags.updateTag({ ...bug, name: 'Vip' }))).toBe('conflict');
      const renamed = await store.tags.updateTag({ ...bug, name: '退款', colour: '#00aa00' });
      expect(renamed).toEqual({ ...bug, name: '退款', colour: '#00aa00' });
      expect((await store.tags.listTags(tenant.workspace.id)).map((t) => t.name)).toEqual(['VIP', '退款']);
      expect(await store.tags.getTag(vip.id)).toEqual(vip);
      expect(await store.tags.updateTag(tag({ id: 'missing', name: 'x' }))).toBeNull();
    });

    it('sets a conversation’s tags without moving its activity, filters the list by tag, and drops a deleted tag everywhere', async () => {
      const vip = await store.tags.createTag(tag());
      const bug = await store.tags.createTag(tag({ name: 'bug' }));
      const c = (await store.openConversationForVisitor(draftConversation(tenant))).conversation;
      await store.closeConversation(c.id, CONTRACT_NOW + 1);
      const second = (await store.openConversationForVisitor(draftConversation(tenant, { createdAt: CONTRACT_NOW + 2, updatedAt: CONTRACT_NOW + 2 }))).conversation;
      const tagged = await store.tags.setConversationTags(c.id, [bug.id, vip.id]);
      expect(tagged?.tagIds).toEqual([bug.id, vip.id]);
      expect(tagged?.updatedAt).toBe(CONTRACT_NOW + 1);
      expect((await store.getConversation(c.id))?.tagIds).toEqual([bug.id, vip.id]);
      await store.tags.setConversationTags(second.id, [vip.id]);
      const listed = (tagId: string) => store.listConversations({ workspaceId: tenant.workspace.id, tagId, limit: 10 }).then((l) => l.map((x) => x.id));
      expect(await listed(vip.id)).toEqual([second.id, c.id]);
      expect(await listed(bug.id)).toEqual([c.id]);
      expect(await store.listConversations({ workspaceId: tenant.workspace.id, tagId: vip.id, statuses: ['closed'], limit: 10 }).then((l) => l.map((x) => x.id))).toEqual([c.id]);
      expect(await store.listConversations({ workspaceId: 'other', tagId: vip.id, limit: 10 })).toEqual([]);

      expect(await store.tags.deleteTag(vip.id)).toBe(true);
      expect(await store.tags.deleteTag(vip.id)).toBe(false);
      expect((await store.getConversation(c.id))?.tagIds).toEqual([bug.id]);
      expect((await store.getConversation(second.id))?.tagIds).toBeUndefined();
      expect(await listed(vip.id)).toEqual([]);
      const cleared = await store.tags.setConversationTags(c.id, []);
      expect(cleared?.tagIds).toBeUndefined();
      expect(await listed(bug.id)).toEqual([]);
      expect(await store.tags.setConversationTags('missing', [bug.id])).toBeNull();
    });

    it('stores a mention once per note and person, lists an agent’s own newest first, and marks them read once', async () => {
      const mention = (over: Partial<Mention> = {}): Mention => ({
        id: nanoid(),
        workspaceId: tenant.workspace.id,
        conversationId: 'c1',
        messageId: 'm1',
        agentId: 'agent-a',
        byId: 'agent-b',
        byName: 'Bo',
        text: '@An 请回电',
        createdAt: CONTRACT_NOW,
        readAt: null,
        ...over,
      });
      const first = mention();
      expect(await store.mentions.createMentions([first, mention({ agentId: 'agent-c' })])).toHaveLength(2);
      // The same note again stores nothing.
      expect(await store.mentions.createMentions([mention(), mention({ agentId: 'agent-c' })])).toEqual([]);
      const later = mention({ messageId: 'm2', createdAt: CONTRACT_NOW + 5 });
      await store.mentions.createMentions([later]);
      expect((await store.mentions.listMentions('agent-a', { unreadOnly: false, limit: 10 })).map((m) => m.id)).toEqual([later.id, first.id]);
      expect(await store.mentions.markMentionRead(first.id, 'agent-c', CONTRACT_NOW + 6)).toBeNull();
      expect(await store.mentions.markMentionRead(first.id, 'agent-a', CONTRACT_NOW + 7)).toEqual({ ...first, readAt: CONTRACT_NOW + 7 });
      expect((await store.mentions.markMentionRead(first.id, 'agent-a', CONTRACT_NOW + 9))?.readAt).toBe(CONTRACT_NOW + 7);
      expect((await store.mentions.listMentions('agent-a', { unreadOnly: true, limit: 10 })).map((m) => m.id)).toEqual([later.id]);
      expect(await store.mentions.listMentions('nobody', { unreadOnly: false, limit: 10 })).toEqual([]);
    });
  });
}
