import type { JSX } from 'preact';
import { conversationTabs, type ConversationTabId } from '../conversation/conversation-tabs.js';
import { useI18n } from '../i18n/i18n-context.js';
import { NavIcon } from '../shell/nav-icons.js';
import { useShellT } from '../shell/use-shell-t.js';
import { Popover } from '../ui/popover.js';

export interface InboxViewsProps {
  active: ConversationTabId;
  /** Live counts per view (closed has none: it only grows). */
  counts: Partial<Record<ConversationTabId, number>>;
  panelId: string;
  onChange(tab: ConversationTabId): void;
}

/** The views that always show as tabs; the rest are under "More" (and show as a tab while chosen). */
const SHOWN = 3;

/**
 * The inbox's views as tabs with their live counts. Three (Waiting, Mine, All open) fit beside
 * each other in the list's 300 px with three-digit counts in every language; Closed, Offline and
 * Missed are under "More" (with their counts), and the one chosen from there joins the tabs
 * while it is open. Arrow keys move between tabs, as in any tab list.
 */
export function InboxViews({ active, counts, panelId, onChange }: InboxViewsProps) {
  const { t } = useI18n();
  const st = useShellT();
  const extra = conversationTabs.slice(SHOWN);
  const tabs = conversationTabs.filter((tab, i) => i < SHOWN || tab.id === active);
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const rtl = document.documentElement.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const step = event.key === forward ? 1 : event.key === back ? -1 : 0;
    if (!step) return;
    const index = tabs.findIndex((tab) => tab.id === active);
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onChange(next.id);
    event.currentTarget.querySelector<HTMLElement>(`[data-tab="${next.id}"]`)?.focus();
  };
  const count = (id: ConversationTabId) => {
    const n = counts[id];
    return n ? <span class="view-count">{n > 99 ? '99+' : n}</span> : null;
  };
  const extraCount = extra.reduce((sum, tab) => sum + (tab.id === active ? 0 : (counts[tab.id] ?? 0)), 0);
  return (
    <div class="inbox-views">
      <div class="view-tabs" role="tablist" aria-label={st('shell.views')} onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const selected = tab.id === active;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              data-tab={tab.id}
              aria-selected={selected}
              aria-controls={panelId}
              tabIndex={selected ? 0 : -1}
              class="view-tab"
              onClick={() => onChange(tab.id)}
            >
              {t(tab.label)}
              {count(tab.id)}
            </button>
          );
        })}
      </div>
      <Popover
        buttonClass="view-more"
        panelClass="view-more-panel"
        label={st('shell.views.more')}
        trigger={
          <>
            <NavIcon name="more" />
            {extraCount > 0 && <span class="view-count" aria-hidden="true">{extraCount}</span>}
          </>
        }
      >
        {(close) => (
          <ul class="rail-menu">
            {extra.map((tab) => (
              <li key={tab.id}>
                <button
                  type="button"
                  class="rail-menu-item"
                  aria-current={tab.id === active ? 'true' : undefined}
                  onClick={() => {
                    close();
                    onChange(tab.id);
                  }}
                >
                  <span class="rail-label">{t(tab.label)}</span>
                  {count(tab.id)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Popover>
    </div>
  );
}
