import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { MessageAuthor } from '@parley/shared';
import { CONTRACT_NOW, draftConversation, seedTenant, type ContractTenant } from './contract-fixture.js';
import type { Store } from '../../src/store/port.js';

/**
 * The visitor's gap-free numbering (issue 16): `visitorSeq` counts only what a visitor may see,
 * so internal notes leave no hole in it, while the agents' `seq` stays as it was.
 */
export function describeVisitorSeqStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`visitor seq store contract: ${name}`, () => {
    let store: Store;
    let tenant: ContractTenant;

    beforeEach(async () => {
      store = await makeStore();
      tenant = await seedTenant(store);
    });
    afterEach(async () => {
      await store.close();
    });

    const agent: MessageAuthor = { type: 'agent', id: 'agent-1', name: 'Li' };
    const say = (conversationId: string, author: MessageAuthor, internal = false, clientId = nanoid()) =>
      store.appendMessage({ id: nanoid(), conversationId, clientId, author, text: `${author.type} ${clientId}`, internal, createdAt: CONTRACT_NOW });

    it('numbers visible messages 1..n without the notes, and keeps the agents\' seq', async () => {
      const { conversation } = await store.openConversationForVisitor(draftConversation(tenant));
      const visitor: MessageAuthor = { type: 'visitor', id: tenant.visitor.id, name: null };
      const written = [
        await say(conversation.id, visitor),
        await say(conversation.id, agent, true),
        await say(conversation.id, { type: 'system', id: null, name: null }),
        await say(conversation.id, agent, true),
        await say(conversation.id, agent),
      ];
      expect(written.map((w) => w.message.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(written.map((w) => w.message.visitorSeq)).toEqual([1, undefined, 2, undefined, 3]);
      const last = written[4]!.conversation;
      expect([last.lastSeq, last.lastVisitorSeq]).toEqual([5, 3]);
      // A re-send is the stored message and moves nothing.
      const again = await say(conversation.id, agent, false, written[4]!.message.clientId);
      expect([again.created, again.message.visitorSeq, again.conversation.lastVisitorSeq]).toEqual([false, 3, 3]);

      const page = (afterSeq: number) =>
        store.listMessages({ conversationId: conversation.id, afterSeq, limit: 10, includeInternal: false, visitorView: true });
      expect((await page(0)).map((m) => m.visitorSeq)).toEqual([1, 2, 3]);
      expect((await page(1)).map((m) => m.seq)).toEqual([3, 5]);
      expect(await page(3)).toEqual([]);
      // The agents' view is unchanged.
      const all = await store.listMessages({ conversationId: conversation.id, afterSeq: 2, limit: 10, includeInternal: true });
      expect(all.map((m) => m.seq)).toEqual([3, 4, 5]);
      expect((await store.getConversation(conversation.id))?.lastVisitorSeq).toBe(3);
    });

    it('translates read marks between the two numberings', async () => {
      const { conversation } = await store.openConversationForVisitor(draftConversation(tenant));
      const visitor: MessageAuthor = { type: 'visitor', id: tenant.visitor.id, name: null };
      await say(conversation.id, visitor); // seq 1, visitorSeq 1
      await say(conversation.id, agent, true); // seq 2
      await say(conversation.id, agent); // seq 3, visitorSeq 2
      expect(await store.live.seqOfVisitorSeq(conversation.id, 2)).toBe(3);
      expect(await store.live.seqOfVisitorSeq(conversation.id, 1)).toBe(1);
      expect(await store.live.seqOfVisitorSeq(conversation.id, 9)).toBe(0);
      // An agent who read up to the note has, for the visitor, read up to visitorSeq 1.
      expect((await store.live.markRead(conversation.id, 'agent', 2))?.agentReadVisitorSeq).toBe(1);
      expect((await store.live.markRead(conversation.id, 'agent', 3))?.agentReadVisitorSeq).toBe(2);
      expect((await store.getConversation(conversation.id))?.agentReadVisitorSeq).toBe(2);
    });
  });
}
