import type { ChatState } from '../chat/chat-state.js';
import { useT } from './i18n-context.js';

/** Before any message of a new conversation, with nobody to answer: where things stand. */
function unanswered(state: ChatState): { withinHours: boolean } | null {
  const active = state.conversation && state.conversation.status !== 'closed';
  if (active || state.outbox.length > 0 || !state.availability) return null;
  const { availability, departmentId } = state;
  const chosen = departmentId ? availability.departments.find((d) => d.id === departmentId) : undefined;
  if (chosen ? chosen.available : availability.available) return null;
  return { withinHours: availability.withinHours };
}

/**
 * The leave-a-message form replaces the composer outside business hours, and once the visitor
 * asked for it. Within hours with nobody online it is offered (`showOfflineOffer`): the
 * visitor may still write and wait in the queue.
 */
export function showOfflineForm(state: ChatState): boolean {
  if (state.offlineForm === 'sent') return true;
  const where = unanswered(state);
  return where !== null && (!where.withinHours || state.offlineForm !== 'idle');
}

export function showOfflineOffer(state: ChatState): boolean {
  return state.offlineForm === 'idle' && unanswered(state)?.withinHours === true;
}

/** "We are not available right now. Leave a message…" as a button that opens the form. */
export function OfflineOffer({ onOpen }: { onOpen(): void }) {
  const t = useT();
  return (
    <button type="button" class="offline-offer" onClick={onOpen}>
      {t('widget.offline.intro')}
    </button>
  );
}

/** Name, email, message; the fields stay uncontrolled (the form reads them on submit). */
export function OfflineForm({ state, onSubmit }: { state: ChatState['offlineForm']; onSubmit(input: { name: string; email: string; text: string }): void }) {
  const t = useT();
  if (state === 'sent') {
    return (
      <p class="offline" role="status">
        {t('widget.offline.sent')}
      </p>
    );
  }
  const field = (name: string, label: Parameters<typeof t>[0], type = 'text') => (
    <label>
      {t(label)}
      {name === 'text' ? <textarea name={name} required maxLength={5000} rows={3} /> : <input name={name} type={type} required maxLength={254} />}
    </label>
  );
  return (
    <form
      class="offline"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget as HTMLFormElement);
        const read = (key: string) => String(data.get(key) ?? '').trim();
        onSubmit({ name: read('name'), email: read('email'), text: read('text') });
      }}
    >
      <p>{t('widget.offline.intro')}</p>
      {field('name', 'widget.offline.name')}
      {field('email', 'widget.offline.email', 'email')}
      {field('text', 'widget.composer.label')}
      {state === 'failed' && <p class="state failed">{t('widget.message.failed')}</p>}
      <button type="submit" class="send" disabled={state === 'sending'}>
        {t('widget.composer.send')}
      </button>
    </form>
  );
}
