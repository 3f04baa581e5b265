import type { ChatState } from '../chat/chat-state.js';
import { useT } from './i18n-context.js';

/**
 * Outside business hours, or with nobody online for the chosen department, and before any
 * message of a new conversation: the leave-a-message form instead of the composer.
 */
export function showOfflineForm(state: ChatState): boolean {
  const active = state.conversation && state.conversation.status !== 'closed';
  if (active || state.outbox.length > 0 || !state.availability) return false;
  if (state.offlineForm === 'sent') return true;
  const chosen = state.departmentId ? state.availability.departments.find((d) => d.id === state.departmentId) : undefined;
  return !(chosen ? chosen.available : state.availability.available);
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
