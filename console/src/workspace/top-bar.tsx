import type { Agent } from '@parley/shared';
import { LocaleSwitcher } from '../i18n/locale-switcher.js';
import { useI18n } from '../i18n/i18n-context.js';

/** Brand, who is signed in, language and sign-out. */
export function TopBar({ agent, onSignOut }: { agent: Agent; onSignOut(): void }) {
  const { t } = useI18n();
  return (
    <header class="top-bar">
      <span class="brand">
        <span class="brand-mark" aria-hidden="true">
          P
        </span>
        Parley
      </span>
      <span class="top-bar-end">
        <span class="agent-name" title={agent.email}>
          {agent.name}
        </span>
        <LocaleSwitcher />
        <button type="button" class="button subtle" onClick={onSignOut}>
          {t('console.logout')}
        </button>
      </span>
    </header>
  );
}
