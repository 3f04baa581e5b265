import type { Conversation } from '@parley/shared';
import type { Actor } from './conversation-access.js';

/** What a visitor's first message says about where it should go. */
export interface RouteHints {
  /**
   * A department decided before the visitor wrote (a proactive rule's action): it wins over the
   * visitor's choice and the page rules while the workspace still has it.
   */
  presetDepartmentId?: string | undefined;
  /** The department the visitor chose in the widget. */
  departmentId?: string | undefined;
  pageUrl?: string | undefined;
  locale?: string | undefined;
}

/**
 * How the conversation service hands conversations to routing (domain/routing), without
 * knowing how routing works. The defaults do nothing, so the service stands alone in tests.
 */
export interface ConversationHooks {
  /** Fields a new conversation starts with: its department and the language of its system lines. */
  draftFields(actor: Actor & { kind: 'visitor' }, hints: RouteHints): Promise<Pick<Conversation, 'departmentId' | 'locale'>>;
  /** A recently closed conversation to reopen for this visitor's new message, reopened; else `null`. */
  reopenRecent(actor: Actor & { kind: 'visitor' }): Promise<Conversation | null>;
  /** A new conversation now holds the visitor's first message: queue it, acknowledge it. */
  started(conversation: Conversation): Promise<void>;
}

export const noHooks: ConversationHooks = {
  draftFields: async () => ({ departmentId: null, locale: null }),
  reopenRecent: async () => null,
  started: async () => undefined,
};
