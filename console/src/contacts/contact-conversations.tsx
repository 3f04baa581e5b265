import type { Conversation } from '@parley/shared';
import { StatusBadge } from '../conversation/status-badge.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatFullTime, formatRelativeTime } from '../time/relative-time.js';
import { useContactsT } from './use-contacts-t.js';

export interface ContactConversationsProps {
  conversations: readonly Conversation[];
  now: number;
  onOpen(conversationId: string): void;
  /** What to say with none (the drawer and the panel say it differently). */
  none: string;
}

/** A contact's conversations, newest first: each a button opening it in the inbox (status, last line, when). */
export function ContactConversations({ conversations, now, onOpen, none }: ContactConversationsProps) {
  const t = useContactsT();
  const { locale } = useI18n();
  if (conversations.length === 0) return <p class="muted">{none}</p>;
  return (
    <ul class="contact-conversations">
      {conversations.map((c) => (
        <li key={c.id}>
          <button type="button" class="contact-conversation" onClick={() => onOpen(c.id)}>
            <span class="contact-conversation-line">{c.lastMessage?.text || t('contacts.conversationEmpty')}</span>
            <span class="contact-conversation-meta">
              <StatusBadge status={c.status} />
              <time dateTime={new Date(c.updatedAt).toISOString()} title={formatFullTime(c.updatedAt, locale)}>
                {formatRelativeTime(c.updatedAt, now, locale)}
              </time>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
