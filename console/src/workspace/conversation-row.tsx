import { systemLineText, type Conversation, type SiteSettings } from '@parley/shared';
import { ServiceLevelBadge } from '../routing/service-level-badge.js';
import { formatDuration } from '../routing/service-level.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useShellT } from '../shell/use-shell-t.js';
import { formatFullTime, formatRelativeTime } from '../time/relative-time.js';
import { Avatar } from '../ui/avatar.js';
import { unreadCount } from './unread.js';
import { RowTags } from '../tags/row-tags.js';

export interface ConversationRowProps {
  conversation: Conversation;
  /** The readable name (given name, email or the friendly one). */
  name: string;
  selected: boolean;
  /** The row `j`/`k` moved to (before Enter opens it). */
  highlighted: boolean;
  typing: boolean;
  now: number;
  settings?: SiteSettings | undefined;
  onSelect(id: string): void;
}

/**
 * One conversation in the list: face, name, time; the last line (or "Typing…"); then what needs
 * attention: unread count (the row turns bold), how long it has waited, the service level, offline
 * or missed, and the rating once given.
 */
export function ConversationRow({ conversation: c, name, selected, highlighted, typing, now, settings, onSelect }: ConversationRowProps) {
  const { t, locale } = useI18n();
  const st = useShellT();
  const last = c.lastMessage;
  const at = last?.createdAt ?? c.updatedAt;
  const unread = unreadCount(c);
  const preview = last ? (last.authorType === 'system' ? systemLineText(locale, { text: last.text, author: { type: 'system', id: null, name: null } }) : last.text) : '';
  const waitingSince = c.status === 'waiting' ? (c.queuedAt ?? c.createdAt) : null;
  const classes = ['conversation-row', unread ? 'unread' : '', highlighted ? 'highlighted' : ''].filter(Boolean).join(' ');
  return (
    <li>
      <button type="button" class={classes} id={`row-${c.id}`} aria-current={selected ? 'true' : undefined} onClick={() => onSelect(c.id)}>
        <Avatar name={name} size={40} />
        <span class="row-body">
          <span class="row-line">
            <span class="row-name">{name}</span>
            <time class="row-time" dateTime={new Date(at).toISOString()} title={formatFullTime(at, locale)}>
              {formatRelativeTime(at, now, locale)}
            </time>
          </span>
          <span class="row-line">
            {typing ? (
              <span class="row-preview row-typing">{st('shell.list.typing')}</span>
            ) : (
              <span class={`row-preview${last?.authorType === 'visitor' ? '' : ' from-team'}`}>{preview}</span>
            )}
            {unread > 0 && (
              <span class="row-unread">
                <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
                <span class="sr-only">{st('shell.list.unread', { count: unread })}</span>
              </span>
            )}
          </span>
          {(waitingSince !== null || c.offline || c.missed || c.rating || settings) && (
            <span class="row-line row-flags">
              {waitingSince !== null && <span class="flag flag-waiting">{st('shell.list.waiting', { time: formatDuration(Math.max(0, now - waitingSince)) })}</span>}
              {c.offline && <span class="flag">{t('console.badge.offline')}</span>}
              {c.missed && <span class="flag flag-missed">{t('console.badge.missed')}</span>}
              {c.rating && <span class="flag flag-rating">{st('shell.list.rating', { score: c.rating.score })}</span>}
              <ServiceLevelBadge conversation={c} settings={settings} now={now} />
            </span>
          )}
          <RowTags tagIds={c.tagIds} />
        </span>
      </button>
    </li>
  );
}
