import type { Contact, Conversation, SearchAnswer, SearchItem, SearchQuery } from '@parley/shared';
import type { Store } from '../../store/port.js';
import type { ConversationFilters } from '../../store/search-port.js';
import type { Actor } from '../conversations/conversation-access.js';
import { queryTerms } from './message-terms.js';
import { searchMarks } from './search-marks.js';
import { searchSnippet } from './search-snippet.js';

/** Hits looked at per request at most: a filter that rarely matches answers a page with a cursor rather than scanning on. */
const MAX_SCANNED = 2000;
const PAGE = 200;
/** Contacts put before the messages of the first page: a name or email typed into the box. */
const CONTACTS_FIRST_PAGE = 5;

/** A conversation as the results show it: the conversation and who the visitor is, if known. */
interface Seen {
  conversation: Conversation;
  /** Read once the conversation passes the filters; `undefined` until then. */
  contact?: Contact | null;
}

/**
 * Search over the workspace's transcripts (`GET /api/v1/search`): the index gives messages
 * carrying every word, newest first; the conversation's own filters (status, tag, agent,
 * department, rating) are checked on the conversation as it is now. The first page starts with
 * the contacts whose name, email, phone, company or user id holds the query ("over messages and
 * contacts"), each pointing at its newest conversation that passes the filters.
 */
export class ConversationSearch {
  constructor(private readonly store: Store) {}

  async search(actor: Actor & { kind: 'agent' }, query: SearchQuery): Promise<SearchAnswer> {
    const terms = queryTerms(query.q);
    const seen = new Map<string, Seen | null>();
    const items: SearchItem[] = query.cursor ? [] : await this.contactItems(actor.workspaceId, query, seen);
    if (!terms.length) return { items, nextCursor: null };
    const messageItems = items.length;
    let before = query.cursor;
    let scanned = 0;
    for (;;) {
      const page = await this.store.search.searchMessages(actor.workspaceId, terms, {
        ...(query.from !== undefined ? { from: query.from } : {}),
        ...(query.to !== undefined ? { to: query.to } : {}),
        ...(before ? { before } : {}),
        conversation: conversationFilters(query),
        // The first read asks for what one page needs (most queries end there), later ones for more.
        limit: Math.min(scanned === 0 ? query.limit + 1 : PAGE, MAX_SCANNED - scanned),
      });
      for (const hit of page.hits) {
        scanned++;
        before = hit.cursor;
        const found = await this.conversation(hit.conversationId, seen);
        if (found && found.conversation.workspaceId === actor.workspaceId && matches(found.conversation, query)) {
          await this.withContact(found);
          const snippet = searchSnippet(hit.text, query.q);
          items.push({ conversationId: hit.conversationId, messageId: hit.messageId, snippet, marks: searchMarks(snippet, query.q), ...shown(found, hit.createdAt) });
          if (items.length - messageItems === query.limit) return { items, nextCursor: page.next || hit !== page.hits.at(-1) ? hit.cursor : null };
        }
      }
      if (!page.next) return { items, nextCursor: null };
      if (scanned >= MAX_SCANNED) return { items, nextCursor: before ?? null };
    }
  }

  private async contactItems(workspaceId: string, query: SearchQuery, seen: Map<string, Seen | null>): Promise<SearchItem[]> {
    const { contacts } = await this.store.contacts.listContacts(workspaceId, { query: query.q.toLowerCase(), limit: CONTACTS_FIRST_PAGE });
    const items: SearchItem[] = [];
    for (const contact of contacts) {
      const conversation = (await this.store.contacts.listContactConversations(contact.id, 20)).find(
        (c) => matches(c, query) && (query.from === undefined || c.updatedAt >= query.from) && (query.to === undefined || c.createdAt <= query.to),
      );
      if (!conversation) continue;
      seen.set(conversation.id, { conversation, contact });
      const snippet = [contact.name, contact.email, contact.company].filter(Boolean).join(' · ') || contact.userId || contact.id;
      items.push({ conversationId: conversation.id, contactId: contact.id, snippet, marks: searchMarks(snippet, query.q), ...shown({ conversation, contact }, conversation.updatedAt) });
    }
    return items;
  }

  private async conversation(id: string, seen: Map<string, Seen | null>): Promise<Seen | null> {
    if (!seen.has(id)) {
      const conversation = await this.store.getConversation(id);
      seen.set(id, conversation ? { conversation } : null);
    }
    return seen.get(id) ?? null;
  }

  /** Who the visitor is, read only for conversations that pass the filters (a rare filter skips thousands). */
  private async withContact(found: Seen): Promise<void> {
    if (found.contact === undefined) found.contact = await this.store.contacts.getContactOfVisitor(found.conversation.visitorId);
  }
}

function shown({ conversation, contact }: Seen, at: number): Pick<SearchItem, 'status' | 'at' | 'visitorId' | 'name' | 'email'> {
  return { status: conversation.status, at, visitorId: conversation.visitorId, name: contact?.name ?? null, email: contact?.email ?? null };
}

function conversationFilters(q: SearchQuery): ConversationFilters {
  return {
    ...(q.status ? { status: q.status } : {}),
    ...(q.tag ? { tagId: q.tag } : {}),
    ...(q.agent ? { assigneeId: q.agent } : {}),
    ...(q.department ? { departmentId: q.department } : {}),
    ...(q.rating !== undefined ? { rating: q.rating } : {}),
  };
}

function matches(c: Conversation, q: SearchQuery): boolean {
  if (q.status && c.status !== q.status) return false;
  if (q.tag && !c.tagIds?.includes(q.tag)) return false;
  if (q.agent && c.assigneeId !== q.agent) return false;
  if (q.department && (c.departmentId ?? null) !== q.department) return false;
  if (q.rating !== undefined && c.rating?.score !== q.rating) return false;
  return true;
}
