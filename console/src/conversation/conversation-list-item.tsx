import { systemLineText, type Conversation, type SiteSettings } from '@parley/shared';
import { ServiceLevelBadge } from '../routing/service-level-badge.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatFullTime, formatRelativeTime } from '../time/relative-time.js';
import { StatusBadge } from './status-badge.js';
import { visitorLabel } from './visitor-label.js';

export interface ConversationListItemProps {
  conversation: Conversation;
  selected: boolean;
  now: number;
  settings?: SiteSettings | undefined;
  onSelect(id: string): void;
}

/** One row of the inbox: who, what they said last, status and how long ago. */
export function ConversationListItem({ conversation, selected, now, settings, onSelect }: ConversationListItemProps) {
  const { t, locale } = useI18n();
  const last = conversation.lastMessage;
  const at = last?.createdAt ?? conversation.updatedAt;
  const who = visitorLabel(t, conversation.visitorId);
  return (
    <li>
      <button
        type="button"
        class="conversation-item"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(conversation.id)}
      >
        <span class="avatar" aria-hidden="true">
          {conversation.visitorId.slice(0, 1).toUpperCase()}
        </span>
        <span class="conversation-item-body">
          <span class="conversation-item-row">
            <span class="conversation-item-name">{who}</span>
            <time dateTime={new Date(at).toISOString()} title={formatFullTime(at, locale)}>
              {formatRelativeTime(at, now, locale)}
            </time>
          </span>
          <span class="conversation-item-row">
            <span class={`conversation-item-preview${last?.authorType === 'visitor' ? '' : ' from-team'}`}>{last ? (last.authorType === 'system' ? systemLineText(locale, { text: last.text, author: { type: 'system', id: null, name: null } }) : last.text) : ''}</span>
            <StatusBadge status={conversation.status} />
          </span>
          {(conversation.offline || conversation.missed || settings) && (
            <span class="conversation-item-row routing-row">
              {conversation.offline && <span class="flag">{t('console.badge.offline')}</span>}
              {conversation.missed && <span class="flag">{t('console.badge.missed')}</span>}
              <ServiceLevelBadge conversation={conversation} settings={settings} now={now} />
            </span>
          )}
        </span>
      </button>
    </li>
  );
}
