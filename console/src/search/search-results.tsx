import type { SearchItem } from '@parley/shared';
import { visitorLabel } from '../conversation/visitor-label.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatFullTime, formatRelativeTime } from '../time/relative-time.js';
import { useNow } from '../time/use-now.js';
import { Badge } from '../ui/badge.js';
import { MarkedText } from './marked-text.js';
import { useSearchT } from './use-search-t.js';

const tone = { waiting: 'warning', open: 'success', closed: 'neutral' } as const;

/**
 * The results: each a link to its conversation (so a middle click opens a tab) with who the
 * visitor is, the snippet with the query's words marked, the status and when.
 */
export function SearchResults({ items, onOpen }: { items: readonly SearchItem[]; onOpen(item: SearchItem): void }) {
  const t = useSearchT();
  const { locale } = useI18n();
  const now = useNow(30_000);
  return (
    <ul class="search-results">
      {items.map((item) => {
        const name = visitorLabel(locale, item.visitorId ?? item.conversationId, item.name, item.email);
        return (
          <li key={`${item.contactId ?? ''}:${item.messageId ?? item.conversationId}`}>
            <a
              class="search-result"
              href={`${import.meta.env.BASE_URL}conversations/${item.conversationId}`}
              onClick={(e) => {
                if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                onOpen(item);
              }}
            >
              <span class="search-result-head">
                <span class="search-result-name">{name}</span>
                {item.contactId && <Badge tone="accent">{t('search.contact')}</Badge>}
                {item.status && <Badge tone={tone[item.status]}>{t(`search.status.${item.status}`)}</Badge>}
                {item.at !== undefined && (
                  <time class="search-result-time" dateTime={new Date(item.at).toISOString()} title={formatFullTime(item.at, locale)}>
                    {formatRelativeTime(item.at, now, locale)}
                  </time>
                )}
              </span>
              <span class="search-result-snippet">
                <MarkedText text={item.snippet} marks={item.marks} />
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
