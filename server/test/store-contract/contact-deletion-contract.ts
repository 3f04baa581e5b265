import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { Contact, Visitor } from '@parley/shared';
import { CONTRACT_NOW, draftConversation, seedTenant, type ContractTenant } from './contract-fixture.js';
import type { Store } from '../../src/store/port.js';
import type { FileStorage } from '../../src/store/file-storage-port.js';
import { openFileStorage } from '../../src/store/open-file-storage.js';
import { ContactDeletion } from '../../src/domain/contacts/contact-deletion.js';
import type { ConversationFiles } from '../../src/domain/privacy/conversation-eraser.js';
import { FilesService } from '../../src/domain/conversation-live/files-service.js';
import { FileLinks } from '../../src/domain/conversation-live/file-links.js';
import { TokenService } from '../../src/auth/tokens.js';
import { createLogger } from '../../src/logger.js';

/**
 * Deleting a contact (`ContactDeletion` over `store.contacts`, `store.live`, the file storage):
 * everything of theirs goes and nothing of anyone else's, and a deletion cut short finishes when
 * resumed. Every adapter's test file runs it.
 */
export function describeContactDeletionContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`contact deletion contract: ${name}`, () => {
    let store: Store;
    let tenant: ContractTenant;
    let dir: string;
    let storage: FileStorage;
    let files: FilesService;
    const log = createLogger('silent');

    beforeEach(async () => {
      store = await makeStore();
      tenant = await seedTenant(store);
      dir = mkdtempSync(path.join(tmpdir(), 'parley-contact-deletion-'));
      storage = openFileStorage(store, dir);
      files = new FilesService({ store, storage, links: new FileLinks('s'.repeat(32)), tokens: new TokenService('t'.repeat(32), 60), thumbnail: null });
    });
    afterEach(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const newVisitor = () => store.createVisitor({ id: nanoid(), siteId: tenant.site.id, name: null, email: null, createdAt: CONTRACT_NOW, lastSeenAt: CONTRACT_NOW });
    const tagId = nanoid();

    /** A closed conversation of the visitor with a message (indexed under `term`), a file, a tag, a mention and a trigger event. */
    async function chatOf(visitor: Visitor, term: string): Promise<{ conversationId: string; fileId: string }> {
      const of = { ...tenant, visitor };
      const { conversation } = await store.openConversationForVisitor(draftConversation(of));
      const { message } = await store.appendMessage({ id: nanoid(), conversationId: conversation.id, clientId: nanoid(), author: { type: 'visitor', id: visitor.id, name: null }, text: term, internal: false, createdAt: CONTRACT_NOW });
      await store.search.indexMessages([{ messageId: message.id, conversationId: conversation.id, workspaceId: tenant.workspace.id, createdAt: CONTRACT_NOW, terms: [term] }]);
      const fileId = nanoid();
      const source = path.join(dir, `${fileId}.txt`);
      writeFileSync(source, 'the bytes of a file');
      await storage.put(fileId, source);
      await store.live.createAttachment({ id: fileId, conversationId: conversation.id, workspaceId: tenant.workspace.id, siteId: tenant.site.id, name: 'a.txt', size: 19, type: 'text/plain', uploader: { type: 'visitor', id: visitor.id }, messageId: message.id, thumbnail: false, createdAt: CONTRACT_NOW });
      await store.tags.setConversationTags(conversation.id, [tagId]);
      await store.mentions.createMentions([{ id: nanoid(), workspaceId: tenant.workspace.id, conversationId: conversation.id, messageId: message.id, agentId: 'agent-1', byId: 'agent-2', byName: 'Mei', text: term, createdAt: CONTRACT_NOW, readAt: null }]);
      await store.proactive.recordTriggerEvent({ siteId: tenant.site.id, visitorId: visitor.id, ruleId: 'rule-1', kind: 'shown', sessionId: null, at: CONTRACT_NOW });
      await store.closeConversation(conversation.id, CONTRACT_NOW + 1);
      return { conversationId: conversation.id, fileId };
    }

    async function seed() {
      await store.tags.createTag({ id: tagId, workspaceId: tenant.workspace.id, name: 'vip', colour: '#aa0000', createdAt: CONTRACT_NOW });
      const second = await newVisitor();
      const contact: Contact = await store.contacts.createContact({
        id: nanoid(), workspaceId: tenant.workspace.id, siteId: tenant.site.id, userId: 'user-42', verified: true, name: 'Mei', email: null, phone: null, company: null,
        attributes: {}, notes: '', visitorIds: [tenant.visitor.id, second.id], createdAt: CONTRACT_NOW, updatedAt: CONTRACT_NOW,
      });
      const chats = [await chatOf(tenant.visitor, 'alphaterm'), await chatOf(second, 'betaterm'), await chatOf(tenant.visitor, 'gammaterm')];
      const stranger = await newVisitor();
      const kept = await chatOf(stranger, 'keptterm');
      return { contact, visitors: [tenant.visitor, second], chats, stranger, kept };
    }

    const hits = async (term: string) => (await store.search.searchMessages(tenant.workspace.id, [term], { limit: 10 })).hits.length;
    const bytes = async (fileId: string) => (await storage.open(fileId)) !== null;

    async function expectAllGone(s: Awaited<ReturnType<typeof seed>>) {
      expect(await store.contacts.getContact(s.contact.id)).toBeNull();
      expect(await store.contacts.listContactDeletions()).toEqual([]);
      expect(await store.contacts.getVerifiedContact(tenant.site.id, 'user-42')).toBeNull();
      for (const visitor of s.visitors) {
        expect(await store.getVisitor(visitor.id)).toBeNull();
        expect(await store.getLatestConversationForVisitor(visitor.id)).toBeNull();
        expect(await store.proactive.listTriggerHistory(visitor.id, 0)).toEqual([]);
      }
      for (const chat of s.chats) {
        expect(await store.getConversation(chat.conversationId)).toBeNull();
        expect(await store.listMessages({ conversationId: chat.conversationId, afterSeq: 0, limit: 10, includeInternal: true })).toEqual([]);
        expect(await store.live.listAttachments(chat.conversationId)).toEqual([]);
        expect(await bytes(chat.fileId)).toBe(false);
      }
      for (const term of ['alphaterm', 'betaterm', 'gammaterm']) expect(await hits(term)).toBe(0);
      expect((await store.mentions.listMentions('agent-1', { unreadOnly: false, limit: 10 })).map((m) => m.text)).toEqual(['keptterm']);
      // Nobody else's: the stranger's visitor, conversation, file, index entry and tag stay.
      expect(await store.getVisitor(s.stranger.id)).not.toBeNull();
      expect((await store.getConversation(s.kept.conversationId))?.id).toBe(s.kept.conversationId);
      expect(await bytes(s.kept.fileId)).toBe(true);
      expect(await hits('keptterm')).toBe(1);
      expect((await store.listConversations({ workspaceId: tenant.workspace.id, tagId, limit: 10 })).map((c) => c.id)).toEqual([s.kept.conversationId]);
    }

    it('deletes the contact with their conversations, messages, files, index entries, tags, mentions, events and visitors, and nobody else’s', async () => {
      const s = await seed();
      const deletion = new ContactDeletion({ store, files, log });
      expect(await deletion.delete(s.contact.id)).toBe(true);
      await expectAllGone(s);
      expect(await deletion.delete(s.contact.id)).toBe(false);
      expect(await deletion.resumePending()).toBe(0);
    });

    it('finishes a deletion cut short (a crash after the first conversation) when resumed, and it reads as gone meanwhile', async () => {
      const s = await seed();
      let calls = 0;
      const crashing: ConversationFiles = {
        deleteConversationFiles: async (id) => {
          if (++calls === 2) throw new Error('simulated crash');
          return files.deleteConversationFiles(id);
        },
      };
      await expect(new ContactDeletion({ store, files: crashing, log }).delete(s.contact.id)).rejects.toThrow('simulated crash');
      // Half done: marked (gone to every read), some of it still stored.
      expect(await store.contacts.getContact(s.contact.id)).toBeNull();
      expect((await store.contacts.listContacts(tenant.workspace.id, { query: '', limit: 10 })).contacts).toEqual([]);
      expect(await store.contacts.getContactOfVisitor(tenant.visitor.id)).toBeNull();
      expect((await store.contacts.listContactDeletions()).map((c) => c.id)).toEqual([s.contact.id]);
      expect(await store.getVisitor(tenant.visitor.id)).not.toBeNull();

      // The next start.
      expect(await new ContactDeletion({ store, files, log }).resumePending()).toBe(1);
      await expectAllGone(s);
    });
  });
}
