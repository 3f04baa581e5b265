import type { ComponentChildren } from 'preact';
import type { Contact } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { formatRelativeTime } from '../time/relative-time.js';
import { useNow } from '../time/use-now.js';
import { Cell, Table } from '../ui/table.js';
import { contactName } from './contact-name.js';
import { useContactActivity } from './use-contact-activity.js';
import { useContactsT } from './use-contacts-t.js';
import { VerifiedBadge } from './verified-badge.js';

export interface ContactsTableProps {
  contacts: readonly Contact[];
  /** Bumped after a merge, so rows read their counts again. */
  version: number;
  onOpen(contact: Contact): void;
  empty: ComponentChildren;
}

/** The contacts as a table (cards below 820 px): name with the verified badge, email, company, last seen, conversations. */
export function ContactsTable({ contacts, version, onOpen, empty }: ContactsTableProps) {
  const t = useContactsT();
  const now = useNow(30_000);
  const columns = [
    { label: t('contacts.col.name') },
    { label: t('contacts.col.email') },
    { label: t('contacts.col.company') },
    { label: t('contacts.col.lastSeen') },
    { label: t('contacts.col.conversations'), numeric: true },
  ];
  return (
    <Table caption={t('contacts.caption')} columns={columns} empty={empty}>
      {contacts.map((c) => (
        <ContactRow key={c.id} contact={c} version={version} now={now} onOpen={onOpen} />
      ))}
    </Table>
  );
}

function ContactRow({ contact, version, now, onOpen }: { contact: Contact; version: number; now: number; onOpen(contact: Contact): void }) {
  const t = useContactsT();
  const { locale } = useI18n();
  const activity = useContactActivity(contact.id, version);
  const name = contactName(contact, locale, t('contacts.unnamed'));
  const missing = <span class="muted">{t('contacts.notGiven')}</span>;
  return (
    <tr>
      <Cell label={t('contacts.col.name')}>
        <span class="contact-cell-name">
          <button type="button" class="contact-row-name" onClick={() => onOpen(contact)}>
            {name}
          </button>
          <VerifiedBadge verified={contact.verified} />
        </span>
      </Cell>
      <Cell label={t('contacts.col.email')}>{contact.email ?? missing}</Cell>
      <Cell label={t('contacts.col.company')}>{contact.company ?? missing}</Cell>
      <Cell label={t('contacts.col.lastSeen')}>
        {activity?.lastSeenAt ? <time dateTime={new Date(activity.lastSeenAt).toISOString()}>{formatRelativeTime(activity.lastSeenAt, now, locale)}</time> : activity ? t('contacts.noConversations') : ''}
      </Cell>
      <Cell label={t('contacts.col.conversations')} numeric>
        {activity ? (activity.capped ? t('contacts.countCapped', { count: activity.count }) : new Intl.NumberFormat(locale).format(activity.count)) : ''}
      </Cell>
    </tr>
  );
}
