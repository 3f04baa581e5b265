import type { Conversation, SearchAnswer, SearchItem, SearchQuery } from '@parley/shared';
import type { Store } from '../../store/port.js';
import type { Actor } from '../conversations/conversation-access.js';
import { queryTerms } from './message-terms.js';
import { searchSnippet } from './search-snippet.js';

/** Hits looked at per request at most: a filter that rarely matches answers a page with a cursor rather than scanning on. */
const MAX_SCANNED = 2000;
const PAGE = 200;

/**
 * Search over the workspace's transcripts (`GET /api/v1/search`): the index gives messages
 * carrying every word, newest first; the conversation's own filters (status, tag, agent,
 * department, rating) are checked on the conversation as it is now.
 */
export class ConversationSearch {
  constructor(private readonly store: Store) {}

  async search(actor: Actor & { kind: 'agent' }, query: SearchQuery): Promise<SearchAnswer> {
    const terms = queryTerms(query.q);
    if (!terms.length) return { items: [], nextCursor: null };
    const items: SearchItem[] = [];
    const conversations = new Map<string, Conversation | null>();
    let before = query.cursor;
    let scanned = 0;
    for (;;) {
      const page = await this.store.search.searchMessages(actor.workspaceId, terms, {
        ...(query.from !== undefined ? { from: query.from } : {}),
        ...(query.to !== undefined ? { to: query.to } : {}),
        ...(before ? { before } : {}),
        limit: Math.min(PAGE, MAX_SCANNED - scanned),
      });
      for (const hit of page.hits) {
        scanned++;
        before = hit.cursor;
        if (!conversations.has(hit.conversationId)) conversations.set(hit.conversationId, await this.store.getConversation(hit.conversationId));
        const conversation = conversations.get(hit.conversationId);
        if (conversation && conversation.workspaceId === actor.workspaceId && matches(conversation, query)) {
          items.push({ conversationId: hit.conversationId, messageId: hit.messageId, snippet: searchSnippet(hit.text, query.q) });
          if (items.length === query.limit) return { items, nextCursor: page.next || hit !== page.hits.at(-1) ? hit.cursor : null };
        }
      }
      if (!page.next) return { items, nextCursor: null };
      if (scanned >= MAX_SCANNED) return { items, nextCursor: before ?? null };
    }
  }
}

function matches(c: Conversation, q: SearchQuery): boolean {
  if (q.status && c.status !== q.status) return false;
  if (q.tag && !c.tagIds?.includes(q.tag)) return false;
  if (q.agent && c.assigneeId !== q.agent) return false;
  if (q.department && (c.departmentId ?? null) !== q.department) return false;
  if (q.rating !== undefined && c.rating?.score !== q.rating) return false;
  return true;
}
