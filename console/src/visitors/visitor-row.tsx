import type { AdminKey, LiveVisitor } from '@parley/shared';
import { visitorLabel } from '../conversation/visitor-label.js';
import { useI18n, type Translate } from '../i18n/i18n-context.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { Cell, type TableColumn } from '../ui/table.js';
import { useAdminT } from '../ui/use-admin-t.js';

/** `4:05`, `1:02:09`: time on the site, counted from the visit's start. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

const keys = ['visitor', 'page', 'onSite', 'pages', 'device', 'language'] as const;

/** The visitors table's headers, the last one (the chat button) named for screen readers. */
export function visitorColumns(t: Translate, at: (key: AdminKey) => string): TableColumn[] {
  return [...keys.map((k) => ({ label: t(`console.visitors.${k}`), numeric: k === 'pages' })), { label: at('admin.visitors.chat'), actions: true }];
}

export interface VisitorRowProps {
  visitor: LiveVisitor;
  now: number;
  onStartChat(visitor: LiveVisitor): void;
  onOpenConversation(conversationId: string): void;
}

/** One visitor on the site now. */
export function VisitorRow({ visitor: v, now, onStartChat, onOpenConversation }: VisitorRowProps) {
  const { t, locale } = useI18n();
  const at = useAdminT();
  const name = visitorLabel(locale, v.visitorId, v.name);
  return (
    <tr class={v.hidden ? 'visitor-row away' : 'visitor-row'}>
      <Cell label={t('console.visitors.visitor')}>
        <span class="visitor-name">{name}</span>{' '}
        <Badge tone={v.returning ? 'accent' : 'neutral'}>{t(v.returning ? 'console.visitors.returning' : 'console.visitors.new')}</Badge>
      </Cell>
      <Cell label={t('console.visitors.page')}>
        <span class="visitor-page" title={v.url}>
          {v.title || v.url}
        </span>
        {v.hidden && <span class="visitor-hidden"> · {t('console.visitors.hidden')}</span>}
      </Cell>
      <Cell label={t('console.visitors.onSite')}>{formatDuration(now - v.visitStartedAt)}</Cell>
      <Cell label={t('console.visitors.pages')} numeric>
        {v.pages}
      </Cell>
      <Cell label={t('console.visitors.device')}>
        {v.device} · {v.browser}
      </Cell>
      <Cell label={t('console.visitors.language')}>{v.language ?? '—'}</Cell>
      <Cell label={at('admin.visitors.chat')} actions>
        {v.conversationId ? (
          <Button size="small" variant="quiet" onClick={() => onOpenConversation(v.conversationId!)}>
            {t('console.visitors.chatting')}
          </Button>
        ) : (
          <Button size="small" onClick={() => onStartChat(v)} aria-label={`${t('console.visitors.startChat')}: ${name}`}>
            {t('console.visitors.startChat')}
          </Button>
        )}
      </Cell>
    </tr>
  );
}
