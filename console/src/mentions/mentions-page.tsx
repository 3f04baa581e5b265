import type { Mention } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { useStore } from '../state/use-store.js';
import { useTeamworkT } from '../tags/use-teamwork-t.js';
import { formatFullTime, formatRelativeTime } from '../time/relative-time.js';
import { useNow } from '../time/use-now.js';
import { Avatar } from '../ui/avatar.js';
import { LoadError, Loading, Page } from '../ui/page.js';
import { EmptyState } from '../ui/table.js';
import { unreadMentions, type MentionFeed } from './mention-feed.js';

/**
 * The "Mentions" view: notes where colleagues named this agent, newest first, unread ones marked;
 * opening one opens its conversation and marks it read.
 */
export function MentionsPage({ feed, myName, onOpen }: { feed: MentionFeed; myName: string; onOpen(mention: Mention): void }) {
  const tt = useTeamworkT();
  const { locale } = useI18n();
  const state = useStore(feed.state);
  const now = useNow(30_000);
  const unread = unreadMentions(state);
  return (
    <Page title={tt('mentions.title')} intro={tt('mentions.intro')}>
      {state.mentions === null && !state.failed && <Loading />}
      {state.mentions === null && state.failed && <LoadError error={state.failed} onRetry={() => void feed.refresh()} />}
      {state.mentions?.length === 0 && <EmptyState title={tt('mentions.emptyTitle')}>{tt('mentions.emptyText', { name: myName })}</EmptyState>}
      {!!state.mentions?.length && (
        <section aria-label={tt('mentions.caption')}>
          {unread > 0 && <p class="mentions-unread-count">{tt('mentions.unreadCount', { count: unread })}</p>}
          <ul class="mention-items">
            {state.mentions.map((m) => (
              <li key={m.id}>
                <button type="button" class={`mention-item${m.readAt === null ? ' unread' : ''}`} onClick={() => onOpen(m)}>
                  <Avatar name={m.byName} size={32} />
                  <span class="mention-body">
                    <span class="mention-line">
                      <strong class="mention-by">{tt('mentions.by', { name: m.byName })}</strong>
                      {m.readAt === null && <span class="mention-dot">{tt('mentions.unread')}</span>}
                      <time class="mention-time" dateTime={new Date(m.createdAt).toISOString()} title={formatFullTime(m.createdAt, locale)}>
                        {formatRelativeTime(m.createdAt, now, locale)}
                      </time>
                    </span>
                    <span class="mention-text">{m.text}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
