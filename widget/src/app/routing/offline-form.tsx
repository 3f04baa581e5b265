import { useState } from 'preact/hooks';
import type { RoutingWidgetKey } from '@parley/shared';
import { useT } from '../ui/i18n-context.js';
import type { ChatState } from '../chat/chat-state.js';

/** "We are not available right now. Leave a message…" as a button that opens the form. */
export function OfflineOffer({ onOpen }: { onOpen(): void }) {
  const t = useT();
  return (
    <button type="button" class="offline-offer" onClick={onOpen}>
      {t('widget.offline.intro')}
    </button>
  );
}

export interface OfflineFormProps {
  state: ChatState['offlineForm'];
  onSubmit(input: { name: string; email: string; text: string }): void;
  /** "Back to the chat": the transcript and the composer again (the form stays on offer). */
  onBack(): void;
}

type Field = 'name' | 'email' | 'text';
const fields: [Field, RoutingWidgetKey][] = [
  ['name', 'widget.offline.name'],
  ['email', 'widget.offline.email'],
  ['text', 'widget.offline.message'],
];

/** What is wrong with each field, in the panel's words (never the browser's own bubbles). */
export function offlineFormErrors(input: Record<Field, string>): Partial<Record<Field, RoutingWidgetKey>> {
  const errors: Partial<Record<Field, RoutingWidgetKey>> = {};
  for (const [field] of fields) if (!input[field]) errors[field] = 'widget.offline.required';
  if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) errors.email = 'widget.offline.badEmail';
  return errors;
}

/** Stacked labels, inline errors tied to their fields, and a way back to the chat. */
export function OfflineForm({ state, onSubmit, onBack }: OfflineFormProps) {
  const r = useT();
  const [errors, setErrors] = useState<Partial<Record<Field, RoutingWidgetKey>>>({});
  const back = (
    <button type="button" class="back" onClick={onBack}>
      <span class="arrow" aria-hidden="true">←</span> {r('widget.offline.back')}
    </button>
  );
  if (state === 'sent') {
    return (
      <div class="offline">
        <p role="status">{r('widget.offline.sent')}</p>
        {back}
      </div>
    );
  }
  return (
    <form
      class="offline"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget as HTMLFormElement;
        const data = new FormData(form);
        const input = { name: '', email: '', text: '' };
        for (const [field] of fields) input[field] = String(data.get(field) ?? '').trim();
        const found = offlineFormErrors(input);
        setErrors(found);
        const first = fields.find(([field]) => found[field]);
        if (first) (form.elements.namedItem(first[0]) as HTMLElement).focus();
        else onSubmit(input);
      }}
    >
      {back}
      <h3>{r('widget.offline.title')}</h3>
      <p>{r('widget.offline.intro')}</p>
      {fields.map(([field, label]) => {
        const error = errors[field];
        const attrs = {
          id: `parley-${field}`,
          name: field,
          'aria-invalid': error ? ('true' as const) : undefined,
          'aria-describedby': error ? `parley-${field}-error` : undefined,
        };
        return (
          <div class="field" key={field}>
            <label for={attrs.id}>{r(label)}</label>
            {field === 'text' ? (
              <textarea {...attrs} maxLength={5000} rows={4} />
            ) : (
              <input {...attrs} type={field === 'email' ? 'email' : 'text'} maxLength={254} autoComplete={field} />
            )}
            {error && (
              <span class="error" id={`parley-${field}-error`}>
                {r(error)}
              </span>
            )}
          </div>
        );
      })}
      {state === 'failed' && (
        <p class="error" role="alert">
          {r('widget.offline.failed')}
        </p>
      )}
      <button type="submit" class="send" disabled={state === 'sending'}>
        {r('widget.offline.submit')}
      </button>
    </form>
  );
}
