import type { JSX } from 'preact';
import { useI18n } from '../i18n/i18n-context.js';
import { conversationTabs, type ConversationTabId } from './conversation-tabs.js';

export interface ConversationTabBarProps {
  active: ConversationTabId;
  counts: Partial<Record<ConversationTabId, number>>;
  panelId: string;
  onChange(tab: ConversationTabId): void;
}

/** The inbox tabs; arrow keys move between them as in any tab list. */
export function ConversationTabBar({ active, counts, panelId, onChange }: ConversationTabBarProps) {
  const { t } = useI18n();
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const index = conversationTabs.findIndex((tab) => tab.id === active);
    const next = conversationTabs[(index + step + conversationTabs.length) % conversationTabs.length]!;
    onChange(next.id);
    event.currentTarget.querySelector<HTMLElement>(`[data-tab="${next.id}"]`)?.focus();
  };
  return (
    <div class="tab-bar" role="tablist" onKeyDown={onKeyDown}>
      {conversationTabs.map((tab) => {
        const selected = tab.id === active;
        const count = counts[tab.id];
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            data-tab={tab.id}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(tab.id)}
          >
            {t(tab.label)}
            {count ? (
              <>
                {' '}
                <span class="tab-count">{count}</span>
              </>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
