import type { Agent, AgentStatus } from '@parley/shared';
import { LocaleSwitcher } from '../i18n/locale-switcher.js';
import { AgentStatusSelect } from '../routing/agent-status-select.js';
import { Avatar } from '../ui/avatar.js';
import { Popover } from '../ui/popover.js';
import { Switch } from '../ui/switch.js';
import type { DesktopAlerts } from './use-desktop-alerts.js';
import { useShellT } from './use-shell-t.js';

export interface PersonMenuProps {
  agent: Agent;
  status: AgentStatus | null;
  onStatus(next: AgentStatus): void;
  muted: boolean;
  onMute(muted: boolean): void;
  desktop: DesktopAlerts;
  accountHref: string;
  onAccount(): void;
  onSignOut(): void;
}

/** The signed-in person at the foot of the rail: their status, alert sound, desktop alerts, language, My account and Sign out. */
export function PersonMenu({ agent, status, onStatus, muted, onMute, desktop, accountHref, onAccount, onSignOut }: PersonMenuProps) {
  const st = useShellT();
  return (
    <Popover
      buttonClass="person-button"
      panelClass="person-panel"
      trigger={
        <>
          {/* Named by the hidden text, not aria-label: the initials shown are not words to match. */}
          <span class="person-avatar" aria-hidden="true">
            <Avatar name={agent.name} src={agent.avatarUrl} size={32} />
            <span class={`status-dot status-${status ?? 'unknown'}`} />
          </span>
          <span class="sr-only">{st('shell.person.menu', { name: agent.name })}</span>
        </>
      }
    >
      {(close) => (
        <>
          <div class="person-head">
            <Avatar name={agent.name} src={agent.avatarUrl} size={40} />
            <span class="person-who">
              <strong>{agent.name}</strong>
              <span class="person-email">{agent.email}</span>
            </span>
          </div>
          <div class="person-settings">
            <AgentStatusSelect status={status} onChoose={onStatus} label={st('shell.person.status')} />
            <Switch checked={!muted} onChange={(on) => onMute(!on)} label={st('shell.person.sound')} />
            <Switch
              checked={desktop.on}
              disabled={desktop.blocked}
              onChange={desktop.set}
              label={st('shell.person.desktop')}
            />
            {desktop.blocked && <p class="person-note">{st('shell.person.desktopBlocked')}</p>}
            <LocaleSwitcher label={st('shell.person.language')} visibleLabel />
          </div>
          <div class="person-actions">
            <a
              href={accountHref}
              class="person-action"
              onClick={(e) => {
                e.preventDefault();
                close();
                onAccount();
              }}
            >
              {st('shell.person.account')}
            </a>
            <button type="button" class="person-action" onClick={onSignOut}>
              {st('shell.person.signOut')}
            </button>
          </div>
        </>
      )}
    </Popover>
  );
}
