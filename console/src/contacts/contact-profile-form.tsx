import { useState } from 'preact/hooks';
import type { Contact, ContactPatch } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { issueText } from '../accounts/issue-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/page.js';
import { TextArea, TextInput } from '../ui/text-input.js';
import type { FieldIssue } from '@parley/shared';
import { useContactsT } from './use-contacts-t.js';

type Draft = Record<'name' | 'email' | 'phone' | 'company' | 'notes', string>;

const draftOf = (c: Contact): Draft => ({ name: c.name ?? '', email: c.email ?? '', phone: c.phone ?? '', company: c.company ?? '', notes: c.notes });

/** Only the fields that changed; an emptied one is `null` (cleared), notes stay text. */
export function profilePatch(contact: Contact, draft: Draft): ContactPatch {
  const before = draftOf(contact);
  const patch: ContactPatch = {};
  for (const key of ['name', 'email', 'phone', 'company'] as const) {
    if (draft[key].trim() !== before[key]) patch[key] = draft[key].trim() || null;
  }
  if (draft.notes !== before.notes) patch.notes = draft.notes;
  return patch;
}

export interface ContactProfileFormProps {
  id: string;
  contact: Contact;
  onSaved(contact: Contact): void;
  /** "Nothing has changed.", announced by the drawer. */
  onUnchanged(): void;
  onBusy(busy: boolean): void;
}

/**
 * Name, email, phone, company and notes; PATCH sends only what changed. A verified contact's
 * user id and email came from the site's own system through the signed identify: read-only here.
 */
export function ContactProfileForm({ id, contact, onSaved, onUnchanged, onBusy }: ContactProfileFormProps) {
  const t = useContactsT();
  const ta = useAccountsT();
  const rest = useRestClient();
  const [draft, setDraft] = useState(() => draftOf(contact));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const issue = (path: string) => issueText(issues, path, ta);

  const submit = async () => {
    const patch = profilePatch(contact, draft);
    if (Object.keys(patch).length === 0) return onUnchanged();
    onBusy(true);
    const result = await rest<{ contact: Contact }>('PATCH', `/contacts/${encodeURIComponent(contact.id)}`, patch);
    onBusy(false);
    if (result.ok) {
      setIssues([]);
      setRefusal(null);
      setDraft(draftOf(result.data.contact));
      return onSaved(result.data.contact);
    }
    setIssues(result.error.issues ?? []);
    setRefusal(result.error.issues?.length ? null : t('contacts.refused', { reason: result.error.message }));
  };

  const text = (key: 'name' | 'phone' | 'company', label: string, type: 'text' = 'text') => (
    <Field label={label} error={issue(key)}>
      {(c) => <TextInput {...c} type={type} value={draft[key]} onValue={set(key)} autoComplete="off" />}
    </Field>
  );
  return (
    <Form id={id} onSubmit={() => void submit()} label={t('contacts.profile')} class="contact-profile">
      {refusal && (
        <Notice tone="danger" role="alert">
          <p>{refusal}</p>
        </Notice>
      )}
      {text('name', t('contacts.field.name'))}
      <Field label={t('contacts.field.email')} error={issue('email')} help={contact.verified ? t('contacts.verifiedHelp') : undefined}>
        {(c) => <TextInput {...c} type="email" value={draft.email} onValue={set('email')} readOnly={contact.verified} autoComplete="off" />}
      </Field>
      {text('phone', t('contacts.field.phone'))}
      {text('company', t('contacts.field.company'))}
      {contact.userId && (
        <Field label={t('contacts.field.userId')}>{(c) => <TextInput {...c} value={contact.userId ?? ''} onValue={() => {}} readOnly />}</Field>
      )}
      <Field label={t('contacts.field.notes')} help={t('contacts.notesHelp')} error={issue('notes')}>
        {(c) => <TextArea {...c} rows={4} value={draft.notes} onValue={set('notes')} />}
      </Field>
    </Form>
  );
}
