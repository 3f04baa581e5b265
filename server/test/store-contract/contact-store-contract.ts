import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { Contact } from '@parley/shared';
import { CONTRACT_NOW, draftConversation, seedTenant, type ContractTenant } from './contract-fixture.js';
import type { Store } from '../../src/store/port.js';

/** The contract of `store.contacts` (contacts, linked visitors, identity secrets); every adapter's test file runs it. */
export function describeContactStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`contact store contract: ${name}`, () => {
    let store: Store;
    let tenant: ContractTenant;

    beforeEach(async () => {
      store = await makeStore();
      tenant = await seedTenant(store);
    });
    afterEach(async () => {
      await store.close();
    });

    const contact = (over: Partial<Contact> = {}): Contact => ({
      id: nanoid(),
      workspaceId: tenant.workspace.id,
      siteId: tenant.site.id,
      userId: null,
      verified: false,
      name: null,
      email: null,
      phone: null,
      company: null,
      attributes: {},
      notes: '',
      visitorIds: [],
      createdAt: CONTRACT_NOW,
      updatedAt: CONTRACT_NOW,
      ...over,
    });
    const visitor = async () =>
      store.createVisitor({ id: nanoid(), siteId: tenant.site.id, name: null, email: null, createdAt: CONTRACT_NOW, lastSeenAt: CONTRACT_NOW });
    const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code);

    it('stores a contact with its profile and linked visitors, and finds it by visitor and by verified user id', async () => {
      const c = await store.contacts.createContact(
        contact({ userId: 'u-1', verified: true, name: '王小梅', email: 'mei@x.cn', phone: '+86 138', company: '小梅商店', attributes: { plan: 'pro', seats: 3, trial: false }, notes: '老客户', visitorIds: [tenant.visitor.id] }),
      );
      expect(await store.contacts.getContact(c.id)).toEqual(c);
      expect(c.visitorIds).toEqual([tenant.visitor.id]);
      expect(await store.contacts.getContactOfVisitor(tenant.visitor.id)).toEqual(c);
      expect(await store.contacts.getVerifiedContact(tenant.site.id, 'u-1')).toEqual(c);
      expect(await store.contacts.getVerifiedContact(tenant.site.id, 'u-2')).toBeNull();
      expect(await store.contacts.getContactOfVisitor('nobody')).toBeNull();
    });

    it('keeps one verified contact per site and user id (also when racing), but any number unverified', async () => {
      await store.contacts.createContact(contact({ userId: 'u-1', verified: true }));
      expect(await code(store.contacts.createContact(contact({ userId: 'u-1', verified: true })))).toBe('conflict');
      await store.contacts.createContact(contact({ userId: 'u-1' }));
      await store.contacts.createContact(contact({ userId: 'u-1' }));
      const other = await seedTenant(store);
      await store.contacts.createContact(contact({ workspaceId: other.workspace.id, siteId: other.site.id, userId: 'u-1', verified: true }));
      const racing = await Promise.all([1, 2, 3].map(() => code(store.contacts.createContact(contact({ userId: 'race', verified: true })))));
      expect(racing.sort()).toEqual(['conflict', 'conflict', 'ok']);
      const unverified = await store.contacts.createContact(contact({ userId: 'u-9' }));
      await store.contacts.createContact(contact({ userId: 'u-9', verified: true }));
      expect(await code(store.contacts.updateContact({ ...unverified, verified: true }))).toBe('conflict');
    });

    it('moves a visitor from one contact to another when linked, and lists the contact’s conversations across its visitors', async () => {
      const second = await visitor();
      const anonymous = await store.contacts.createContact(contact({ visitorIds: [second.id] }));
      const verified = await store.contacts.createContact(contact({ userId: 'u-1', verified: true, visitorIds: [tenant.visitor.id] }));
      const linked = await store.contacts.linkVisitor(verified.id, second.id, CONTRACT_NOW + 10);
      expect(linked?.visitorIds).toEqual([tenant.visitor.id, second.id]);
      expect(linked?.updatedAt).toBe(CONTRACT_NOW + 10);
      expect((await store.contacts.getContact(anonymous.id))?.visitorIds).toEqual([]);
      expect((await store.contacts.getContactOfVisitor(second.id))?.id).toBe(verified.id);
      // Linking again changes nothing; a missing contact links nothing.
      expect((await store.contacts.linkVisitor(verified.id, second.id, CONTRACT_NOW + 20))?.visitorIds).toEqual([tenant.visitor.id, second.id]);
      expect(await store.contacts.linkVisitor('missing', second.id, CONTRACT_NOW)).toBeNull();
      expect((await store.contacts.getContactOfVisitor(second.id))?.id).toBe(verified.id);

      const first = (await store.openConversationForVisitor(draftConversation(tenant))).conversation;
      await store.closeConversation(first.id, CONTRACT_NOW + 1);
      const fromSecond = (await store.openConversationForVisitor(draftConversation({ ...tenant, visitor: second }, { createdAt: CONTRACT_NOW + 5 }))).conversation;
      const stranger = await visitor();
      await store.openConversationForVisitor(draftConversation({ ...tenant, visitor: stranger }));
      expect((await store.contacts.listContactConversations(verified.id, 10)).map((c) => c.id)).toEqual([fromSecond.id, first.id]);
      expect((await store.contacts.listContactConversations(verified.id, 1)).map((c) => c.id)).toEqual([fromSecond.id]);
      expect(await store.contacts.listContactConversations(anonymous.id, 10)).toEqual([]);
    });

    it('updates a profile, and searches and pages the workspace’s contacts newest change first', async () => {
      const mei = await store.contacts.createContact(contact({ name: '王小梅', email: 'mei@shop.cn', updatedAt: CONTRACT_NOW + 3 }));
      const bob = await store.contacts.createContact(contact({ name: 'Bob', company: 'ACME Ltd', updatedAt: CONTRACT_NOW + 2 }));
      const ann = await store.contacts.createContact(contact({ name: 'Ann', userId: 'user-42', updatedAt: CONTRACT_NOW + 2 }));
      const other = await seedTenant(store);
      await store.contacts.createContact(contact({ workspaceId: other.workspace.id, siteId: other.site.id, name: 'Bob elsewhere' }));

      const list = (query: string, limit = 10, after?: { updatedAt: number; id: string }) =>
        store.contacts.listContacts(tenant.workspace.id, { query, limit, ...(after ? { after } : {}) });
      const ids = async (query: string) => (await list(query)).contacts.map((c) => c.id);
      const tied = [bob, ann].sort((a, b) => (a.id < b.id ? 1 : -1)).map((c) => c.id);
      expect(await ids('')).toEqual([mei.id, ...tied]);
      expect(await ids('小梅')).toEqual([mei.id]);
      expect(await ids('acme')).toEqual([bob.id]);
      expect(await ids('user-4')).toEqual([ann.id]);
      expect(await ids('.*')).toEqual([]);
      const page1 = await list('', 2);
      expect(page1.contacts.map((c) => c.id)).toEqual([mei.id, tied[0]]);
      const page2 = await list('', 2, page1.next!);
      expect(page2.contacts.map((c) => c.id)).toEqual([tied[1]]);
      expect(page2.next).toBeNull();

      const updated = await store.contacts.updateContact({ ...bob, name: 'Robert', phone: '+1 555', attributes: { tier: 'gold' }, notes: 'VIP', updatedAt: CONTRACT_NOW + 9 });
      expect(updated).toEqual({ ...bob, name: 'Robert', phone: '+1 555', attributes: { tier: 'gold' }, notes: 'VIP', updatedAt: CONTRACT_NOW + 9 });
      expect(await ids('robert')).toEqual([bob.id]);
      expect(await ids('')).toEqual([bob.id, mei.id, ann.id]);
      expect(await store.contacts.updateContact(contact({ id: 'missing' }))).toBeNull();
    });

    it('deletes a contact and its links, leaving its visitors free to link again', async () => {
      const c = await store.contacts.createContact(contact({ userId: 'u-1', verified: true, visitorIds: [tenant.visitor.id] }));
      expect(await store.contacts.deleteContact(c.id)).toBe(true);
      expect(await store.contacts.deleteContact(c.id)).toBe(false);
      expect(await store.contacts.getContact(c.id)).toBeNull();
      expect(await store.contacts.getContactOfVisitor(tenant.visitor.id)).toBeNull();
      // Its user id is free again.
      const again = await store.contacts.createContact(contact({ userId: 'u-1', verified: true, visitorIds: [tenant.visitor.id] }));
      expect((await store.contacts.getContactOfVisitor(tenant.visitor.id))?.id).toBe(again.id);
    });

    it('keeps each site’s identity secret, replaced on rotation', async () => {
      expect(await store.contacts.getIdentitySecret(tenant.site.id)).toBeNull();
      await store.contacts.setIdentitySecret(tenant.site.id, 'first', CONTRACT_NOW);
      await store.contacts.setIdentitySecret(tenant.site.id, 'second', CONTRACT_NOW + 1);
      expect(await store.contacts.getIdentitySecret(tenant.site.id)).toBe('second');
      expect(await store.contacts.getIdentitySecret('other-site')).toBeNull();
    });
  });
}
