import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { ConversationEventKind, type Conversation, type Visitor } from '@parley/shared';
import { CONTRACT_NOW, draftConversation, seedTenant, type ContractTenant } from './contract-fixture.js';
import type { Store } from '../../src/store/port.js';

const day = 86_400_000;

/**
 * The contract of `store.privacy` (issue 16) and of the conversation deletion retention relies
 * on: exactly what is due is found, and a deleted conversation leaves nothing stored under it.
 */
export function describePrivacyStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`privacy store contract: ${name}`, () => {
    let store: Store;
    let tenant: ContractTenant;

    beforeEach(async () => {
      store = await makeStore();
      tenant = await seedTenant(store);
    });
    afterEach(async () => {
      await store.close();
    });

    const visitorSeenAt = (lastSeenAt: number): Promise<Visitor> =>
      store.createVisitor({ id: nanoid(), siteId: tenant.site.id, name: null, email: null, createdAt: lastSeenAt, lastSeenAt });
    /** A conversation of `visitor` with one message at `at`, closed at `closedAt` (or left open). */
    const conversationAt = async (visitor: Visitor, at: number, closedAt: number | null): Promise<Conversation> => {
      const { conversation } = await store.openConversationForVisitor(
        draftConversation({ ...tenant, visitor }, { createdAt: at, updatedAt: at }),
      );
      await store.appendMessage({ id: nanoid(), conversationId: conversation.id, clientId: nanoid(), author: { type: 'visitor', id: visitor.id, name: null }, text: '旧消息 old message', internal: false, createdAt: at });
      if (closedAt !== null) await store.closeConversation(conversation.id, closedAt);
      return (await store.getConversation(conversation.id))!;
    };

    it('finds exactly the closed conversations last active before the cutoff, never an open one', async () => {
      const cutoff = CONTRACT_NOW - 30 * day;
      const old = await conversationAt(await visitorSeenAt(cutoff - 5 * day), cutoff - 10 * day, cutoff - 9 * day);
      const closedJustAfter = await conversationAt(await visitorSeenAt(cutoff), cutoff - 10 * day, cutoff + 1);
      const openButOld = await conversationAt(await visitorSeenAt(cutoff - 5 * day), cutoff - 10 * day, null);
      const other = await seedTenant(store);
      const otherSite = await store.openConversationForVisitor(draftConversation(other, { createdAt: cutoff - 10 * day, updatedAt: cutoff - 10 * day }));
      await store.closeConversation(otherSite.conversation.id, cutoff - 10 * day);

      const due = await store.privacy.conversationsDue(tenant.site.id, cutoff, 10);
      expect(due.map((c) => c.id)).toEqual([old.id]);
      expect(due.map((c) => c.id)).not.toContain(closedJustAfter.id);
      expect(due.map((c) => c.id)).not.toContain(openButOld.id);
      expect(await store.privacy.conversationsDue(tenant.site.id, cutoff, 0)).toEqual([]);
    });

    it('finds visitors not seen since the cutoff with no conversation and no contact', async () => {
      const cutoff = CONTRACT_NOW - 30 * day;
      const gone = await visitorSeenAt(cutoff - 1);
      const recent = await visitorSeenAt(cutoff + 1);
      const withConversation = await visitorSeenAt(cutoff - 1);
      await conversationAt(withConversation, cutoff - 2, cutoff - 1);
      const contactsOwn = await visitorSeenAt(cutoff - 1);
      await store.contacts.createContact({
        id: nanoid(), workspaceId: tenant.workspace.id, siteId: tenant.site.id, userId: null, verified: false, name: '王芳', email: null,
        phone: null, company: null, attributes: {}, notes: '', visitorIds: [contactsOwn.id], createdAt: CONTRACT_NOW, updatedAt: CONTRACT_NOW,
      });
      const due = await store.privacy.visitorsDue(tenant.site.id, cutoff, 10);
      expect(due).toContain(gone.id);
      expect(due).not.toContain(recent.id);
      expect(due).not.toContain(withConversation.id);
      expect(due).not.toContain(contactsOwn.id);
      // The tenant's own visitor was seen at CONTRACT_NOW: not due either.
      expect(due).toEqual([gone.id]);
    });

    it('deletes a conversation with its search entries, tags, mentions and events, and a visitor with their history', async () => {
      const visitor = await visitorSeenAt(CONTRACT_NOW - 40 * day);
      const c = await conversationAt(visitor, CONTRACT_NOW - 40 * day, CONTRACT_NOW - 39 * day);
      const [message] = await store.listMessages({ conversationId: c.id, afterSeq: 0, limit: 5, includeInternal: true });
      await store.search.indexMessages([{ messageId: message!.id, conversationId: c.id, workspaceId: tenant.workspace.id, createdAt: message!.createdAt, terms: ['privacyterm'] }]);
      const tag = await store.tags.createTag({ id: nanoid(), workspaceId: tenant.workspace.id, name: 'vip', colour: '#3366cc', createdAt: CONTRACT_NOW });
      await store.tags.setConversationTags(c.id, [tag.id]);
      await store.routing.appendEvent({ conversationId: c.id, workspaceId: tenant.workspace.id, siteId: tenant.site.id, kind: ConversationEventKind.resolved, at: CONTRACT_NOW - 39 * day, agentId: null, departmentId: null, data: {} });
      await store.proactive.recordTriggerEvent({ siteId: tenant.site.id, visitorId: visitor.id, ruleId: 'r1', kind: 'shown', sessionId: null, at: CONTRACT_NOW - 40 * day });
      expect((await store.search.searchMessages(tenant.workspace.id, ['privacyterm'], { limit: 5 })).hits).toHaveLength(1);

      expect(await store.live.deleteConversation(c.id)).toBe(true);
      expect(await store.getConversation(c.id)).toBeNull();
      expect((await store.search.searchMessages(tenant.workspace.id, ['privacyterm'], { limit: 5 })).hits).toEqual([]);
      expect(await store.routing.listEvents(c.id)).toEqual([]);
      expect(await store.listConversations({ workspaceId: tenant.workspace.id, tagId: tag.id, limit: 10 })).toEqual([]);
      expect(await store.live.deleteConversation(c.id)).toBe(false);

      expect(await store.privacy.visitorConversations(visitor.id)).toEqual([]);
      expect(await store.privacy.deleteVisitor(visitor.id)).toBe(true);
      expect(await store.getVisitor(visitor.id)).toBeNull();
      expect(await store.proactive.listTriggerHistory(visitor.id, 0)).toEqual([]);
      expect(await store.privacy.deleteVisitor(visitor.id)).toBe(false);
      // The tenant's visitor is untouched.
      expect(await store.getVisitor(tenant.visitor.id)).not.toBeNull();
    });

    it('gives the lease to one holder at a time until it runs out, and keeps each run', async () => {
      expect(await store.privacy.takeLease('retention', 'a', CONTRACT_NOW, 1000)).toBe(true);
      expect(await store.privacy.takeLease('retention', 'b', CONTRACT_NOW + 10, 1000)).toBe(false);
      expect(await store.privacy.takeLease('retention', 'a', CONTRACT_NOW + 20, 1000)).toBe(true);
      expect(await store.privacy.takeLease('retention', 'b', CONTRACT_NOW + 1020, 1000)).toBe(true);
      const racers = await Promise.all(['c', 'd', 'e'].map((holder) => store.privacy.takeLease('other', holder, CONTRACT_NOW, 1000)));
      expect(racers.filter(Boolean)).toHaveLength(1);

      const run = (startedAt: number) => ({
        id: nanoid(), workspaceId: tenant.workspace.id, siteId: tenant.site.id, startedAt, finishedAt: startedAt + 5,
        retentionDays: 30, cutoff: startedAt - 30 * day, conversations: 2, messages: 7, files: 1, visitors: 1,
      });
      const first = run(CONTRACT_NOW);
      const second = run(CONTRACT_NOW + 3_600_000);
      await store.privacy.recordRetentionRun(first);
      await store.privacy.recordRetentionRun(second);
      expect(await store.privacy.listRetentionRuns(tenant.site.id, 10)).toEqual([second, first]);
      expect(await store.privacy.listRetentionRuns(tenant.site.id, 1)).toEqual([second]);
      expect(await store.privacy.listRetentionRuns('no-such-site', 10)).toEqual([]);
    });
  });
}
