import type { Conversation, SiteSettings } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { useNow } from '../time/use-now.js';
import { ConversationListItem } from './conversation-list-item.js';
import { ConversationTabBar } from './conversation-tab-bar.js';
import type { ConversationTabId } from './conversation-tabs.js';

export interface ConversationListProps {
  tab: ConversationTabId;
  conversations: readonly Conversation[];
  waitingCount: number;
  /** Missed chats known to the console (counted in their tab). */
  missedCount?: number;
  /** Sites' settings, for each row's time against its service-level target. */
  settings?: ReadonlyMap<string, SiteSettings>;
  selectedId: string | null;
  onTabChange(tab: ConversationTabId): void;
  onSelect(id: string): void;
}

const PANEL_ID = 'conversation-list-panel';

/** The left column: tabs over the conversations of the chosen one. */
export function ConversationList(props: ConversationListProps) {
  const { t } = useI18n();
  // Every second: the service-level clocks tick.
  const now = useNow(1000);
  return (
    <nav class="inbox" aria-label={t('console.list.title')}>
      <ConversationTabBar active={props.tab} counts={{ waiting: props.waitingCount, ...(props.missedCount ? { missed: props.missedCount } : {}) }} panelId={PANEL_ID} onChange={props.onTabChange} />
      <div id={PANEL_ID} role="tabpanel" class="inbox-panel">
        {props.conversations.length === 0 ? (
          <p class="empty">{t('console.list.empty')}</p>
        ) : (
          <ul class="conversation-items">
            {props.conversations.map((conversation) => (
              <ConversationListItem
                key={conversation.id}
                conversation={conversation}
                selected={conversation.id === props.selectedId}
                now={now}
                settings={props.settings?.get(conversation.siteId)}
                onSelect={props.onSelect}
              />
            ))}
          </ul>
        )}
      </div>
    </nav>
  );
}
