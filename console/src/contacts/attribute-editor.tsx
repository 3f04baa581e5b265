import { useEffect, useState } from 'preact/hooks';
import type { Contact, ContactAttributeValue } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { TextInput } from '../ui/text-input.js';
import { useToast } from '../ui/toast.js';
import { ATTRIBUTE_KEY, attributeText, attributeValue } from './attribute-value.js';
import { useContactsT } from './use-contacts-t.js';

export interface AttributeEditorProps {
  contact: Contact;
  onChange(contact: Contact): void;
  /** Narrow (the inbox's contact panel): the add row stacks. */
  compact?: boolean;
}

/**
 * A contact's custom attributes, edited in place: a value is saved when its box loses focus or
 * on Enter, ✕ removes one (`null` in the PATCH), and a new one is added by name and value. Each
 * change is its own PATCH of `attributes`, which the server merges, so two agents editing
 * different attributes never undo each other.
 */
export function AttributeEditor({ contact, onChange, compact = false }: AttributeEditorProps) {
  const t = useContactsT();
  const rest = useRestClient();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const entries = Object.entries(contact.attributes).sort(([a], [b]) => a.localeCompare(b));

  const patch = async (key: string, value: ContactAttributeValue): Promise<boolean> => {
    const result = await rest<{ contact: Contact }>('PATCH', `/contacts/${encodeURIComponent(contact.id)}`, { attributes: { [key]: value } });
    if (!result.ok) {
      setError(t('contacts.refused', { reason: result.error.issues?.[0]?.message ?? result.error.message }));
      return false;
    }
    setError(null);
    onChange(result.data.contact);
    toast(value === null ? t('contacts.attr.removed', { key }) : t('contacts.attr.saved', { key }));
    return true;
  };

  return (
    <div class={`contact-attributes${compact ? ' compact' : ''}`}>
      {entries.length === 0 ? (
        <p class="muted">{t('contacts.attr.none')}</p>
      ) : (
        <ul class="contact-attribute-list">
          {entries.map(([key, value]) => (
            <AttributeRow key={key} name={key} value={value} onSave={(v) => void patch(key, v)} onRemove={() => void patch(key, null)} />
          ))}
        </ul>
      )}
      {error && (
        <p class="ui-field-error" role="alert">
          {error}
        </p>
      )}
      <NewAttribute taken={(key) => key in contact.attributes} onAdd={(key, value) => patch(key, value)} folded={compact} />
    </div>
  );
}

function AttributeRow({ name, value, onSave, onRemove }: { name: string; value: ContactAttributeValue; onSave(value: ContactAttributeValue): void; onRemove(): void }) {
  const t = useContactsT();
  const [text, setText] = useState(attributeText(value));
  // The saved value (or a colleague's, after a reload) replaces what the box shows.
  useEffect(() => setText(attributeText(value)), [value]);
  const save = () => text !== attributeText(value) && onSave(attributeValue(text, value));
  return (
    <li class="contact-attribute">
      {/* Named by aria-label, not <label for>: useId can repeat an id for a row added after the first render. */}
      <span class="contact-attribute-key" aria-hidden="true">
        {name}
      </span>
      <input
        aria-label={name}
        class="ui-input"
        value={text}
        maxLength={500}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && !e.isComposing && (e.preventDefault(), save())}
      />
      <button type="button" class="ui-icon-button" aria-label={t('contacts.attr.remove', { key: name })} title={t('contacts.attr.remove', { key: name })} onClick={onRemove}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

/** The name and value of a new attribute; `folded` (the narrow panel) hides them behind "Add attribute" until asked. */
function NewAttribute({ taken, onAdd, folded }: { taken(key: string): boolean; onAdd(key: string, value: string): Promise<boolean>; folded: boolean }) {
  const t = useContactsT();
  const [unfolded, setUnfolded] = useState(!folded);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    const name = key.trim();
    if (!ATTRIBUTE_KEY.test(name)) return setProblem(t('contacts.attr.keyInvalid'));
    if (taken(name)) return setProblem(t('contacts.attr.keyTaken', { key: name }));
    setProblem(null);
    setBusy(true);
    const added = await onAdd(name, value);
    setBusy(false);
    if (added) {
      setKey('');
      setValue('');
      if (folded) setUnfolded(false);
    }
  };
  const onEnter = (e: KeyboardEvent) => e.key === 'Enter' && !e.isComposing && (e.preventDefault(), void add());
  if (!unfolded) {
    return (
      <Button size="small" variant="quiet" class="contact-attribute-adder" onClick={() => setUnfolded(true)}>
        {t('contacts.attr.add')}
      </Button>
    );
  }
  return (
    <div class="contact-attribute-new">
      <Field label={t('contacts.attr.key')} help={problem ? undefined : t('contacts.attr.keyHelp')} error={problem}>
        {(c) => <TextInput {...c} value={key} onValue={setKey} maxLength={40} autoComplete="off" spellcheck={false} onKeyDown={onEnter} autoFocus={folded} />}
      </Field>
      <Field label={t('contacts.attr.value')}>{(c) => <TextInput {...c} value={value} onValue={setValue} maxLength={500} autoComplete="off" onKeyDown={onEnter} />}</Field>
      <Button size="small" onClick={() => void add()} busy={busy}>
        {t('contacts.attr.add')}
      </Button>
    </div>
  );
}
