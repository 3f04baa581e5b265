import type { ComponentChildren } from 'preact';
import type { Conversation, ShellKey, SiteSettings } from '@parley/shared';
import type { ConversationTabId } from '../conversation/conversation-tabs.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useShellT } from '../shell/use-shell-t.js';
import { useNow } from '../time/use-now.js';
import { ConversationRow } from './conversation-row.js';
import { InboxViews } from './inbox-views.js';

export interface InboxListProps {
  tab: ConversationTabId;
  conversations: readonly Conversation[];
  counts: Partial<Record<ConversationTabId, number>>;
  nameOf(conversation: Conversation): string;
  typing: ReadonlySet<string>;
  settings?: ReadonlyMap<string, SiteSettings>;
  selectedId: string | null;
  highlightedId: string | null;
  onTabChange(tab: ConversationTabId): void;
  onSelect(id: string): void;
  /** Above the rows, under the views (the tag filter). */
  toolbar?: ComponentChildren;
  /** Said instead of the view's empty text while a filter hides every row. */
  filteredEmpty?: string | null;
}

const PANEL_ID = 'inbox-list-panel';

const emptyText = (tab: ConversationTabId): ShellKey =>
  tab === 'waiting' ? 'shell.list.empty.waiting' : tab === 'mine' ? 'shell.list.empty.mine' : 'shell.list.empty.other';

/** The list pane: the page's heading, the views, and the conversations of the chosen one. */
export function InboxList(props: InboxListProps) {
  const { t } = useI18n();
  const st = useShellT();
  // Every second: waiting times and service-level clocks tick.
  const now = useNow(1000);
  return (
    <section class="inbox-list" aria-labelledby="inbox-heading">
      <header class="inbox-list-header">
        <h1 id="inbox-heading">{t('console.nav.inbox')}</h1>
      </header>
      <InboxViews active={props.tab} counts={props.counts} panelId={PANEL_ID} onChange={props.onTabChange} />
      {props.toolbar}
      <div id={PANEL_ID} role="tabpanel" class="inbox-list-panel" aria-labelledby="inbox-heading">
        {props.conversations.length === 0 ? (
          <p class="inbox-empty">{props.filteredEmpty ?? st(emptyText(props.tab))}</p>
        ) : (
          <ul class="conversation-rows">
            {props.conversations.map((c) => (
              <ConversationRow
                key={c.id}
                conversation={c}
                name={props.nameOf(c)}
                selected={c.id === props.selectedId}
                highlighted={c.id === props.highlightedId}
                typing={props.typing.has(c.id)}
                now={now}
                settings={props.settings?.get(c.siteId)}
                onSelect={props.onSelect}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
