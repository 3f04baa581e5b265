import type { Agent } from '@parley/shared';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { AlertControls } from '../routing/alert-controls.js';
import { AgentStatusSelect } from '../routing/agent-status-select.js';
import { LocaleSwitcher } from '../i18n/locale-switcher.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Section } from '../proactive/use-section.js';
import { useBotT } from '../bots/use-bot-t.js';
import { useSettingsT } from '../settings/use-settings-t.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { Avatar } from '../ui/avatar.js';

export interface TopBarProps {
  agent: Agent;
  socket: ConsoleSocket;
  muted: boolean;
  onMute(muted: boolean): void;
  onSignOut(): void;
  /** The section shown, and moving to another (absent: no navigation, as in tests of the inbox alone). */
  section?: Section;
  onSection?(section: Section): void;
}

/** Brand, the sections (inbox, visitors, triggers, bots, knowledge base, settings for admins), who is signed in and their status, alert sound, language and sign-out. */
export function TopBar({ agent, socket, muted, onMute, onSignOut, section, onSection }: TopBarProps) {
  const { t } = useI18n();
  const tb = useBotT();
  const ts = useSettingsT();
  const ta = useAccountsT();
  // Settings, sites, team and API keys are for admins only (the server refuses anyone else), so only they see the links.
  const adminSections = ['settings', 'sites', 'team', 'api-keys', 'mail'] as const;
  const sections = ['inbox', 'visitors', ...(agent.role === 'agent' ? [] : (['reports'] as const)), 'triggers', 'bots', 'articles', ...(agent.role === 'admin' ? adminSections : [])] as const;
  const label = (s: (typeof sections)[number]) =>
    s === 'settings'
      ? ts('console.nav.settings')
      : s === 'bots' || s === 'articles'
        ? tb(`console.nav.${s}`)
        : s === 'sites' || s === 'team'
          ? ta(`accounts.nav.${s}`)
          : s === 'api-keys'
            ? ta('accounts.nav.apiKeys')
            : s === 'mail'
              ? ta('accounts.nav.mail')
              : t(`console.nav.${s}`);
  return (
    <header class="top-bar">
      <span class="brand">
        <span class="brand-mark" aria-hidden="true">
          P
        </span>
        Parley
      </span>
      {section && onSection && (
        <nav class="sections">
          {sections.map((s) => (
            <a
              key={s}
              href={`${import.meta.env.BASE_URL}${s === 'inbox' ? '' : s}`}
              aria-current={s === section ? 'page' : undefined}
              // On a narrow window the sections scroll sideways: keep the current one in view.
              ref={(el) => void (s === section && el?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }))}
              onClick={(e) => {
                e.preventDefault();
                onSection(s);
              }}
            >
              {label(s)}
            </a>
          ))}
        </nav>
      )}
      <span class="top-bar-end">
        {onSection ? (
          <a
            class="account-link"
            href={`${import.meta.env.BASE_URL}account`}
            title={`${ta('accounts.nav.account')}: ${agent.email}`}
            aria-current={section === 'account' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              onSection('account');
            }}
          >
            <Avatar name={agent.name} src={agent.avatarUrl} size={24} />
            <span class="account-link-name">{agent.name}</span>
            <span class="visually-hidden">{ta('accounts.nav.account')}</span>
          </a>
        ) : (
          <span class="agent-name" title={agent.email}>
            {agent.name}
          </span>
        )}
        <AgentStatusSelect socket={socket} agentId={agent.id} />
        <AlertControls muted={muted} onMute={onMute} />
        <LocaleSwitcher />
        <button type="button" class="button subtle" onClick={onSignOut}>
          {t('console.logout')}
        </button>
      </span>
    </header>
  );
}
