import { useEffect, useState } from 'preact/hooks';
import type { Contact, Conversation } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { useLoad } from '../accounts/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useNow } from '../time/use-now.js';
import { Button } from '../ui/button.js';
import { Drawer } from '../ui/drawer.js';
import { LoadError, Loading, Notice } from '../ui/page.js';
import { useToast } from '../ui/toast.js';
import { AttributeEditor } from './attribute-editor.js';
import { ContactConversations } from './contact-conversations.js';
import { exportContact } from './contact-export.js';
import { contactName } from './contact-name.js';
import { ContactProfileForm } from './contact-profile-form.js';
import { DeleteDialog } from './delete-dialog.js';
import { MergeDialog } from './merge-dialog.js';
import { useContactsT } from './use-contacts-t.js';
import { VerifiedBadge } from './verified-badge.js';

export interface ContactDrawerProps {
  contactId: string;
  onClose(): void;
  /** Something changed (saved, merged, deleted): the list reads again. */
  onChanged(): void;
  onOpenConversation(conversationId: string): void;
}

const formId = 'contact-profile-form';

/**
 * One contact in a drawer: verified or not, the profile (Save at the foot), attributes edited in
 * place, their conversations (each opens in the inbox), and Export JSON, Merge and Delete.
 */
export function ContactDrawer({ contactId, onClose, onChanged, onOpenConversation }: ContactDrawerProps) {
  const t = useContactsT();
  const { locale } = useI18n();
  const rest = useRestClient();
  const toast = useToast();
  const now = useNow(30_000);
  const id = encodeURIComponent(contactId);
  const [loaded, reload] = useLoad(() => rest<{ contact: Contact }>('GET', `/contacts/${id}`), [rest, id]);
  const [conversations, reloadConversations] = useLoad(() => rest<{ conversations: Conversation[] }>('GET', `/contacts/${id}/conversations?limit=50`), [rest, id]);
  const [contact, setContact] = useState<Contact | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<'merge' | 'delete' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => setContact(loaded.state === 'ready' ? loaded.data.contact : null), [loaded]);
  const name = contact ? contactName(contact, locale, t('contacts.unnamed')) : t('contacts.title');

  const changed = (next: Contact) => {
    setContact(next);
    onChanged();
  };
  const doExport = async () => {
    const result = await exportContact(rest, contactId);
    if (result.ok) toast(t('contacts.exported', { file: result.file }));
    else setNotice(t('contacts.refused', { reason: result.error.message }));
  };

  return (
    <Drawer
      open
      title={name}
      onClose={onClose}
      footer={
        contact && (
          <>
            <Button onClick={onClose}>{t('contacts.cancel')}</Button>
            <Button variant="primary" type="submit" form={formId} busy={busy}>
              {t('contacts.save')}
            </Button>
          </>
        )
      }
    >
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <LoadError error={loaded.error} onRetry={reload} />}
      {contact && (
        <div class="contact-detail">
          <div class="contact-detail-status">
            <VerifiedBadge verified={contact.verified} showUnverified />
            <p class="muted">{contact.verified ? t('contacts.verifiedHelp') : t('contacts.unverifiedHelp')}</p>
          </div>
          <div class="contact-detail-actions" role="group" aria-label={t('contacts.actions')}>
            <Button size="small" onClick={() => void doExport()}>
              {t('contacts.export')}
            </Button>
            <Button size="small" onClick={() => setDialog('merge')}>
              {t('contacts.merge')}
            </Button>
            <Button size="small" variant="danger" onClick={() => setDialog('delete')}>
              {t('contacts.delete')}
            </Button>
          </div>
          {notice && (
            <Notice tone="danger" role="alert">
              <p>{notice}</p>
            </Notice>
          )}
          <section aria-labelledby="contact-profile-title">
            <h3 id="contact-profile-title" class="contact-detail-title">
              {t('contacts.profile')}
            </h3>
            <ContactProfileForm
              key={contact.id}
              id={formId}
              contact={contact}
              onBusy={setBusy}
              onUnchanged={() => toast(t('contacts.nothingChanged'))}
              onSaved={(saved) => (changed(saved), toast(t('contacts.saved', { name: contactName(saved, locale, t('contacts.unnamed')) })))}
            />
          </section>
          <section aria-labelledby="contact-attributes-title">
            <h3 id="contact-attributes-title" class="contact-detail-title">
              {t('contacts.attributes')}
            </h3>
            <AttributeEditor contact={contact} onChange={changed} />
          </section>
          <section aria-labelledby="contact-conversations-title">
            <h3 id="contact-conversations-title" class="contact-detail-title">
              {t('contacts.conversations')}
            </h3>
            {conversations.state === 'loading' && <Loading />}
            {conversations.state === 'failed' && <LoadError error={conversations.error} onRetry={reloadConversations} />}
            {conversations.state === 'ready' && (
              <ContactConversations conversations={conversations.data.conversations} now={now} onOpen={onOpenConversation} none={t('contacts.conversationsNone')} />
            )}
          </section>
        </div>
      )}
      {contact && dialog === 'merge' && (
        <MergeDialog
          kept={contact}
          onClose={() => setDialog(null)}
          onMerged={(merged, otherName) => {
            setDialog(null);
            changed(merged);
            reloadConversations();
            toast(t('contacts.merged', { other: otherName, name: contactName(merged, locale, t('contacts.unnamed')) }));
          }}
        />
      )}
      {contact && dialog === 'delete' && (
        <DeleteDialog
          contact={contact}
          name={name}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            toast(t('contacts.deleted', { name }));
            onChanged();
            onClose();
          }}
        />
      )}
    </Drawer>
  );
}
