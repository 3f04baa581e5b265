import type { LiveVisitor } from '@parley/shared';
import { visitorLabel } from '../conversation/visitor-label.js';
import { useI18n } from '../i18n/i18n-context.js';

/** `4:05`, `1:02:09`: time on the site, counted from the visit's start. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
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
  const name = visitorLabel(locale, v.visitorId, v.name);
  return (
    <tr class={v.hidden ? 'visitor-row away' : 'visitor-row'}>
      <td>
        <span class="visitor-name">{name}</span>{' '}
        <span class={v.returning ? 'tag returning' : 'tag'}>{t(v.returning ? 'console.visitors.returning' : 'console.visitors.new')}</span>
      </td>
      <td class="visitor-page" title={v.url}>
        {v.title || v.url}
        {v.hidden && <span class="sr-note"> · {t('console.visitors.hidden')}</span>}
      </td>
      <td>{formatDuration(now - v.visitStartedAt)}</td>
      <td>{v.pages}</td>
      <td>
        {v.device} · {v.browser}
      </td>
      <td>{v.language ?? '—'}</td>
      <td>
        {v.conversationId ? (
          <button type="button" class="button subtle" onClick={() => onOpenConversation(v.conversationId!)}>
            {t('console.visitors.chatting')}
          </button>
        ) : (
          <button type="button" class="button" onClick={() => onStartChat(v)} aria-label={`${t('console.visitors.startChat')}: ${name}`}>
            {t('console.visitors.startChat')}
          </button>
        )}
      </td>
    </tr>
  );
}
