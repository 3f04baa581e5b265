import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { CONTRACT_NOW, draftConversation, seedTenant, type ContractTenant } from './contract-fixture.js';
import type { AttachmentRecord } from '../../src/store/live-port.js';
import type { Store } from '../../src/store/port.js';

/** The contract of `store.live` (seen marks, ratings, attachments, pre-chat); every adapter's test file runs it. */
export function describeLiveStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`live store contract: ${name}`, () => {
    let store: Store;
    let tenant: ContractTenant;

    beforeEach(async () => {
      store = await makeStore();
      tenant = await seedTenant(store);
    });
    afterEach(async () => {
      await store.close();
    });

    const open = async () => (await store.openConversationForVisitor(draftConversation(tenant))).conversation;
    const visitorSays = (conversationId: string, text: string) =>
      store.appendMessage({ id: nanoid(), conversationId, clientId: nanoid(), author: { type: 'visitor', id: tenant.visitor.id, name: null }, text, internal: false, createdAt: CONTRACT_NOW });

    it('raises each side\'s seen mark only when it grows, and keeps the two apart', async () => {
      const c = await open();
      expect(c.visitorReadSeq ?? 0).toBe(0);
      const first = await store.live.markRead(c.id, 'visitor', 3);
      expect(first?.visitorReadSeq).toBe(3);
      expect(first?.agentReadSeq ?? 0).toBe(0);
      expect(await store.live.markRead(c.id, 'visitor', 3)).toBeNull();
      expect(await store.live.markRead(c.id, 'visitor', 2)).toBeNull();
      expect((await store.live.markRead(c.id, 'agent', 5))?.agentReadSeq).toBe(5);
      const read = await store.getConversation(c.id);
      expect([read?.visitorReadSeq, read?.agentReadSeq]).toEqual([3, 5]);
      expect(await store.live.markRead('no-such-conversation', 'agent', 9)).toBeNull();
    });

    it('lets one of several racing seen marks for the same seq win', async () => {
      const c = await open();
      const results = await Promise.all([1, 2, 3, 4].map(() => store.live.markRead(c.id, 'agent', 7)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('rates only a closed conversation, at most the given number of times', async () => {
      const c = await open();
      const rating = { score: 4, comment: '很好', ratedAt: CONTRACT_NOW };
      expect(await store.live.rate(c.id, rating, 2)).toBeNull();
      await store.closeConversation(c.id, CONTRACT_NOW);
      expect((await store.live.rate(c.id, rating, 2))?.rating).toEqual(rating);
      const changed = { score: 5, comment: null, ratedAt: CONTRACT_NOW + 1 };
      expect((await store.live.rate(c.id, changed, 2))?.rating).toEqual(changed);
      expect(await store.live.rate(c.id, { score: 1, comment: null, ratedAt: CONTRACT_NOW + 2 }, 2)).toBeNull();
      expect((await store.getConversation(c.id))?.rating).toEqual(changed);
    });

    it('deletes a conversation with its messages and attachment records, and leaves the others', async () => {
      const gone = await open();
      await visitorSays(gone.id, '请删除我');
      await store.closeConversation(gone.id, CONTRACT_NOW);
      await store.live.createAttachment({
        id: 'file-of-gone', conversationId: gone.id, workspaceId: tenant.workspace.id, siteId: tenant.site.id, name: 'a.png', size: 1,
        type: 'image/png', uploader: { type: 'visitor', id: tenant.visitor.id }, messageId: null, thumbnail: false, createdAt: CONTRACT_NOW,
      });
      expect(await store.live.deleteConversation(gone.id)).toBe(true);
      expect(await store.getConversation(gone.id)).toBeNull();
      expect(await store.listMessages({ conversationId: gone.id, afterSeq: 0, limit: 10, includeInternal: true })).toEqual([]);
      expect(await store.live.getAttachment('file-of-gone')).toBeNull();
      expect(await store.live.deleteConversation(gone.id)).toBe(false);
      // A new conversation of the same visitor is untouched and still takes messages.
      const kept = await open();
      expect(kept.id).not.toBe(gone.id);
      await visitorSays(kept.id, 'still here');
      expect((await store.getConversation(kept.id))?.lastSeq).toBe(1);
    });

    it('keeps attachment records, binds each to one message only, and deletes them', async () => {
      const c = await open();
      const record = (over: Partial<AttachmentRecord> = {}): AttachmentRecord => ({
        id: nanoid(),
        conversationId: c.id,
        workspaceId: tenant.workspace.id,
        siteId: tenant.site.id,
        name: '截图.png',
        size: 1234,
        type: 'image/png',
        uploader: { type: 'visitor', id: tenant.visitor.id },
        messageId: null,
        thumbnail: true,
        createdAt: CONTRACT_NOW,
        ...over,
      });
      const a = record();
      const b = record({ name: 'notes.txt', type: 'text/plain', thumbnail: false, createdAt: CONTRACT_NOW + 1 });
      await store.live.createAttachment(a);
      await store.live.createAttachment(b);
      expect(await store.live.getAttachment(a.id)).toEqual(a);
      expect(await store.live.bindAttachments([a.id, b.id], 'm1')).toEqual([a.id, b.id]);
      expect(await store.live.bindAttachments([a.id], 'm2')).toEqual([]);
      expect((await store.live.getAttachment(a.id))?.messageId).toBe('m1');
      expect((await store.live.listAttachments(c.id)).map((r) => r.id)).toEqual([a.id, b.id]);
      await store.live.deleteAttachments([a.id, b.id]);
      expect(await store.live.getAttachment(a.id)).toBeNull();
      expect(await store.live.listAttachments(c.id)).toEqual([]);
    });

    it('stores a message\'s attachments with it, and a message without any as before', async () => {
      const c = await open();
      const files = [{ id: 'f1', name: '报价.pdf', size: 99, type: 'application/pdf' as const }];
      const withFiles = await store.appendMessage({
        id: nanoid(), conversationId: c.id, clientId: nanoid(), author: { type: 'agent', id: 'a1', name: 'Mei' },
        text: 'see attached', internal: false, createdAt: CONTRACT_NOW, attachments: files,
      });
      expect(withFiles.message.attachments).toEqual([{ ...files[0], url: '' }]);
      const plain = await visitorSays(c.id, 'thanks');
      expect(plain.message.attachments).toBeUndefined();
      const listed = await store.listMessages({ conversationId: c.id, afterSeq: 0, limit: 10, includeInternal: false });
      expect(listed.map((m) => m.attachments)).toEqual([[{ ...files[0], url: '' }], undefined]);
    });

    it('merges pre-chat answers into the visitor', async () => {
      expect((await store.getVisitor(tenant.visitor.id))?.prechat).toBeUndefined();
      await store.live.mergeVisitorPrechat(tenant.visitor.id, { name: '王小明', company: 'Acme' });
      const merged = await store.live.mergeVisitorPrechat(tenant.visitor.id, { consent: true, company: 'Acme Ltd' });
      expect(merged?.prechat).toEqual({ name: '王小明', company: 'Acme Ltd', consent: true });
      expect((await store.getVisitor(tenant.visitor.id))?.prechat).toEqual(merged?.prechat);
      expect(await store.live.mergeVisitorPrechat('nobody', { a: 'b' })).toBeNull();
    });
  });
}
