import { useState } from 'preact/hooks';
import type { Contact } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { Loading } from '../ui/page.js';
import { TextInput } from '../ui/text-input.js';
import { ContactDialog } from './contact-dialog.js';
import { contactName } from './contact-name.js';
import { useContactSearch } from './use-contact-search.js';
import { useContactsT } from './use-contacts-t.js';
import { VerifiedBadge } from './verified-badge.js';

export interface MergeDialogProps {
  /** The contact that stays (the drawer's). */
  kept: Contact;
  onClose(): void;
  onMerged(merged: Contact, otherName: string): void;
}

/**
 * Merge another contact into this one: search and pick the other, read what will happen (every
 * conversation of both kept, details filled in, the other removed), then confirm.
 * `POST /contacts/{id}/merge { otherId }`.
 */
export function MergeDialog({ kept, onClose, onMerged }: MergeDialogProps) {
  const t = useContactsT();
  const { locale } = useI18n();
  const rest = useRestClient();
  const [query, setQuery] = useState('');
  const [search] = useContactSearch(query);
  const [other, setOther] = useState<Contact | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const keptName = contactName(kept, locale, t('contacts.unnamed'));
  const otherName = other ? contactName(other, locale, t('contacts.unnamed')) : '';
  const candidates = search.state === 'ready' ? search.contacts.filter((c) => c.id !== kept.id) : [];

  const merge = async () => {
    if (!other) return;
    setBusy(true);
    const result = await rest<{ contact: Contact }>('POST', `/contacts/${encodeURIComponent(kept.id)}/merge`, { otherId: other.id });
    setBusy(false);
    if (!result.ok) return setRefusal(t('contacts.refused', { reason: result.error.message }));
    onMerged(result.data.contact, otherName);
  };

  return (
    <ContactDialog
      title={t('contacts.mergeTitle', { name: keptName })}
      confirmLabel={t('contacts.mergeConfirm')}
      variant="primary"
      disabled={!other}
      busy={busy}
      refusal={refusal}
      onConfirm={() => void merge()}
      onClose={onClose}
    >
      {other ? (
        <div class="merge-chosen">
          <p class="merge-pair">
            <strong>{otherName}</strong> <span aria-hidden="true">→</span> <strong>{keptName}</strong>
          </p>
          <p>{t('contacts.mergeExplain', { name: keptName, other: otherName })}</p>
          <Button size="small" variant="quiet" onClick={() => setOther(null)}>
            {t('contacts.mergeSearch')}
          </Button>
        </div>
      ) : (
        <>
          <Field label={t('contacts.mergeSearch')} help={t('contacts.searchHelp')}>
            {(c) => <TextInput {...c} type="search" value={query} onValue={setQuery} autoComplete="off" />}
          </Field>
          {search.state === 'loading' && <Loading />}
          {search.state === 'ready' && candidates.length === 0 && <p class="muted">{t('contacts.mergeNoMatch')}</p>}
          {candidates.length > 0 && (
            <ul class="merge-candidates" aria-label={t('contacts.mergePickCaption')}>
              {candidates.slice(0, 20).map((c) => {
                const name = contactName(c, locale, t('contacts.unnamed'));
                return (
                  <li key={c.id}>
                    <button type="button" class="merge-candidate" aria-label={t('contacts.mergePick', { name })} onClick={() => setOther(c)}>
                      <span class="merge-candidate-name">{name}</span>
                      {c.email && c.email !== name && <span class="muted">{c.email}</span>}
                      <VerifiedBadge verified={c.verified} />
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </ContactDialog>
  );
}
