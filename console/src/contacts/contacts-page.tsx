import { useState } from 'preact/hooks';
import '../styles/contacts.css';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { LoadError, Loading, Page } from '../ui/page.js';
import { EmptyState } from '../ui/table.js';
import { TextInput } from '../ui/text-input.js';
import { ContactDrawer } from './contact-drawer.js';
import { ContactsTable } from './contacts-table.js';
import { useContactSearch } from './use-contact-search.js';
import { useContactsT } from './use-contacts-t.js';
import { useOpenContact } from './use-open-contact.js';

/**
 * Contacts: everyone who said who they are, searched as you type (name, email, phone, company,
 * user id), newest change first, "Load more" through the server's cursor; a contact opens in a
 * drawer (profile, attributes, notes, conversations, export, merge, delete).
 */
export function ContactsPage({ onOpenConversation }: { onOpenConversation(conversationId: string): void }) {
  const t = useContactsT();
  const [query, setQuery] = useState('');
  const [search, { loadMore, reload }] = useContactSearch(query);
  const [openId, setOpenId] = useOpenContact();
  // Bumped by every change from the drawer, so rows read their counts again.
  const [version, setVersion] = useState(0);
  const changed = () => {
    setVersion((v) => v + 1);
    reload();
  };

  const empty = search.state === 'ready' && search.query ? (
    <EmptyState title={t('contacts.noMatchTitle', { query: search.query })}>{t('contacts.noMatchText')}</EmptyState>
  ) : (
    <EmptyState title={t('contacts.emptyTitle')}>{t('contacts.emptyText')}</EmptyState>
  );
  return (
    <Page title={t('contacts.title')} intro={t('contacts.intro')}>
      <div class="contacts-search" role="search">
        <Field label={t('contacts.search')} help={t('contacts.searchHelp')}>
          {(c) => <TextInput {...c} type="search" value={query} onValue={setQuery} autoComplete="off" spellcheck={false} />}
        </Field>
      </div>
      {search.state === 'loading' && <Loading />}
      {search.state === 'failed' && <LoadError error={search.error} onRetry={reload} />}
      {search.state === 'ready' && (
        <>
          <ContactsTable contacts={search.contacts} version={version} onOpen={(c) => setOpenId(c.id)} empty={empty} />
          {search.more !== 'idle' && search.more !== 'loading' && <LoadError error={search.more} onRetry={loadMore} />}
          {search.nextCursor && (
            <div class="contacts-more">
              <span class="muted" role="status">
                {t('contacts.shown', { count: search.contacts.length })}
              </span>
              <Button onClick={loadMore} busy={search.more === 'loading'}>
                {t('contacts.loadMore')}
              </Button>
            </div>
          )}
        </>
      )}
      {openId && <ContactDrawer contactId={openId} onClose={() => setOpenId(null)} onChanged={changed} onOpenConversation={onOpenConversation} />}
    </Page>
  );
}
