import type { Agent } from '@parley/shared';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useBotT } from '../bots/use-bot-t.js';
import { useContactsT } from '../contacts/use-contacts-t.js';
import { useCannedT } from '../canned/use-canned-t.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Section } from '../proactive/use-section.js';
import { useSettingsT } from '../settings/use-settings-t.js';
import { useTeamworkT } from '../tags/use-teamwork-t.js';
import { useSupervisionT } from '../supervision/use-supervision-t.js';

/** Sections everyone gets, then the ones for admins only (the server refuses anyone else, so only they see the links). */
const everyone = ['inbox', 'visitors', 'contacts', 'mentions', 'triggers', 'bots', 'articles', 'canned-replies'] as const satisfies readonly Section[];
const adminsOnly = ['settings', 'sites', 'team', 'api-keys', 'mail', 'tags'] as const satisfies readonly Section[];

/** The live board and reports are for supervisors and admins (the server refuses plain agents). */
export function sectionsFor(role: Agent['role']): Section[] {
  const [inbox, visitors, ...rest] = everyone;
  const shared: Section[] = role === 'agent' ? [...everyone] : [inbox, visitors, 'supervision', 'reports', ...rest];
  return role === 'admin' ? [...shared, ...adminsOnly] : shared;
}

/** Each section's name, read from the family its page's strings live in. */
export function useSectionLabel(): (section: Section) => string {
  const { t } = useI18n();
  const tb = useBotT();
  const ts = useSettingsT();
  const ta = useAccountsT();
  const tc = useContactsT();
  const tw = useTeamworkT();
  const tcr = useCannedT();
  const tv = useSupervisionT();
  return (s) => {
    switch (s) {
      case 'supervision':
        return tv('supervision.nav');
      case 'settings':
        return ts('console.nav.settings');
      case 'bots':
      case 'articles':
        return tb(`console.nav.${s}`);
      case 'sites':
      case 'team':
        return ta(`accounts.nav.${s}`);
      case 'api-keys':
        return ta('accounts.nav.apiKeys');
      case 'mail':
        return ta('accounts.nav.mail');
      case 'account':
        return ta('accounts.nav.account');
      case 'contacts':
        return tc('contacts.nav');
      case 'mentions':
      case 'tags':
        return tw(`${s}.nav`);
      case 'canned-replies':
        return tcr('canned.nav');
      default:
        return t(`console.nav.${s}`);
    }
  };
}
