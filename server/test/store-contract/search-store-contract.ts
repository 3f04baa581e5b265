import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { Message, MessageAuthor } from '@parley/shared';
import { CONTRACT_NOW, draftConversation, seedTenant, type ContractTenant } from './contract-fixture.js';
import type { Store } from '../../src/store/port.js';
import { messageTerms, queryTerms } from '../../src/domain/search/message-terms.js';

/** The contract of `store.search` (the transcript index); every adapter's test file runs it. */
export function describeSearchStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`search store contract: ${name}`, () => {
    let store: Store;
    let tenant: ContractTenant;
    let conversationId: string;

    beforeEach(async () => {
      store = await makeStore();
      tenant = await seedTenant(store);
      conversationId = (await store.openConversationForVisitor(draftConversation(tenant))).conversation.id;
    });
    afterEach(async () => {
      await store.close();
    });

    const visitor: MessageAuthor = { type: 'visitor', id: 'v', name: null };
    const say = async (text: string, at: number, author: MessageAuthor = visitor, conversation = conversationId): Promise<Message> =>
      (await store.appendMessage({ id: nanoid(), conversationId: conversation, clientId: nanoid(), author, text, internal: false, createdAt: at })).message;
    const index = (m: Message, terms: string[], workspaceId = tenant.workspace.id) =>
      store.search.indexMessages([{ messageId: m.id, conversationId: m.conversationId, workspaceId, createdAt: m.createdAt, terms }]);
    const ids = async (terms: string[], o: { from?: number; to?: number } = {}, workspaceId = tenant.workspace.id) =>
      (await store.search.searchMessages(workspaceId, terms, { ...o, limit: 50 })).hits.map((h) => h.messageId);

    it('finds a Traditional message from a Simplified query with the domain’s terms', async () => {
      const traditional = await say('請問退款需要多久才會到帳？', CONTRACT_NOW + 1);
      const other = await say('退貨運費誰付', CONTRACT_NOW + 2);
      await index(traditional, messageTerms(traditional.text));
      await index(other, messageTerms(other.text));
      expect(await ids(queryTerms('退款到账'))).toEqual([traditional.id]);
      expect(await ids(queryTerms('退货'))).toEqual([other.id]);
    });

    it('finds messages carrying every term, newest first, with their text, in their workspace only', async () => {
      const a = await say('退款多久到账', CONTRACT_NOW + 1);
      const b = await say('refund please 退款', CONTRACT_NOW + 2);
      const c = await say('shipping', CONTRACT_NOW + 3);
      await index(a, ['退款', '款多', 'u:退']);
      await index(b, ['refund', '退款', 'u:退']);
      await index(c, ['ship']);
      // Indexing again changes nothing.
      await index(a, ['退款', '款多', 'u:退']);
      expect(await ids(['退款'])).toEqual([b.id, a.id]);
      expect(await ids(['退款', 'refund'])).toEqual([b.id]);
      expect(await ids(['u:退'])).toEqual([b.id, a.id]);
      expect(await ids(['nothing'])).toEqual([]);
      expect(await ids([])).toEqual([]);
      expect(await ids(['退款'], {}, 'other-workspace')).toEqual([]);
      const [hit] = (await store.search.searchMessages(tenant.workspace.id, ['ship'], { limit: 5 })).hits;
      expect(hit).toMatchObject({ messageId: c.id, conversationId, createdAt: CONTRACT_NOW + 3, text: 'shipping' });
      // A term with quotes or operators is only a term.
      expect(await ids(['"退款" OR ship'])).toEqual([]);
    });

    it('limits hits to a time range and pages through them with cursors', async () => {
      const messages: Message[] = [];
      for (let i = 0; i < 7; i++) {
        const m = await say(`order ${i}`, CONTRACT_NOW + i * 1000);
        messages.push(m);
        await index(m, ['order']);
      }
      expect(await ids(['order'], { from: CONTRACT_NOW + 2000, to: CONTRACT_NOW + 4000 })).toEqual([messages[4]!.id, messages[3]!.id, messages[2]!.id]);
      const seen: string[] = [];
      let before: string | undefined;
      for (;;) {
        const page = await store.search.searchMessages(tenant.workspace.id, ['order'], { limit: 3, ...(before ? { before } : {}) });
        seen.push(...page.hits.map((h) => h.messageId));
        expect(page.hits.length).toBeLessThanOrEqual(3);
        if (!page.next) break;
        before = page.next;
      }
      expect(seen).toEqual(messages.map((m) => m.id).reverse());
      // A hit's own cursor resumes right after it.
      const first = (await store.search.searchMessages(tenant.workspace.id, ['order'], { limit: 2 })).hits[0]!;
      expect((await store.search.searchMessages(tenant.workspace.id, ['order'], { limit: 1, before: first.cursor })).hits[0]?.messageId).toBe(messages[5]!.id);
    });

    it('lists stored messages not yet indexed, oldest first, leaving out system lines', async () => {
      const a = await say('first', CONTRACT_NOW + 1);
      await say('queued', CONTRACT_NOW + 2, { type: 'system', id: null, name: null });
      const c = await say('third', CONTRACT_NOW + 3);
      expect((await store.search.unindexedMessages(10)).map((m) => m.id)).toEqual([a.id, c.id]);
      await index(a, ['first']);
      expect((await store.search.unindexedMessages(10)).map((m) => m.id)).toEqual([c.id]);
      await index(c, ['third']);
      expect(await store.search.unindexedMessages(10)).toEqual([]);
    });
  });
}
