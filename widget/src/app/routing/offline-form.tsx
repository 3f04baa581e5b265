import { routingWidgetCatalogs, translateIn, type Locale, type RoutingWidgetKey } from '@parley/shared';
import type { ChatState } from '../chat/chat-state.js';
import { useT } from '../ui/i18n-context.js';

/** "We are not available right now. Leave a message…" as a button that opens the form. */
export function OfflineOffer({ locale, onOpen }: { locale: Locale; onOpen(): void }) {
  return (
    <button type="button" class="offline-offer" onClick={onOpen}>
      {translateIn(routingWidgetCatalogs, locale, 'widget.offline.intro')}
    </button>
  );
}

export interface OfflineFormProps {
  state: ChatState['offlineForm'];
  locale: Locale;
  onSubmit(input: { name: string; email: string; text: string }): void;
}

/** Name, email, message; the fields stay uncontrolled (the form reads them on submit). */
export function OfflineForm({ state, locale, onSubmit }: OfflineFormProps) {
  const t = useT();
  const r = (key: RoutingWidgetKey) => translateIn(routingWidgetCatalogs, locale, key);
  if (state === 'sent') {
    return (
      <p class="offline" role="status">
        {r('widget.offline.sent')}
      </p>
    );
  }
  const field = (name: string, label: string, type = 'text') => (
    <label>
      {label}
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
      <p>{r('widget.offline.intro')}</p>
      {field('name', r('widget.offline.name'))}
      {field('email', r('widget.offline.email'), 'email')}
      {field('text', t('widget.composer.label'))}
      {state === 'failed' && <p class="state failed">{t('widget.message.failed')}</p>}
      <button type="submit" class="send" disabled={state === 'sending'}>
        {t('widget.composer.send')}
      </button>
    </form>
  );
}
