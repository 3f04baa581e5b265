import { useState } from 'preact/hooks';
import type { Contact } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { Field } from '../ui/field.js';
import { TextInput } from '../ui/text-input.js';
import { ContactDialog } from './contact-dialog.js';
import { useContactsT } from './use-contacts-t.js';

export interface DeleteDialogProps {
  contact: Contact;
  name: string;
  onClose(): void;
  onDeleted(): void;
}

/**
 * Deleting a contact removes their conversations, files and events too, so it asks for the
 * contact's name typed out (a stray click or Enter cannot do it). `DELETE /contacts/{id}`: 204.
 */
export function DeleteDialog({ contact, name, onClose, onDeleted }: DeleteDialogProps) {
  const t = useContactsT();
  const rest = useRestClient();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const confirmed = typed.trim() === name.trim();
  const remove = async () => {
    if (!confirmed) return;
    setBusy(true);
    const result = await rest<null>('DELETE', `/contacts/${encodeURIComponent(contact.id)}`);
    setBusy(false);
    if (!result.ok) return setRefusal(t('contacts.refused', { reason: result.error.message }));
    onDeleted();
  };
  return (
    <ContactDialog
      role="alertdialog"
      title={t('contacts.deleteTitle', { name })}
      confirmLabel={t('contacts.deleteConfirm')}
      variant="danger"
      disabled={!confirmed}
      busy={busy}
      refusal={refusal}
      onConfirm={() => void remove()}
      onClose={onClose}
    >
      <p>{t('contacts.deleteExplain')}</p>
      <Field label={t('contacts.deleteType', { name })}>
        {(c) => <TextInput {...c} value={typed} onValue={setTyped} autoComplete="off" spellcheck={false} onKeyDown={(e) => e.key === 'Enter' && !e.isComposing && (e.preventDefault(), void remove())} />}
      </Field>
    </ContactDialog>
  );
}
